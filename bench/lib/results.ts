/** One line of the final table and of docs/benchmarks.md. */
export interface Row {
  scenario: string;
  figure: string;
  target: string;
  /** true met, false missed, null no target or not measured. */
  met: boolean | null;
  note?: string;
}

export class Results {
  readonly rows: Row[] = [];
  readonly details: string[] = [];
  readonly plans: { title: string; sql: string; plan: string }[] = [];

  add(row: Row): void {
    this.rows.push(row);
    const mark = row.met === null ? '' : row.met ? '  [met]' : '  [MISSED]';
    process.stdout.write(`  ${row.scenario}: ${row.figure}${mark}\n`);
  }

  detail(markdown: string): void {
    this.details.push(markdown);
  }

  table(): string {
    const head = ['scenario', 'figure', 'target', 'met'];
    const lines = this.rows.map((r) => [
      r.scenario,
      r.figure,
      r.target,
      r.met === null ? '—' : r.met ? 'yes' : 'no',
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
    const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
    return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(fmt)].join('\n');
  }
}

export const ms = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
