import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import {
  Anchor,
  Badge,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { formatDate, formatNumber } from '../../../lib/format';
import { formatMonth, monthsEndingWith, todayIn } from '../../../lib/today';
import { figuresQuery, mostOverdueQuery, movementsQuery, type Movements } from '../api/dashboard';
import { facilityQuery } from '../api/facility';

/**
 * The director's morning view: who is here today, this month's admissions and discharges, what is
 * open or overdue, and the census of the last 12 months: GET /dashboard counts today's figures,
 * 12 GET /movements (one per month) the history, the worklist names the most overdue exams.
 */
export function DashboardRoute() {
  const { t } = useTranslation();
  const today = todayIn();
  const months = monthsEndingWith(today.slice(0, 7), 12);
  const facility = useQuery(facilityQuery());
  const movements = useQueries({ queries: months.map((m) => movementsQuery(m)) });
  const figures = useQuery(figuresQuery());
  const examKinds = (figures.data?.overdueByKind ?? [])
    .map((o) => o.kind)
    .filter((k) => k !== 'vaccination');
  const mostOverdue = useQuery({
    ...mostOverdueQuery(examKinds),
    enabled: examKinds.length > 0,
  });

  const thisMonth = movements[movements.length - 1]?.data;
  const monthsError = movements.find((q) => q.error)?.error;
  const history = movements.map((q) => q.data).filter((m): m is Movements => m !== undefined);
  const byKind = figures.data?.overdueByKind ?? [];
  const vaccinations = byKind.find((o) => o.kind === 'vaccination')?.count ?? 0;
  const examCount = (figures.data?.overdue ?? 0) - vaccinations;
  const exams = examKinds.length > 0 ? (mostOverdue.data ?? []) : [];

  return (
    <>
      <PageTitle>{t('pages.dashboard.title')}</PageTitle>
      {facility.error ? <ErrorDisplay error={facility.error} /> : null}
      {facility.data ? (
        <Text mb="md" c="dimmed">
          {t('dashboard.facility', { name: facility.data.name, date: formatDate(today) })}
        </Text>
      ) : null}
      {monthsError ? <ErrorDisplay error={monthsError} /> : null}

      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} mb="lg">
        <Figure label={t('dashboard.census')} loading={figures.isPending}>
          {figures.error ? <ErrorDisplay error={figures.error} /> : null}
          {figures.data ? (
            <>
              <Big>{formatNumber(figures.data.census)}</Big>
              <Text size="sm">
                {t('pages.dashboard.capacity', {
                  capacity: formatNumber(figures.data.capacity),
                })}
              </Text>
            </>
          ) : null}
        </Figure>
        <Figure label={t('dashboard.admissions')} loading={!thisMonth}>
          {thisMonth ? (
            <>
              <Big>{formatNumber(thisMonth.admittedTotal)}</Big>
              <Text size="sm">
                {t('dashboard.admissionsByType', {
                  regular: formatNumber(count(thisMonth.admissions, 'regular')),
                  emergency: formatNumber(count(thisMonth.admissions, 'emergency')),
                  voluntary: formatNumber(count(thisMonth.admissions, 'voluntary')),
                  readmitted: formatNumber(count(thisMonth.admissions, 'readmitted')),
                })}
              </Text>
            </>
          ) : null}
        </Figure>
        <Figure label={t('dashboard.discharges')} loading={!thisMonth}>
          {thisMonth ? (
            <>
              <Big>
                {formatNumber(thisMonth.discharged + thisMonth.deaths + thisMonth.transfers)}
              </Big>
              <Text size="sm">
                {t('dashboard.dischargesBreakdown', {
                  discharged: formatNumber(thisMonth.discharged),
                  deaths: formatNumber(thisMonth.deaths),
                  transfers: formatNumber(thisMonth.transfers),
                })}
              </Text>
            </>
          ) : null}
        </Figure>
        <Figure label={t('dashboard.overdueExams')} loading={figures.isPending}>
          {figures.data ? (
            <>
              <Big>{formatNumber(examCount)}</Big>
              <Text size="sm">
                {t('dashboard.overdueVaccinations', { n: formatNumber(vaccinations) })}
              </Text>
            </>
          ) : null}
        </Figure>
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }} mb="lg">
        <Card withBorder component="section" aria-labelledby="open-alerts">
          <Title order={2} size="h4" id="open-alerts" mb="xs">
            {figures.data
              ? t('dashboard.alertsTitleCount', { n: formatNumber(figures.data.openAlerts) })
              : t('dashboard.alertsTitle')}
          </Title>
          {figures.isPending ? <Loading /> : null}
          {figures.data?.openAlerts === 0 ? <Text>{t('dashboard.noAlerts')}</Text> : null}
          {figures.data && figures.data.openAlerts > 0 ? (
            <Table aria-labelledby="open-alerts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('dashboard.alertKindCol')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('dashboard.countCol')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {figures.data.openAlertsByKind.map(({ kind, count: n }) => (
                  <Table.Tr key={kind}>
                    <Table.Td>{t(`dashboard.alertKind.${kind}`)}</Table.Td>
                    <Table.Td ta="right">
                      <Badge variant="outline" color="red" c="red.9">
                        {formatNumber(n)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
        </Card>
        <Card withBorder component="section" aria-labelledby="overdue-exams">
          <Title order={2} size="h4" id="overdue-exams" mb="xs">
            {t('dashboard.mostOverdue')}
          </Title>
          {figures.isPending || (examKinds.length > 0 && mostOverdue.isPending) ? (
            <Loading />
          ) : null}
          {mostOverdue.error ? <ErrorDisplay error={mostOverdue.error} /> : null}
          {figures.data && examCount === 0 ? <Text>{t('dashboard.noOverdue')}</Text> : null}
          <List spacing={4} size="sm">
            {exams.map((task) => (
              <List.Item key={task.scheduleId}>
                <Anchor component={Link} to={`/residents/${task.residentId}`}>
                  {task.residentName}
                </Anchor>{' '}
                {t('dashboard.overdueLine', {
                  kind: t(`dashboard.scheduleKind.${task.kind}`),
                  date: formatDate(task.nextDueOn),
                  count: task.daysOverdue,
                })}
              </List.Item>
            ))}
          </List>
          {exams.length > 0 ? (
            <Anchor
              component={Link}
              to="/worklist"
              size="sm"
              mt="xs"
              display="inline-block"
              py={10}
            >
              {t('dashboard.toWorklist')}
            </Anchor>
          ) : null}
        </Card>
      </SimpleGrid>

      <Card withBorder component="section" aria-labelledby="census-chart">
        <Title order={2} size="h4" id="census-chart" mb="xs">
          {t('dashboard.chartTitle', {
            from: formatMonth(months[0] ?? ''),
            to: formatMonth(months[months.length - 1] ?? ''),
          })}
        </Title>
        {history.length < months.length && !monthsError ? <Loading /> : null}
        {history.length === months.length ? (
          <Stack>
            <figure style={{ margin: 0 }} aria-hidden="true">
              <LineChart
                h={260}
                data={history.map((m) => ({
                  month: formatMonth(m.month),
                  census: m.atEnd,
                  admitted: m.admittedTotal,
                  left: m.discharged + m.deaths + m.transfers,
                }))}
                dataKey="month"
                series={[
                  { name: 'census', label: t('dashboard.series.census'), color: 'teal.7' },
                  { name: 'admitted', label: t('dashboard.series.admitted'), color: 'blue.7' },
                  { name: 'left', label: t('dashboard.series.left'), color: 'orange.8' },
                ]}
                withLegend
                curveType="linear"
                valueFormatter={(value) => formatNumber(value)}
                // The table below carries the figures for a screen reader; the drawing is not
                // a stop for the keyboard.
                lineChartProps={{ accessibilityLayer: false }}
              />
            </figure>
            <Table aria-labelledby="census-chart" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('dashboard.monthCol')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('dashboard.series.census')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('dashboard.series.admitted')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('dashboard.series.left')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.map((m) => (
                  <Table.Tr key={m.month}>
                    <Table.Th scope="row" fw={400}>
                      {formatMonth(m.month)}
                    </Table.Th>
                    <Table.Td ta="right">{formatNumber(m.atEnd)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(m.admittedTotal)}</Table.Td>
                    <Table.Td ta="right">
                      {formatNumber(m.discharged + m.deaths + m.transfers)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        ) : null}
      </Card>
    </>
  );
}

function count(record: Record<string, never> | Record<string, number>, key: string): number {
  const value: unknown = (record as Record<string, unknown>)[key];
  return typeof value === 'number' ? value : 0;
}

function Figure({
  label,
  loading,
  children,
}: {
  label: string;
  loading: boolean;
  children: ReactNode;
}) {
  return (
    <Card withBorder component="section" aria-label={label}>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={600}>
          {label}
        </Text>
      </Group>
      {loading ? <Loading /> : children}
    </Card>
  );
}

function Big({ children }: { children: ReactNode }) {
  return (
    <Text fz={32} fw={700} lh={1.2} c="teal.9">
      {children}
    </Text>
  );
}
