import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { formatDate, formatNumber } from '../../../lib/format';
import { childGrowth, measurementsQuery, residentQuery } from '../api/growth';
import { GrowthChart } from '../components/GrowthChart';

const z = (v: number | null | undefined) =>
  v === null || v === undefined ? null : formatNumber(Math.round(v * 100) / 100);

/** A child's growth: z-scores over time on the WHO bands, and every measurement as a table. */
export function GrowthRoute() {
  const { t } = useTranslation();
  const { residentId = '' } = useParams();
  const resident = useQuery(residentQuery(residentId));
  const measurements = useInfiniteQuery(measurementsQuery(residentId));
  const items = measurements.data?.pages.flatMap((p) => p.items) ?? [];
  const childItems = items.filter((m) => childGrowth(m) !== null);
  const reference = childItems.map((m) => childGrowth(m)?.reference).find((r) => r);

  return (
    <>
      <PageTitle>{t('growth.title')}</PageTitle>
      <Stack gap="md">
        <Group gap="md">
          <Anchor component={Link} to="/worklist">
            {t('growth.back')}
          </Anchor>
          <Anchor component={Link} to={`/nutrition/${residentId}`}>
            {t('growth.nutrition')}
          </Anchor>
        </Group>
        {resident.error ? <ErrorDisplay error={resident.error} /> : null}
        {resident.data ? (
          <div>
            <Title order={2} size="h3">
              {t('growth.resident', { name: resident.data.fullName, code: resident.data.code })}
            </Title>
            <Text size="sm">
              {resident.data.dateOfBirth
                ? t('growth.born', { date: formatDate(resident.data.dateOfBirth) })
                : t('growth.bornYear', { year: String(resident.data.birthYear ?? '') })}
              {' · '}
              {t(`growth.sex.${resident.data.sex}`)}
            </Text>
          </div>
        ) : null}
        {measurements.error ? <ErrorDisplay error={measurements.error} /> : null}
        {measurements.isPending || resident.isPending ? <Loading /> : null}
        {measurements.isSuccess && items.length === 0 ? <Text>{t('growth.empty')}</Text> : null}
        {measurements.isSuccess && items.length > 0 && childItems.length === 0 ? (
          <Text>{t('growth.adultOnly')}</Text>
        ) : null}
        {childItems.length > 0 && resident.data ? (
          <GrowthChart name={resident.data.fullName} measurements={childItems} />
        ) : null}
        {reference ? (
          <Text size="xs" c="dimmed">
            {t('growth.reference', { reference })}
          </Text>
        ) : null}
        {items.length > 0 ? (
          <Table.ScrollContainer minWidth={700}>
            <Table striped>
              <Table.Caption>{t('growth.tableCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('growth.columns.measuredOn')}</Table.Th>
                  <Table.Th scope="col">{t('growth.columns.age')}</Table.Th>
                  <Table.Th scope="col">{t('growth.columns.weight')}</Table.Th>
                  <Table.Th scope="col">{t('growth.columns.height')}</Table.Th>
                  <Table.Th scope="col">{t('growth.columns.waz')}</Table.Th>
                  <Table.Th scope="col">{t('growth.columns.haz')}</Table.Th>
                  <Table.Th scope="col">{t('growth.columns.flags')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((m) => {
                  const g = childGrowth(m);
                  return (
                    <Table.Tr key={m.id}>
                      <Table.Th scope="row" fw={400}>
                        {formatDate(m.measuredOn)}
                      </Table.Th>
                      <Table.Td>
                        {g ? formatNumber(Math.floor(g.ageMonths)) : t('growth.none')}
                      </Table.Td>
                      <Table.Td>
                        {m.weightKg === null ? t('growth.none') : formatNumber(m.weightKg)}
                      </Table.Td>
                      <Table.Td>
                        {m.heightCm === null ? t('growth.none') : formatNumber(m.heightCm)}
                      </Table.Td>
                      <Table.Td>{z(g?.zScores.weightForAge) ?? t('growth.none')}</Table.Td>
                      <Table.Td>{z(g?.zScores.heightForAge) ?? t('growth.none')}</Table.Td>
                      <Table.Td>
                        {m.flags.length === 0 ? (
                          t('growth.noFlags')
                        ) : (
                          <Group gap={4}>
                            {m.flags.map((f) => (
                              <Badge key={f} color="red" variant="light">
                                {t(`growth.flags.${f}`)}
                              </Badge>
                            ))}
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
        {measurements.hasNextPage ? (
          <Button
            variant="default"
            h={44}
            loading={measurements.isFetchingNextPage}
            onClick={() => void measurements.fetchNextPage()}
          >
            {t('growth.loadMore')}
          </Button>
        ) : null}
      </Stack>
    </>
  );
}
