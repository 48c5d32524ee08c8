import { Button, Card, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { Loading } from '../../../components/Loading';
import { periodLabel } from '../../../components/ReportArchive';
import type { ReportRecord } from '../../../lib/reports';
import { reportPreviewQuery } from '../api/preview';

/** The archived PDF shown in the page (the browser's own PDF viewer, in a frame). */
export function ReportPreview({ report, onClose }: { report: ReportRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const pdf = useQuery(reportPreviewQuery(report.id));
  const title = t('reports.cardTitle', {
    period: periodLabel(t, report),
    version: report.reportVersion,
  });
  return (
    <Card withBorder component="section" aria-labelledby="preview-title">
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Text fw={700} component="h2" size="lg" id="preview-title">
          {t('reports.preview.title', { title })}
        </Text>
        <Button variant="default" mih={44} onClick={onClose}>
          {t('reports.preview.close')}
        </Button>
      </Group>
      {pdf.isPending ? <Loading /> : null}
      {pdf.error ? <ErrorDisplay error={pdf.error} /> : null}
      {pdf.data ? (
        <iframe
          src={pdf.data.url}
          title={t('reports.preview.frame', { title })}
          data-sha256={pdf.data.sha256 ?? ''}
          style={{ width: '100%', height: '70vh', border: '1px solid var(--mantine-color-gray-4)' }}
        />
      ) : null}
    </Card>
  );
}
