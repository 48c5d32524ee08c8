import { Anchor, Group, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { planQuery, residentQuery, type NutritionPlan } from '../api/nutrition';
import { NutritionPlanForm } from '../components/NutritionPlanForm';

/** The nutrition plan editor of one resident (nurse, admin). */
export function NutritionRoute() {
  const { t } = useTranslation();
  const { residentId = '' } = useParams();
  const resident = useQuery(residentQuery(residentId));
  const plan = useQuery({ ...planQuery(residentId), refetchOnWindowFocus: false });
  // The plan the form opened with; later reads (after a 412) do not reset the user's input.
  const [opened, setOpened] = useState<{ plan: NutritionPlan | null } | null>(null);
  if (opened === null && plan.isSuccess) setOpened({ plan: plan.data });

  return (
    <>
      <PageTitle>{t('nutrition.title')}</PageTitle>
      <Stack gap="md">
        <Group gap="md">
          <Anchor component={Link} to="/worklist">
            {t('nutrition.back')}
          </Anchor>
          <Anchor component={Link} to={`/growth/${residentId}`}>
            {t('nutrition.growth')}
          </Anchor>
        </Group>
        {resident.error ? <ErrorDisplay error={resident.error} /> : null}
        {resident.data ? (
          <Title order={2} size="h3">
            {t('nutrition.resident', { name: resident.data.fullName, code: resident.data.code })}
          </Title>
        ) : null}
        {plan.error && opened === null ? <ErrorDisplay error={plan.error} /> : null}
        {opened === null && !plan.error ? <Loading /> : null}
        {opened !== null ? (
          <NutritionPlanForm
            residentId={residentId}
            plan={opened.plan}
            latest={plan.data}
            onReread={() => plan.refetch()}
          />
        ) : null}
      </Stack>
    </>
  );
}
