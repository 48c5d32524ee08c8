/** Renders ACCESS_MATRIX as the Markdown table of docs/security.md (npm run docs:matrix). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { FIELD_RIGHTS, type FieldRights } from '../../src/auth/field-rights';
import { ALL_ROLES, Role } from '../../src/identity/role';
import { ACCESS_MATRIX } from './access-matrix';

export const DOC_PATH = join(__dirname, '..', '..', 'docs', 'security.md');
export const START = '<!-- access-matrix:start (npm run docs:matrix writes this table) -->';
export const END = '<!-- access-matrix:end -->';
export const FIELDS_START = '<!-- field-rights:start (npm run docs:matrix writes this table) -->';
export const FIELDS_END = '<!-- field-rights:end -->';

/** FIELD_RIGHTS of src/auth/field-rights.ts: one row per record and field, ✓ where the role may change it. */
export function renderFieldRights(): string {
  const roles = ALL_ROLES.filter((r) => r !== Role.Officer);
  const head = `| record | field | ${roles.join(' | ')} |`;
  const rule = `|---|---|${roles.map(() => '---|').join('')}`;
  const rows = Object.entries(FIELD_RIGHTS as Record<string, FieldRights>).flatMap(
    ([record, fields]) =>
      Object.entries(fields).map(
        ([field, allowed]) =>
          `| ${record} | \`${field}\` | ${roles.map((r) => (allowed.includes(r) ? '✓' : '403')).join(' | ')} |`,
      ),
  );
  return [FIELDS_START, '', head, rule, ...rows, '', FIELDS_END].join('\n');
}

function replaceBetween(doc: string, start: string, end: string, block: string): string {
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from)
    throw new Error(`docs/security.md lacks the markers ${start} … ${end}`);
  return doc.slice(0, from) + block + doc.slice(to + end.length);
}

export function renderMatrix(): string {
  const head = `| route | ${ALL_ROLES.join(' | ')} | no / expired / forged token | other facility's record |`;
  const rule = `|---|${ALL_ROLES.map(() => '---|').join('')}---|---|`;
  const rows = Object.entries(ACCESS_MATRIX).map(([key, access]) => {
    const path = key.replace(/^(\S+) /, '$1 ');
    if (access.roles === 'public')
      return `| \`${path}\` | ${ALL_ROLES.map(() => 'public').join(' | ')} | public | — |`;
    const roles = access.roles;
    const cells = ALL_ROLES.map((r) => (roles.includes(r) ? '✓' : '403'));
    const other = key.includes('{') ? '404' : key.startsWith('GET ') ? 'own data only' : '—';
    return `| \`${path}\` | ${cells.join(' | ')} | 401 | ${other} |`;
  });
  return [START, '', head, rule, ...rows, '', END].join('\n');
}

/** docs/security.md with the table replaced, formatted as prettier formats it. */
export function withMatrix(doc: string): Promise<string> {
  const both = replaceBetween(
    replaceBetween(doc, START, END, renderMatrix()),
    FIELDS_START,
    FIELDS_END,
    renderFieldRights(),
  );
  return Promise.resolve(formatMarkdown(both));
}

/** Prettier, in a plain node process (its dynamic imports cannot run inside jest's sandbox). */
function formatMarkdown(text: string): string {
  const script =
    "const chunks = []; process.stdin.on('data', (d) => chunks.push(d)).on('end', async () => {" +
    " const out = await require('prettier').format(Buffer.concat(chunks).toString('utf8')," +
    ` { parser: 'markdown', filepath: ${JSON.stringify(DOC_PATH)} });` +
    ' process.stdout.write(out); });';
  return execFileSync(process.execPath, ['-e', script], { input: text }).toString('utf8');
}

if (require.main === module) {
  void withMatrix(readFileSync(DOC_PATH, 'utf8')).then((doc) => {
    writeFileSync(DOC_PATH, doc);
    process.stdout.write(`${DOC_PATH}: ${Object.keys(ACCESS_MATRIX).length} routes\n`);
  });
}
