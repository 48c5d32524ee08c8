import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** L, M and S of one row of a WHO table (Box-Cox power, median, coefficient of variation). */
export interface Lms {
  l: number;
  m: number;
  s: number;
}

/**
 * The WHO tables shipped in `data/who-growth/` (see its README): the Child Growth Standards
 * 2006 (0–5 years, by age in days or by length/height in cm) and the Growth Reference 2007
 * (5–19 years, by age in months), as distributed with WHO's `anthro` and `anthroplus` packages.
 */
export const WHO_TABLES = {
  /** weight-for-age 0–5 y, by age in days */
  wfa: 'weianthro.txt',
  /** length/height-for-age 0–5 y, by age in days (length before 731 days, height after) */
  lhfa: 'lenanthro.txt',
  /** weight-for-length 45–110 cm */
  wfl: 'wflanthro.txt',
  /** weight-for-height 65–120 cm */
  wfh: 'wfhanthro.txt',
  /** BMI-for-age 0–5 y, by age in days */
  bfa: 'bmianthro.txt',
  /** head circumference-for-age 0–5 y, by age in days */
  hcfa: 'hcanthro.txt',
  /** arm circumference (MUAC)-for-age 3 months–5 y, by age in days */
  acfa: 'acanthro.txt',
  /** weight-for-age 5–10 y, by age in months (WHO 2007) */
  wfa2007: 'wfawho2007.txt',
  /** height-for-age 5–19 y, by age in months (WHO 2007) */
  hfa2007: 'hfawho2007.txt',
  /** BMI-for-age 5–19 y, by age in months (WHO 2007) */
  bfa2007: 'bfawho2007.txt',
} as const;

export type TableName = keyof typeof WHO_TABLES;
export type SexCode = 1 | 2;

/** One sex's rows of a table, sorted by the index (age or length). */
export interface LmsSeries {
  keys: number[];
  rows: Lms[];
}

export type WhoTable = Record<SexCode, LmsSeries>;

/** `data/who-growth` found from this file upwards, so it works from src/ (ts) and dist/ (js). */
export function whoDataDir(start: string = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'data', 'who-growth');
    if (existsSync(join(candidate, WHO_TABLES.wfa))) return candidate;
    if (dirname(dir) === dir) throw new Error('WHO growth tables not found (data/who-growth)');
  }
}

export function parseTable(text: string): WhoTable {
  const table: WhoTable = { 1: { keys: [], rows: [] }, 2: { keys: [], rows: [] } };
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  for (const line of lines.slice(1)) {
    const [sex, key, l, m, s] = line.split('\t').map(Number);
    if ((sex !== 1 && sex !== 2) || [key, l, m, s].some((v) => v === undefined || isNaN(v)))
      throw new Error(`bad WHO table row: ${line}`);
    table[sex].keys.push(key);
    table[sex].rows.push({ l: l, m: m, s: s });
  }
  for (const series of Object.values(table)) {
    for (let i = 1; i < series.keys.length; i++) {
      if (series.keys[i] <= series.keys[i - 1])
        throw new Error('WHO table not sorted by its index');
    }
  }
  return table;
}

let cache: Record<TableName, WhoTable> | undefined;

/** Every table, read once per process (about 650 kB of text). */
export function whoTables(): Record<TableName, WhoTable> {
  if (!cache) {
    const dir = whoDataDir();
    const entries = (Object.keys(WHO_TABLES) as TableName[]).map(
      (name) => [name, parseTable(readFileSync(join(dir, WHO_TABLES[name]), 'utf8'))] as const,
    );
    cache = Object.fromEntries(entries) as Record<TableName, WhoTable>;
  }
  return cache;
}

/**
 * L, M, S at `key`: the row itself when the key is in the table, otherwise linear interpolation
 * between the two neighbouring rows (as WHO's software does for non-integer ages and lengths).
 * Null outside the table's range.
 */
export function lmsAt(series: LmsSeries, key: number): Lms | null {
  const { keys, rows } = series;
  const first = keys[0];
  const last = keys[keys.length - 1];
  if (first === undefined || last === undefined || key < first || key > last) return null;
  let lo = 0;
  let hi = keys.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] <= key) lo = mid;
    else hi = mid;
  }
  const k0 = keys[lo];
  const k1 = keys[hi];
  const r0 = rows[lo];
  const r1 = rows[hi];
  if (key === k0) return r0;
  if (key === k1) return r1;
  const t = (key - k0) / (k1 - k0);
  return {
    l: r0.l + t * (r1.l - r0.l),
    m: r0.m + t * (r1.m - r0.m),
    s: r0.s + t * (r1.s - r0.s),
  };
}
