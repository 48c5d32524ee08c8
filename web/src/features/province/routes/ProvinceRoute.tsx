import { Card, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { Loading } from '../../../components/Loading';
import { MonthField } from '../../../components/MonthField';
import { PageTitle } from '../../../components/PageTitle';
import { ReportArchive } from '../../../components/ReportArchive';
import { ReportDownloadButton } from '../../../components/ReportDownloadButton';
import { provinceSummaryQuery } from '../api/province';
import { SummaryTable } from '../components/SummaryTable';

function lastMonth(): string {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** The officer's view: every centre of the province for a month, and the final reports. */
export function ProvinceRoute() {
  const { t } = useTranslation();
  const [month, setMonth] = useState(lastMonth);
  const summary = useQuery(provinceSummaryQuery(month));
  const [year = '', mm = ''] = month.split('-');
  return (
    <>
      <PageTitle>{t('pages.province.title')}</PageTitle>
      <Stack gap="lg">
        <Text>{t('province.intro')}</Text>
        <Card withBorder component="section" aria-labelledby="summary-title">
          <Stack gap="sm">
            <Text fw={700} component="h2" size="lg" id="summary-title">
              {t('province.summaryTitle')}
            </Text>
            <MonthField
              label={t('province.month')}
              value={month}
              onChange={(picked) => {
                if (picked) setMonth(picked);
              }}
              maxDate={new Date()}
              maw={240}
            />
            {summary.isLoading ? <Loading /> : null}
            {summary.error ? <ErrorDisplay error={summary.error} /> : null}
            {summary.data ? (
              summary.data.facilities.length === 0 ? (
                <Text c="dimmed">{t('province.noFacilities')}</Text>
              ) : (
                <SummaryTable
                  summary={summary.data}
                  caption={t('province.caption', { month: mm, year })}
                />
              )
            ) : null}
          </Stack>
        </Card>
        <section aria-labelledby="archive-title">
          <Text fw={700} component="h2" size="lg" id="archive-title" mb="xs">
            {t('province.archiveTitle')}
          </Text>
          <Text size="sm" mb="sm">
            {t('province.archiveIntro')}
          </Text>
          <ReportArchive
            empty={t('province.archiveEmpty')}
            actions={(report) => <ReportDownloadButton report={report} />}
          />
        </section>
      </Stack>
    </>
  );
}
