import { api, unwrap } from '../../../lib/api';
import { filenameOf } from '../../../lib/files';
import { ApiProblem } from '../../../lib/problem';

/**
 * POST /residents/import answers `{ dryRun, imported, residents: [{ row, id, code, fullName }] }`
 * (ImportResult in the service); the OpenAPI document does not describe it yet, so it is
 * checked here.
 */
export interface ImportResult {
  dryRun: boolean;
  imported: number;
  residents: { row: number; id: string; code: string; fullName: string }[];
}

function isImportResult(value: unknown): value is ImportResult {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.dryRun === 'boolean' &&
    typeof r.imported === 'number' &&
    Array.isArray(r.residents) &&
    r.residents.every(
      (x: unknown) =>
        typeof x === 'object' &&
        x !== null &&
        typeof (x as Record<string, unknown>).row === 'number' &&
        typeof (x as Record<string, unknown>).fullName === 'string',
    )
  );
}

/** Uploads the register file: `dryRun` checks every row and keeps nothing; else all rows or none. */
export async function importRegister(file: File, dryRun: boolean): Promise<ImportResult> {
  const data: unknown = await unwrap<unknown>(
    api.POST('/api/v1/residents/import', {
      params: { query: { dryRun } },
      // The typed body names the part; the bytes go as multipart/form-data.
      body: { file: file.name },
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file, file.name);
        return form;
      },
    }),
  );
  if (!isImportResult(data)) throw new Error('The answer is not an import result');
  return data;
}

/** One wrong cell of a refused file: the field `rows.<row>.<column>` of the problem. */
export interface RowError {
  row: number;
  column: string;
  code: string;
  message: string;
}

/** The per-row errors of a refused import (400), in the order the service gave them. */
export function rowErrorsOf(error: unknown): RowError[] {
  if (!(error instanceof ApiProblem)) return [];
  return error.fieldErrors.flatMap((e) => {
    const m = /^rows\.(\d+)\.(.+)$/.exec(e.field);
    return m ? [{ row: Number(m[1]), column: m[2] ?? '', code: e.code, message: e.message }] : [];
  });
}

/** The import template (XLSX or CSV: the column layout and an example row). */
export async function fetchTemplate(
  kind: 'xlsx' | 'csv',
): Promise<{ blob: Blob; filename: string }> {
  const path =
    kind === 'xlsx'
      ? ('/api/v1/residents/import/template.xlsx' as const)
      : ('/api/v1/residents/import/template.csv' as const);
  let answer;
  try {
    answer = await api.GET(path, { parseAs: 'blob' });
  } catch {
    throw ApiProblem.network();
  }
  const { data, error, response } = answer;
  if (!response.ok || error !== undefined || !(data instanceof Blob)) {
    throw ApiProblem.fromResponse(response, error);
  }
  return { blob: data, filename: filenameOf(response, `mau-nhap-doi-tuong.${kind}`) };
}
