import type { Text } from '../../common/errors/messages';
import { parse } from 'csv-parse/sync';
import { foldName } from '../model/identifiers';
import { IMPORT_COLUMNS, ImportColumn, MAX_IMPORT_ROWS, REGISTER_COLUMNS } from './import-columns';
import { readXlsxTable, XlsxLimits, XlsxRefused } from './xlsx-table';
import { loadExcelJs } from '../../common/xlsx/exceljs';

/** One data row: its spreadsheet row number and its cells by column key, as text. */
export interface RawRow {
  row: number;
  cells: Record<string, string>;
}

/** A file that cannot be read as a register, with what is wrong in both languages. */
export class ImportFileError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

const byHeader = new Map<string, ImportColumn>();
for (const c of [...IMPORT_COLUMNS, ...REGISTER_COLUMNS]) {
  for (const header of [c.header, c.key, ...(c.aliases ?? [])]) byHeader.set(foldName(header), c);
}

/**
 * A cell's text as the person wrote it: the register export puts an apostrophe before a text
 * that a spreadsheet would run as a formula (exports.service.ts, neutralise); it is taken off.
 */
function cellText(text: string): string {
  const t = text.trim().normalize('NFC');
  return /^'[=+\-@\t\r]/.test(t) ? t.slice(1) : t;
}

function toRows(table: string[][]): RawRow[] {
  const [header, ...rest] = table;
  if (!header) throw new ImportFileError({ vi: 'tệp trống', en: 'the file is empty' });
  const columns = header.map((h) => byHeader.get(foldName(h)) ?? null);
  const unknown = header.filter((h, i) => h.trim() !== '' && columns[i] === null);
  if (unknown.length > 0)
    throw new ImportFileError({
      vi: `cột không có trong mẫu: ${unknown.join(', ')}`,
      en: `unknown columns: ${unknown.join(', ')}`,
    });
  // "Họ và tên" and "fullName" both present: which one holds the name is anybody's guess.
  const twice = header.filter((_, i) => columns[i] && columns.indexOf(columns[i]) !== i);
  if (twice.length > 0)
    throw new ImportFileError({
      vi: `cột có hai lần: ${twice.join(', ')}`,
      en: `columns given twice: ${twice.join(', ')}`,
    });
  if (!columns.some((c) => c?.key === 'fullName'))
    throw new ImportFileError({
      vi: 'thiếu cột "Họ và tên"',
      en: 'no "Họ và tên" (fullName) column',
    });
  const rows: RawRow[] = [];
  rest.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const row: RawRow = { row: i + 2, cells: {} };
    columns.forEach((c, j) => {
      if (c) row.cells[c.key] = cellText(cells[j] ?? '');
    });
    rows.push(row);
  });
  return rows;
}

const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);

/**
 * CSV in UTF-8 (with or without BOM), or UTF-16LE with its BOM (Excel's "Unicode" export; the
 * parser decodes it). Anything else — a Windows-1258 or Latin-1 export, binary data — is refused:
 * read as UTF-8 it would import names full of U+FFFD.
 */
export function parseCsv(buffer: Buffer): RawRow[] {
  if (!buffer.subarray(0, 2).equals(UTF16LE_BOM)) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    } catch {
      throw new ImportFileError({
        vi: 'tệp không phải văn bản UTF-8; hãy lưu tệp dạng "CSV UTF-8"',
        en: 'not UTF-8 text; save the file as "CSV UTF-8"',
      });
    }
  }
  let table: string[][];
  try {
    table = parse(buffer, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
  } catch (err) {
    throw new ImportFileError({
      vi: 'không đọc được tệp CSV',
      en: `not a readable CSV file (${(err as Error).message.split('\n')[0]})`,
    });
  }
  return toRows(table);
}

/** A register's workbook is read in a worker with these limits (xlsx-table.ts). */
const XLSX_LIMITS: XlsxLimits = {
  timeoutMs: 20_000,
  heapMb: 256,
  // A register of 2,000 rows unpacks to a few MB; room for styles and a logo.
  maxUnpackedBytes: 50e6,
  concurrency: 2,
  // The header row and the data rows (rows with cells; blank ones are not counted).
  maxRows: MAX_IMPORT_ROWS + 1,
  maxColumns: 4 * (IMPORT_COLUMNS.length + REGISTER_COLUMNS.length),
};

export async function parseXlsx(buffer: Buffer, limits = XLSX_LIMITS): Promise<RawRow[]> {
  try {
    return toRows(await readXlsxTable(buffer, limits));
  } catch (err) {
    if (err instanceof XlsxRefused) {
      throw new ImportFileError({ vi: 'không đọc được tệp XLSX', en: err.message });
    }
    throw err;
  }
}

/** The template: headers and one example row, as XLSX. */
export async function templateXlsx(): Promise<Buffer> {
  const workbook = new (await loadExcelJs()).Workbook();
  const sheet = workbook.addWorksheet('Đối tượng');
  sheet.addRow(IMPORT_COLUMNS.map((c) => c.header));
  sheet.addRow(IMPORT_COLUMNS.map((c) => EXAMPLE[c.key] ?? ''));
  sheet.getRow(1).font = { bold: true };
  IMPORT_COLUMNS.forEach((c, i) => {
    sheet.getColumn(i + 1).width = Math.max(14, c.header.length + 2);
    if (c.note) sheet.getCell(1, i + 1).note = c.note;
  });
  const notes = workbook.addWorksheet('Hướng dẫn');
  notes.addRow(['Cột', 'Khóa', 'Ghi chú']);
  for (const c of IMPORT_COLUMNS) notes.addRow([c.header, c.key, c.note]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function templateCsv(): string {
  const esc = (s: string) => (/[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return (
    '\uFEFF' +
    IMPORT_COLUMNS.map((c) => esc(c.header)).join(',') +
    '\n' +
    IMPORT_COLUMNS.map((c) => esc(EXAMPLE[c.key] ?? '')).join(',') +
    '\n'
  );
}

/** The example row in words, as a centre writes it (codes are accepted too). */
const EXAMPLE: Record<string, string> = {
  type: 'Thường xuyên',
  admittedOn: '05/09/2024',
  fullName: 'Lò Văn Pảng',
  dateOfBirth: '12/03/2014',
  sex: 'Nam',
  ethnicityCode: 'Thái',
  religion: 'Không',
  hometownProvince: 'Sơn La',
  categories: 'Trẻ em mồ côi cả cha và mẹ',
  mobility: 'Tự đi lại',
  roomCode: 'A201',
  decisionNo: '112/QĐ-TTBTXH',
  decisionDate: '03/09/2024',
  dossierPresent:
    'Tờ khai đề nghị trợ giúp xã hội (Mẫu 07); Bản sao giấy khai sinh; Văn bản đề nghị của UBND cấp xã; Quyết định tiếp nhận của người đứng đầu cơ sở',
};
