import type { components } from '../../../api/schema';
import { api, unwrap } from '../../../lib/api';
import { filenameOf } from '../../../lib/files';
import { ApiProblem } from '../../../lib/problem';

/** The answer of POST /residents/import: the rows imported (or, in a dry run, to be) and skipped. */
export type ImportResult = components['schemas']['ImportResultView'];
/** A row of a person no longer in care: not imported, with the status that says why. */
export type SkippedRow = ImportResult['skipped'][number];

/** Uploads the register file: `dryRun` checks every row and keeps nothing; else all rows or none. */
export function importRegister(file: File, dryRun: boolean): Promise<ImportResult> {
  return unwrap(
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
