import { Button } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '../lib/files';
import { fetchReportPdf, type ReportRecord } from '../lib/reports';
import { ErrorDisplay } from './ErrorDisplay';

/** Downloads the archived PDF, byte for byte (the name the service gives it). */
export function ReportDownloadButton({ report }: { report: ReportRecord }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: () => fetchReportPdf(report.id),
    onSuccess: (pdf) => {
      saveBlob(pdf.blob, pdf.filename);
    },
  });
  return (
    <>
      <Button
        variant="default"
        mih={44}
        loading={download.isPending}
        onClick={() => {
          download.mutate();
        }}
        aria-describedby={`report-${report.id}`}
      >
        {t('reports.download')}
      </Button>
      {download.error ? <ErrorDisplay error={download.error} /> : null}
    </>
  );
}
