import type { Text } from '../../common/errors/messages';
import { invalid, type ProblemException } from '../../common/errors/problem.exception';
import { ImportFileError, parseCsv, parseXlsx, type RawRow } from './import-parser';

/** An uploaded register file. */
export type ImportFile = { buffer: Buffer; originalname: string; mimetype: string };

/** The rows of an uploaded register file, .xlsx or .csv; a file that cannot be read is a 400. */
export async function readImportFile(file: ImportFile): Promise<RawRow[]> {
  const name = file.originalname.toLowerCase();
  try {
    if (name.endsWith('.xlsx') || file.mimetype.includes('spreadsheetml'))
      return await parseXlsx(file.buffer);
    if (name.endsWith('.csv') || file.mimetype.includes('csv') || file.mimetype === 'text/plain')
      return parseCsv(file.buffer);
  } catch (err) {
    if (err instanceof ImportFileError) throw fileError(err.text);
    throw err;
  }
  throw fileError({
    vi: 'hãy tải lên tệp .csv hoặc .xlsx',
    en: 'upload a .csv or .xlsx file',
  });
}

/** The refusal of a file as a whole (the `file` field). */
export function fileError(message: Text): ProblemException {
  return invalid([
    {
      field: 'file',
      code: 'invalidFile',
      text: { vi: `Tệp không hợp lệ: ${message.vi}`, en: `Invalid file: ${message.en}` },
    },
  ]);
}
