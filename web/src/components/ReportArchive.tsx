import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatNumber } from '../lib/format';
import { reportsQuery, type ReportRecord } from '../lib/reports';
import { ErrorDisplay } from './ErrorDisplay';
import { LoadMore } from './LoadMore';
import { Loading } from './Loading';

/** "Tháng 10/2026", "6 tháng đầu năm 2026", "Năm 2026": the period a report covers. */
export function periodLabel(t: TFunction, report: Pick<ReportRecord, 'kind' | 'period'>): string {
  const year = report.period.slice(0, 4);
  switch (report.kind) {
    case 'monthly':
      return t('reports.period.monthly', { month: report.period.slice(5, 7), year });
    case 'six_monthly':
      return t('reports.period.sixMonthly', { year });
    case 'annual':
      return t('reports.period.annual', { year });
  }
}

/**
 * The archive of reports (GET /reports, newest first, paged with the API's cursor): the admin's
 * facility, or an officer's final reports. `actions` adds the buttons of each report.
 */
export function ReportArchive({
  actions,
  empty,
}: {
  actions: (report: ReportRecord) => ReactNode;
  empty: string;
}) {
  const { t } = useTranslation();
  const reports = useInfiniteQuery(reportsQuery());
  if (reports.isPending) return <Loading />;
  if (reports.error) return <ErrorDisplay error={reports.error} />;
  const items = reports.data.pages.flatMap((p) => p.items);
  return (
    <>
      {items.length === 0 ? <Text c="dimmed">{empty}</Text> : null}
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((report) => (
          <Card key={report.id} withBorder component="li" aria-labelledby={`report-${report.id}`}>
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <div>
                <Text fw={700} id={`report-${report.id}`}>
                  {t('reports.cardTitle', {
                    period: periodLabel(t, report),
                    version: report.reportVersion,
                  })}
                </Text>
                <Text size="sm">
                  {t('reports.reportNo', {
                    no: report.reportNo,
                    date: formatDate(report.issuedOn),
                  })}
                </Text>
              </div>
              <Badge color={report.status === 'final' ? 'teal.9' : 'gray.7'} variant="filled">
                {t(`reports.status.${report.status}`)}
              </Badge>
            </Group>
            <Text size="sm" mt={4}>
              {t('reports.generatedAt', { at: formatDateTime(report.generatedAt) })}
            </Text>
            {report.finalisedAt ? (
              <Text size="sm">
                {t('reports.finalisedAt', { at: formatDateTime(report.finalisedAt) })}
              </Text>
            ) : null}
            {report.reason ? (
              <Text size="sm">{t('reports.reasonShown', { reason: report.reason })}</Text>
            ) : null}
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {t('reports.hash', {
                hash: report.sha256,
                size: formatNumber(Math.round(report.pdfBytes / 1024)),
              })}
            </Text>
            <Group gap="xs" mt="sm">
              {actions(report)}
            </Group>
          </Card>
        ))}
      </Stack>
      <LoadMore
        hasNextPage={reports.hasNextPage}
        isFetchingNextPage={reports.isFetchingNextPage}
        fetchNextPage={reports.fetchNextPage}
        label={t('reports.loadMore')}
      />
    </>
  );
}
