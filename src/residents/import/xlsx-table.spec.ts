import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsxTable, XlsxLimits, XlsxRefused } from './xlsx-table';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'xlsx');
const LIMITS: XlsxLimits = {
  timeoutMs: 20_000,
  heapMb: 128,
  maxRows: 100,
  maxColumns: 40,
  maxUnpackedBytes: 20e6,
  concurrency: 2,
};

async function workbook(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Đối tượng');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readXlsxTable (exceljs in a worker thread)', () => {
  it('reads the first sheet as cell texts', async () => {
    const file = await workbook([
      ['Họ và tên', 'Ngày sinh'],
      ['Lò Văn Pảng', '2014-03-12'],
    ]);
    expect(await readXlsxTable(file, LIMITS)).toEqual([
      ['Họ và tên', 'Ngày sinh'],
      ['Lò Văn Pảng', '2014-03-12'],
    ]);
  });

  it('refuses a workbook over the row or column limit', async () => {
    const rows = Array.from({ length: 101 }, (_, i) => [`người ${i}`]);
    await expect(readXlsxTable(await workbook(rows), LIMITS)).rejects.toThrow('more than 100 rows');
    const wide = [Array.from({ length: 41 }, (_, i) => `c${i}`)];
    await expect(readXlsxTable(await workbook(wide), LIMITS)).rejects.toThrow(
      'more than 40 columns',
    );
  });

  it('refuses bytes that are not a workbook', async () => {
    await expect(readXlsxTable(Buffer.from('PK\u0003\u0004 not a zip'), LIMITS)).rejects.toThrow(
      XlsxRefused,
    );
  });

  it('refuses a zip bomb before exceljs unpacks it (its buffers are outside the heap limit)', async () => {
    // 200 kB holding a 200 MiB "image": the whole process grew to gigabytes for a 1 GB one.
    const file = readFileSync(join(FIXTURES, 'media-200mib.xlsx'));
    expect(file.length).toBeLessThan(1_000_000);
    await expect(readXlsxTable(file, LIMITS)).rejects.toThrow('unpacks to more than 20 MB');
  });

  it('queues the workbooks beyond `concurrency` and reads them all in turn', async () => {
    const file = await workbook([['Họ và tên'], ['Lò Văn Pảng']]);
    const tables = await Promise.all(
      Array.from({ length: 5 }, () => readXlsxTable(file, { ...LIMITS, concurrency: 1 })),
    );
    expect(tables).toHaveLength(5);
    for (const table of tables) expect(table).toEqual([['Họ và tên'], ['Lò Văn Pảng']]);
  });

  it('ends a workbook that exhausts the heap, and refuses it', async () => {
    const file = readFileSync(join(FIXTURES, 'merged-whole-sheet.xlsx'));
    await expect(readXlsxTable(file, LIMITS)).rejects.toThrow('needs more than 128 MB');
  });

  it('refuses a last row numbered far beyond the row limit before reading the rows', async () => {
    const file = readFileSync(join(FIXTURES, 'row-1e9.xlsx'));
    await expect(readXlsxTable(file, LIMITS)).rejects.toThrow('a row numbered beyond 1000');
  });

  it('ends a workbook that spins past the time limit, and refuses it', async () => {
    const file = readFileSync(join(FIXTURES, 'row-1e9.xlsx'));
    const started = Date.now();
    // Past the row check (set high here), reading its billion empty rows spins.
    const limits = { ...LIMITS, timeoutMs: 3000, maxRows: 2e9 };
    await expect(readXlsxTable(file, limits)).rejects.toThrow('longer than 3 s');
    // The worker is ended at the limit, not when exceljs gives up (minutes later).
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
