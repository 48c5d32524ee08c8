import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded the first time a workbook is written (the register's export, the import
 * template). Required at start-up it kept ~25 MB in every worker process that never writes one;
 * reading uploads happens in a worker thread of its own (residents/import/xlsx-table.worker.ts).
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
