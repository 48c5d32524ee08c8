/**
 * Archived reports (ND 103/2017): the admin's reports screen and the officer's province view
 * both list them and download their PDF, so the calls live here.
 */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './api';
import { filenameOf } from './files';
import { nextCursorOf, pageOf, type Page } from './page';
import { ApiProblem } from './problem';

export type ReportKind = 'monthly' | 'six_monthly' | 'annual';
export type ReportStatus = 'draft' | 'final';

/**
 * An archived report as GET /reports answers it (without the PDF bytes). The OpenAPI document
 * does not describe this answer yet (`data` is unknown): `asReport` checks the fields used here.
 */
export interface ReportRecord {
  id: string;
  facilityId: string;
  kind: ReportKind;
  period: string;
  reportVersion: number;
  status: ReportStatus;
  reportNo: string;
  issuedOn: string;
  reason: string | null;
  sha256: string;
  pdfBytes: number;
  generatedAt: string;
  finalisedAt: string | null;
  version: number;
}

const KINDS: readonly string[] = ['monthly', 'six_monthly', 'annual'];

export function isReport(value: unknown): value is ReportRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    typeof r.period === 'string' &&
    typeof r.kind === 'string' &&
    KINDS.includes(r.kind) &&
    (r.status === 'draft' || r.status === 'final') &&
    typeof r.reportVersion === 'number' &&
    typeof r.sha256 === 'string'
  );
}

export function asReport(value: unknown): ReportRecord {
  if (!isReport(value)) throw new Error('The answer is not a report');
  return value;
}

function asReportPage(data: unknown): Page<ReportRecord> {
  const page = pageOf<unknown>(data);
  return { items: page.items.map(asReport), nextCursor: page.nextCursor };
}

export const reportKeys = {
  all: ['reports'] as const,
  list: () => [...reportKeys.all, 'list'] as const,
  pdf: (id: string) => [...reportKeys.all, 'pdf', id] as const,
};

/** The archive, newest first: the admin's facility, or an officer's final reports of the province. */
export const reportsQuery = () =>
  infiniteQueryOptions({
    queryKey: reportKeys.list(),
    queryFn: async ({ pageParam }) =>
      asReportPage(
        await unwrap<unknown>(
          api.GET('/api/v1/reports', {
            params: { query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } },
          }),
        ),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursorOf,
  });

export interface ReportPdf {
  blob: Blob;
  filename: string;
  /** The hash the service archived with the bytes (X-Content-SHA256). */
  sha256: string | null;
}

/** The archived PDF bytes, exactly as generated (GET /reports/:id/pdf with the bearer token). */
export async function fetchReportPdf(id: string): Promise<ReportPdf> {
  let answer;
  try {
    answer = await api.GET('/api/v1/reports/{id}/pdf', {
      params: { path: { id } },
      parseAs: 'blob',
    });
  } catch {
    throw ApiProblem.network();
  }
  const { data, error, response } = answer;
  if (!response.ok || error !== undefined || !(data instanceof Blob)) {
    throw ApiProblem.fromResponse(response, error);
  }
  return {
    blob: data.type ? data : new Blob([data], { type: 'application/pdf' }),
    filename: filenameOf(response, `bao-cao-${id}.pdf`),
    sha256: response.headers.get('X-Content-SHA256'),
  };
}

export const reportPdfQuery = (id: string) =>
  queryOptions({
    queryKey: reportKeys.pdf(id),
    queryFn: () => fetchReportPdf(id),
    // Archived bytes never change.
    staleTime: Infinity,
  });

export interface GenerateInput {
  kind: ReportKind;
  /** YYYY-MM (monthly), YYYY-H1 (six-monthly) or YYYY (annual). */
  period: string;
  remarks?: string;
  reason?: string;
}

export async function generateReport(input: GenerateInput): Promise<ReportRecord> {
  const extra = {
    ...(input.remarks ? { remarks: input.remarks } : {}),
    ...(input.reason ? { reason: input.reason } : {}),
  };
  const data: unknown =
    input.kind === 'monthly'
      ? await unwrap<unknown>(
          api.POST('/api/v1/reports/monthly', { body: { month: input.period, ...extra } }),
        )
      : await unwrap(
          api.POST('/api/v1/reports/periodic', { body: { period: input.period, ...extra } }),
        );
  return asReport(data);
}

export async function finaliseReport(id: string): Promise<ReportRecord> {
  return asReport(
    await unwrap(api.POST('/api/v1/reports/{id}/finalise', { params: { path: { id } } })),
  );
}
