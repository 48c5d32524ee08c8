import { readFileSync } from 'node:fs';
import { DOC_PATH, END, FIELDS_START, START, withMatrix } from './access-matrix-doc';

describe('docs/security.md', () => {
  it('shows the table of test/security/access-matrix.ts as it is (else: npm run docs:matrix)', async () => {
    const doc = readFileSync(DOC_PATH, 'utf8');
    expect(doc).toContain(START);
    expect(doc).toContain(END);
    expect(await withMatrix(doc)).toBe(doc);
  });

  it('shows the field rights of src/auth/field-rights.ts as they are', async () => {
    const doc = readFileSync(DOC_PATH, 'utf8');
    expect(doc).toContain(FIELDS_START);
    const stale = doc.replace(/^\| resident +\| `categories` .*\n/m, '');
    expect(stale).not.toBe(doc);
    expect(await withMatrix(stale)).toBe(doc);
  });

  it('notices a table that is out of date (the check can fail)', async () => {
    const doc = readFileSync(DOC_PATH, 'utf8');
    const stale = doc.replace(/^\| `GET \/audit` .*\n/m, '');
    expect(stale).not.toBe(doc);
    expect(await withMatrix(stale)).not.toBe(stale);
  });
});
