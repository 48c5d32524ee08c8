import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { Results } from './results';

export const BEGIN =
  '<!-- bench:results:begin (written by npm run bench; edit outside these markers) -->';
export const END = '<!-- bench:results:end -->';

export function machine(pgVersion: string, pgKind: string): string {
  const c = cpus();
  return [
    `${c.length} × ${c[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM`,
    `Node.js ${process.version}; ${pgVersion.split(' on ')[0]} (${pgKind})`,
  ].join('; ');
}

export function renderResults(
  results: Results,
  header: { date: string; preset: string; machine: string; wallSeconds: number },
): string {
  const lines: string[] = [
    BEGIN,
    '',
    `## Latest run: ${header.date}, preset \`${header.preset}\``,
    '',
    `Machine: ${header.machine}. The whole run took ${(header.wallSeconds / 60).toFixed(1)} min.`,
    '',
    '| scenario | figure | target | met |',
    '|---|---|---|---|',
    ...results.rows.map(
      (r) =>
        `| ${r.scenario} | ${r.figure}${r.note ? ` (${r.note})` : ''} | ${r.target} | ${r.met === null ? '—' : r.met ? 'yes' : '**no**'} |`,
    ),
    '',
    ...results.details,
    '',
    '### Plans',
    '',
    'EXPLAIN (ANALYZE, BUFFERS) on the data of this run, facility BENCH-01.',
    '',
  ];
  for (const p of results.plans) {
    lines.push(`#### ${p.title}`, '', '```sql', p.sql, '```', '', '```', p.plan, '```', '');
  }
  lines.push(END);
  return lines.join('\n');
}

/** Replaces the generated section of the document, keeping the hand-written text around it. */
export function writeResults(path: string, section: string): void {
  const old = existsSync(path) ? readFileSync(path, 'utf8') : `# Benchmarks\n\n${BEGIN}\n${END}\n`;
  const a = old.indexOf(BEGIN);
  const b = old.indexOf(END);
  const next =
    a >= 0 && b > a
      ? old.slice(0, a) + section + old.slice(b + END.length)
      : `${old.trimEnd()}\n\n${section}\n`;
  writeFileSync(path, next);
}
