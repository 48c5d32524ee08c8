/**
 * fast-check arbitraries for register imports (POST /residents/import): CSV files built from the
 * import's own column layout, with valid base rows and mutations of cells (formula prefixes,
 * impossible dates, quotes and embedded newlines, NUL, long and unicode text), of the layout
 * (extra or missing cells, empty rows, header spelled with its key or in capitals) and of the
 * bytes (BOM, CRLF/LF/CR line ends).
 */
import fc from 'fast-check';
import { IMPORT_COLUMNS } from '../../src/residents/import/import-columns';
import { INJECTIONS } from './fuzz-bodies';

/** A valid row of the import (a regular admission of a child, no room): column key → text. */
export function baseRow(n: number): Record<string, string> {
  return {
    type: 'regular',
    admittedOn: '2024-09-05',
    fullName: `Lò Thị Thử ${n}`,
    dateOfBirth: '2014-03-12',
    sex: 'nữ',
    ethnicityCode: '03',
    categories: 'k1_child_orphan',
    mobility: 'independent',
    decisionNo: `${100 + n}/QĐ-TTBTXH`,
    decisionDate: '2024-09-03',
    dossierPresent: 'declaration_mau07; birth_certificate; commune_request; admission_decision',
    confirmNotDuplicate: 'x',
  };
}

const quote = (cell: string): string =>
  /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

export const csvOf = (table: string[][], eol = '\n'): string =>
  table.map((cells) => cells.map(quote).join(',')).join(eol) + eol;

/** A whole file: the header (Vietnamese headers) and the given rows. */
export function registerCsv(rows: Record<string, string>[], eol = '\n'): string {
  const keys = IMPORT_COLUMNS.map((c) => c.key);
  return csvOf(
    [IMPORT_COLUMNS.map((c) => c.header), ...rows.map((r) => keys.map((k) => r[k] ?? ''))],
    eol,
  );
}

const CELL_VALUES = [
  // formula prefixes (stored as text; exports neutralise them)
  '=1+1',
  '+84912345678',
  '-2+3',
  '@SUM(A1:A2)',
  '=HYPERLINK("http://evil","x")',
  "=cmd|' /C calc'!A0",
  '\t=1',
  ...INJECTIONS,
  // dates
  '2026-02-30',
  '31/02/2026',
  '29/02/2025',
  '0000-01-01',
  '9999-12-31',
  '1/1/2024',
  '2024-9-5',
  '05/09/2024',
  // quotes, separators, line breaks inside a field
  'dòng 1\ndòng 2',
  'dòng 1\r\ndòng 2',
  'a "trích" b',
  '"',
  'a,b;c',
  // unicode
  'Nguye\u0302\u0303n Thi\u0323',
  '\u200B\u200C\u200D\uFEFF',
  '\u202Eabc',
  '🙂',
  '\uFFFD',
  // enums and flags spelled otherwise
  'REGULAR',
  'Nữ',
  'NAM',
  'khác',
  'không',
  '',
  ' ',
];

const cellValue = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...CELL_VALUES) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(201, 2001, 100_000).map((n) => 'Đ'.repeat(n)),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

export interface ImportCase {
  csv: string;
  /** Data rows sent (records after the header that are not blank). */
  rows: number;
  eol: string;
  dryRun: boolean;
}

/** A CSV of 1–4 rows, some cells mutated; it may be valid. */
export function fuzzedImport(): fc.Arbitrary<ImportCase> {
  const keys = IMPORT_COLUMNS.map((c) => c.key);
  const mutation = fc.tuple(fc.constantFrom(...keys), cellValue);
  return fc
    .record({
      rowCount: fc.integer({ min: 1, max: 4 }),
      mutations: fc.array(fc.tuple(fc.nat(3), mutation), { maxLength: 4 }),
      eol: fc.constantFrom('\n', '\r\n', '\r'),
      bom: fc.boolean(),
      headerForm: fc.constantFrom('header', 'key', 'upper'),
      extraCells: fc.constantFrom(0, 0, 0, 2),
      trimCells: fc.constantFrom(0, 0, 0, 5),
      blankRow: fc.boolean(),
      dryRun: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, fc.constant(false)),
      n: fc.nat(1_000_000),
    })
    .map((c) => {
      const rows = Array.from({ length: c.rowCount }, (_, i) => baseRow(c.n + i));
      for (const [i, [key, value]] of c.mutations) {
        const row = rows[i % rows.length];
        if (row) row[key] = value;
      }
      const header = IMPORT_COLUMNS.map((col) =>
        c.headerForm === 'key'
          ? col.key
          : c.headerForm === 'upper'
            ? col.header.toUpperCase()
            : col.header,
      );
      const table = rows.map((r) => {
        const cells = keys.map((k) => r[k] ?? '');
        return [
          ...cells.slice(0, cells.length - c.trimCells),
          ...Array.from({ length: c.extraCells }, () => 'thừa'),
        ];
      });
      if (c.blankRow)
        table.splice(
          1,
          0,
          header.map(() => ''),
        );
      const csv = (c.bom ? '\uFEFF' : '') + csvOf([header, ...table], c.eol);
      return { csv, rows: rows.length, eol: c.eol, dryRun: c.dryRun };
    });
}
