import { queryOptions } from '@tanstack/react-query';
import { fetchReportPdf, reportKeys } from '../../../lib/reports';

/**
 * The archived PDF as a blob: URL the page can frame. Made once per report and kept (the bytes
 * never change), so a second preview of the same report is instant.
 */
export const reportPreviewQuery = (id: string) =>
  queryOptions({
    queryKey: [...reportKeys.pdf(id), 'preview'] as const,
    queryFn: async () => {
      const pdf = await fetchReportPdf(id);
      return { url: URL.createObjectURL(pdf.blob), sha256: pdf.sha256, filename: pdf.filename };
    },
    staleTime: Infinity,
    gcTime: Infinity,
  });
