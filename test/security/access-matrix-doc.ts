/** Renders ACCESS_MATRIX as the Markdown table of docs/security.md (npm run docs:matrix). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { ALL_ROLES } from '../../src/auth/role';
import { ACCESS_MATRIX } from './access-matrix';

export const DOC_PATH = join(__dirname, '..', '..', 'docs', 'security.md');
export const START = '<!-- access-matrix:start (npm run docs:matrix writes this table) -->';
export const END = '<!-- access-matrix:end -->';

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
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start)
    throw new Error(`docs/security.md lacks the markers ${START} … ${END}`);
  return Promise.resolve(
    formatMarkdown(doc.slice(0, start) + renderMatrix() + doc.slice(end + END.length)),
  );
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
