import { Card, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { ScreenPlaceholder } from '../../../components/ScreenPlaceholder';
import { formatNumber } from '../../../lib/format';
import { facilityQuery } from '../api/facility';

export function DashboardRoute() {
  const { t } = useTranslation();
  const facility = useQuery(facilityQuery());
  return (
    <>
      <PageTitle>{t('pages.dashboard.title')}</PageTitle>
      {facility.isPending ? <Loading /> : null}
      {facility.error ? <ErrorDisplay error={facility.error} /> : null}
      {facility.data ? (
        <Card withBorder mb="md">
          <Text fw={600}>{facility.data.name}</Text>
          <Text size="sm">
            {t('pages.dashboard.capacity', { capacity: formatNumber(facility.data.capacity) })}
          </Text>
        </Card>
      ) : null}
      <ScreenPlaceholder />
    </>
  );
}
