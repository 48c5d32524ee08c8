import { List, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { Loading } from '../../../components/Loading';
import { formatDate } from '../../../lib/format';
import { stepsQuery, type Resident } from '../api/resident';

/** The resident's status and the reintegration steps (read only). */
export function DischargeTab({ resident }: { resident: Resident }) {
  const { t } = useTranslation();
  const steps = useQuery(stepsQuery(resident.id));
  return (
    <Stack gap="sm">
      <Text>
        {t('resident.discharge.status', { status: t(`resident.status.${resident.status}`) })}
      </Text>
      <Text fw={600}>{t('resident.discharge.steps')}</Text>
      {steps.isPending ? <Loading /> : null}
      {steps.error ? <ErrorDisplay error={steps.error} /> : null}
      {steps.data && steps.data.length === 0 ? (
        <Text c="dimmed">{t('resident.discharge.noSteps')}</Text>
      ) : null}
      <List size="sm">
        {(steps.data ?? []).map((s) => (
          <List.Item key={s.id}>
            {t('resident.discharge.step', {
              date: s.dueOn ? formatDate(s.dueOn) : '—',
              title: s.description,
            })}
          </List.Item>
        ))}
      </List>
      <Text size="sm" c="dimmed">
        {t('resident.discharge.followUpsNote')}
      </Text>
    </Stack>
  );
}
