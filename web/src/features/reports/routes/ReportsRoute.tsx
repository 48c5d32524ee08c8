import { Button, Grid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { ReportArchive } from '../../../components/ReportArchive';
import { ReportDownloadButton } from '../../../components/ReportDownloadButton';
import type { ReportRecord } from '../../../lib/reports';
import { FinaliseButton } from '../components/FinaliseButton';
import { GenerateReportForm } from '../components/GenerateReportForm';
import { ReportPreview } from '../components/ReportPreview';

/** The director's reports: generate, preview in the page, finalise, download (ND 103/2017). */
export function ReportsRoute() {
  const { t } = useTranslation();
  const [previewed, setPreviewed] = useState<ReportRecord | null>(null);
  return (
    <>
      <PageTitle>{t('reports.pageTitle')}</PageTitle>
      <Text mb="md">{t('reports.intro')}</Text>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: previewed ? 5 : 12 }}>
          <Stack gap="md">
            <GenerateReportForm onGenerated={setPreviewed} />
            <section aria-labelledby="archive-title">
              <Text fw={700} component="h2" size="lg" id="archive-title" mb="sm">
                {t('reports.archiveTitle')}
              </Text>
              <ReportArchive
                empty={t('reports.empty')}
                actions={(report) => (
                  <>
                    <Button
                      variant="default"
                      mih={44}
                      onClick={() => {
                        setPreviewed(report);
                      }}
                      aria-describedby={`report-${report.id}`}
                    >
                      {t('reports.preview.button')}
                    </Button>
                    <ReportDownloadButton report={report} />
                    {report.status === 'draft' ? <FinaliseButton report={report} /> : null}
                  </>
                )}
              />
            </section>
          </Stack>
        </Grid.Col>
        {previewed ? (
          <Grid.Col span={{ base: 12, lg: 7 }} order={{ base: -1, lg: 2 }}>
            <ReportPreview
              key={previewed.id}
              report={previewed}
              onClose={() => {
                setPreviewed(null);
              }}
            />
          </Grid.Col>
        ) : null}
      </Grid>
    </>
  );
}
