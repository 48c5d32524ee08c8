/**
 * Runs in a worker thread (xlsx-table.ts): reads the first sheet of an XLSX file into a table of
 * cell texts. exceljs has no defence against crafted workbooks (a 6 kB file with a merged range
 * over the whole sheet exhausts the heap; a row numbered 10⁹ spins for minutes), so it never
 * runs on the service's own thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export interface XlsxTableRequest {
  buffer: Uint8Array;
  /** The most bytes the workbook's parts may unpack to (media included: exceljs keeps them). */
  maxUnpackedBytes: number;
  maxRows: number;
  maxColumns: number;
}

export type XlsxTableAnswer = { table: string[][] } | { refused: string };

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result);
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    return '';
  }
  return String(value);
}

/**
 * Unpacks every part of the zip, counting, before exceljs sees it: a 1 MB file can hold a 1 GB
 * "image", and the Buffers exceljs unpacks it into are outside the heap limit of this worker.
 */
async function unpacksWithin(buffer: Uint8Array, maxBytes: number): Promise<boolean> {
  const zip = await JSZip.loadAsync(buffer);
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    // jszip's stream is an old-style one (events, not async iteration).
    const within = await new Promise<boolean>((resolve, reject) => {
      const stream = entry.nodeStream('nodebuffer') as Readable;
      stream
        .on('data', (chunk: Buffer) => {
          total += chunk.length;
          if (total > maxBytes) {
            stream.pause();
            resolve(false);
          }
        })
        .on('end', () => resolve(true))
        .on('error', reject);
    });
    if (!within) return false;
  }
  return true;
}

async function readTable(request: XlsxTableRequest): Promise<XlsxTableAnswer> {
  const { buffer, maxRows, maxColumns, maxUnpackedBytes } = request;
  try {
    if (!(await unpacksWithin(buffer, maxUnpackedBytes)))
      return { refused: `the workbook unpacks to more than ${maxUnpackedBytes / 1e6} MB` };
  } catch {
    return { refused: 'not a readable XLSX file' };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(buffer) as unknown as ArrayBuffer);
  } catch {
    return { refused: 'not a readable XLSX file' };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { refused: 'the workbook has no sheet' };
  // Before reading the cells: a small file can hold a sheet of a million rows. Blank rows
  // between are tolerated, not a last row numbered in the millions (rowCount is the last row's
  // number and costs nothing; actualRowCount walks every row up to it).
  if (sheet.rowCount > 10 * maxRows) return { refused: `a row numbered beyond ${10 * maxRows}` };
  if (sheet.actualRowCount > maxRows) return { refused: `more than ${maxRows} rows` };
  // Cells past the header's last are ignored. (ExcelJS's columnCount walks every row each time it
  // is read: read per cell, a 20,000-row sheet of 110 kB took half a minute.)
  let width = 0;
  sheet.getRow(1).eachCell((cell, col) => {
    if (cellText(cell.value).trim() !== '') width = col;
  });
  if (width > maxColumns) return { refused: `more than ${maxColumns} columns` };
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    table[rowNumber - 1] = cells;
  });
  for (let i = 0; i < table.length; i++) table[i] ??= [];
  return { table };
}

if (parentPort) {
  const port = parentPort;
  void readTable(workerData as XlsxTableRequest).then((answer) => port.postMessage(answer));
}
