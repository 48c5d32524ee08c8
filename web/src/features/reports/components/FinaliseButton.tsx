import { Alert, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { periodLabel } from '../../../components/ReportArchive';
import { finaliseReport, reportKeys, type ReportRecord } from '../../../lib/reports';

/** Finalises (chốt) a draft after a confirmation: the department's officers then see it. */
export function FinaliseButton({ report }: { report: ReportRecord }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const finalise = useMutation({
    mutationFn: () => finaliseReport(report.id),
    onSuccess: async () => {
      setConfirming(false);
      notifications.show({
        closeButtonProps: { 'aria-label': t('common.close') },
        message: t('reports.finalise.done'),
      });
      await queryClient.invalidateQueries({ queryKey: reportKeys.list() });
    },
  });
  if (!confirming) {
    return (
      <Button
        mih={44}
        onClick={() => {
          setConfirming(true);
        }}
        aria-describedby={`report-${report.id}`}
      >
        {t('reports.finalise.button')}
      </Button>
    );
  }
  return (
    <Alert variant="default" title={t('reports.finalise.confirmTitle')} w="100%">
      <Text size="sm">
        {t('reports.finalise.confirmBody', {
          period: periodLabel(t, report),
          version: report.reportVersion,
        })}
      </Text>
      {finalise.error ? <ErrorDisplay error={finalise.error} /> : null}
      <Group mt="sm" gap="xs">
        <Button
          mih={44}
          loading={finalise.isPending}
          onClick={() => {
            finalise.mutate();
          }}
        >
          {t('reports.finalise.confirm')}
        </Button>
        <Button
          variant="default"
          mih={44}
          onClick={() => {
            setConfirming(false);
            finalise.reset();
          }}
        >
          {t('reports.finalise.cancel')}
        </Button>
      </Group>
    </Alert>
  );
}
