import { Badge, Button, Card, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { formatDate, formatDateTime } from '../../../lib/format';
import { ALERT_STATUSES, alertsQuery, type Alert, type AlertStatus } from '../api/alerts';
import { AcknowledgeForm } from '../components/AcknowledgeForm';

// Plain colours: the theme gives their light variants text that passes WCAG AA on the tint.
const SEVERITY_COLOR = { critical: 'red', warning: 'orange', info: 'blue' } as const;

const isStatus = (v: string): v is AlertStatus => (ALERT_STATUSES as readonly string[]).includes(v);

/** Every staff role's inbox of alerts of its kinds; an open one is acknowledged with a note. */
export function AlertsRoute() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<AlertStatus>('open');
  const [acknowledging, setAcknowledging] = useState<Alert | null>(null);
  const list = useInfiniteQuery(alertsQuery(status));
  const alerts = list.data?.pages.flatMap((p) => p.items) ?? [];
  // The service writes each alert in both languages; show the user's.
  const english = i18n.language === 'en';

  return (
    <>
      <PageTitle>{t('alerts.title')}</PageTitle>
      <Stack gap="md">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="alerts-status">
            {t('alerts.status')}
          </Text>
          <SegmentedControl
            aria-labelledby="alerts-status"
            value={status}
            onChange={(v) => {
              if (isStatus(v)) setStatus(v);
            }}
            data={ALERT_STATUSES.map((s) => ({ value: s, label: t(`alerts.statuses.${s}`) }))}
            style={{ alignSelf: 'flex-start' }}
          />
        </Stack>
        {list.error ? <ErrorDisplay error={list.error} /> : null}
        {list.isPending ? <Loading /> : null}
        {list.isSuccess && alerts.length === 0 ? (
          <Text>{status === 'open' ? t('alerts.emptyOpen') : t('alerts.emptyAcknowledged')}</Text>
        ) : null}
        {alerts.length > 0 ? (
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('alerts.listLabel')}
          >
            {alerts.map((alert) => (
              <Card component="li" key={alert.id} withBorder padding="md">
                <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                  <Stack gap={4} style={{ flex: '1 1 16rem' }}>
                    <Group gap="xs">
                      <Badge color={SEVERITY_COLOR[alert.severity]} variant="light">
                        {t(`alerts.severities.${alert.severity}`)}
                      </Badge>
                      <Text fw={600} component="h2" size="md">
                        {t(`alerts.kinds.${alert.kind}`)}
                      </Text>
                    </Group>
                    <Text>{english ? alert.messageEn : alert.message}</Text>
                    <Text size="sm" c="dimmed">
                      {t('alerts.raisedAt', { at: formatDateTime(alert.raisedAt) })}
                      {alert.dueOn
                        ? ` · ${t('alerts.dueOn', { date: formatDate(alert.dueOn) })}`
                        : ''}
                    </Text>
                    {alert.acknowledgedAt ? (
                      <Text size="sm">
                        {t('alerts.acknowledgedAt', { at: formatDateTime(alert.acknowledgedAt) })}
                      </Text>
                    ) : null}
                    {alert.acknowledgeNote ? (
                      <Text size="sm">
                        {t('alerts.noteShown', { note: alert.acknowledgeNote })}
                      </Text>
                    ) : null}
                  </Stack>
                  {alert.status === 'open' ? (
                    <Button
                      h={44}
                      onClick={() => {
                        setAcknowledging(alert);
                      }}
                      aria-label={t('alerts.acknowledgeFor', {
                        what: english ? alert.messageEn : alert.message,
                      })}
                    >
                      {t('alerts.acknowledge')}
                    </Button>
                  ) : null}
                </Group>
              </Card>
            ))}
          </Stack>
        ) : null}
        {list.hasNextPage ? (
          <Button
            variant="default"
            h={44}
            loading={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            {t('alerts.loadMore')}
          </Button>
        ) : null}
      </Stack>
      <Modal
        opened={acknowledging !== null}
        onClose={() => {
          setAcknowledging(null);
        }}
        title={t('alerts.acknowledgeTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {acknowledging ? (
          <Stack>
            <Text size="sm">{english ? acknowledging.messageEn : acknowledging.message}</Text>
            <AcknowledgeForm
              alert={acknowledging}
              onDone={() => {
                setAcknowledging(null);
              }}
            />
          </Stack>
        ) : null}
      </Modal>
    </>
  );
}
