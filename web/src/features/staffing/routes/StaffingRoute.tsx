import { Alert, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { addDays, mondayOf, weekDays } from '../../../lib/calendar';
import { formatDate, formatNumber } from '../../../lib/format';
import { SHIFTS, staffingDayQuery, type StaffCount, type StaffingDay } from '../api/staffing';
import { CountStatus } from '../components/CountStatus';
import { WeekNav } from '../components/WeekNav';
import { useDayLabel } from '../lib/labels';

/**
 * The staffing of a week (admin, nurse): for each day and shift, the carers the residents present
 * require (TT 33/2017 Điều 5, computed by the API) against the caretakers on the rota; social
 * workers and medical staff against theirs. A short shift says so in words, not by colour alone.
 */
export function StaffingRoute() {
  const { t } = useTranslation();
  const dayLabel = useDayLabel();
  const wide = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  // The facility's today comes from the API (no date asked): its week is shown first.
  const today = useQuery(staffingDayQuery(undefined));
  const [monday, setMonday] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const start = monday ?? (today.data ? mondayOf(today.data.date) : null);
  const days = start ? weekDays(start) : [];
  const week = useQueries({ queries: days.map((d) => staffingDayQuery(d)) });

  if (today.isPending) return <Loading />;
  if (today.error) return <ErrorDisplay error={today.error} />;
  if (!start) return null;
  const range = { from: formatDate(start), to: formatDate(addDays(start, 6)) };
  const loaded = week.map((q) => q.data).filter((d): d is StaffingDay => d !== undefined);
  const shortShifts = loaded
    .filter((d) => d.hasRota)
    .flatMap((d) => d.shifts)
    .filter((s) => s.carers.short).length;
  const detailDate =
    selected && days.includes(selected)
      ? selected
      : days.includes(today.data.date)
        ? today.data.date
        : start;
  const detail = week[days.indexOf(detailDate)]?.data;
  const weekError = week.find((q) => q.error)?.error;

  const status = (c: StaffCount, hasRota: boolean) => (
    <CountStatus assigned={c.assigned} required={c.required} hasRota={hasRota} />
  );
  const detailsButton = (d: string) => (
    <Button
      variant={d === detailDate ? 'filled' : 'light'}
      size="sm"
      mih={44}
      aria-label={t('staffing.view.detailsLabel', { day: dayLabel(d) })}
      aria-pressed={d === detailDate}
      onClick={() => {
        setSelected(d);
      }}
    >
      {t('staffing.view.details')}
    </Button>
  );

  return (
    <>
      <PageTitle>{t('staffing.view.title')}</PageTitle>
      <Stack gap="sm">
        <Text size="sm">{t('staffing.view.intro')}</Text>
        <WeekNav
          monday={start}
          onChange={(m) => {
            setMonday(m);
            setSelected(null);
          }}
        />
        {weekError ? <ErrorDisplay error={weekError} /> : null}
        {loaded.length === days.length ? (
          shortShifts > 0 ? (
            <Alert
              color="red"
              role="status"
              title={t('staffing.view.shortCount', { count: shortShifts })}
            >
              {t('staffing.view.noRotaNote')}
            </Alert>
          ) : (
            <Text role="status">{t('staffing.view.noneShort')}</Text>
          )
        ) : (
          <Loading />
        )}
        {wide ? (
          <Table.ScrollContainer
            minWidth={760}
            type="native"
            tabIndex={0}
            role="region"
            aria-label={t('staffing.view.table', range)}
          >
            <Table striped withTableBorder aria-label={t('staffing.view.table', range)}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('staffing.view.day')}</Table.Th>
                  {SHIFTS.map((s) => (
                    <Table.Th scope="col" key={s}>
                      {t(`staffing.shift.${s}`)}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col">{t('staffing.view.social')}</Table.Th>
                  <Table.Th scope="col">{t('staffing.view.medical')}</Table.Th>
                  <Table.Th scope="col">{t('staffing.view.details')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {days.map((d, i) => {
                  const day = week[i]?.data;
                  return (
                    <Table.Tr key={d}>
                      <Table.Th scope="row">{dayLabel(d)}</Table.Th>
                      {SHIFTS.map((s) => {
                        const shift = day?.shifts.find((x) => x.shift === s);
                        return (
                          <Table.Td key={s}>
                            {day && shift ? status(shift.carers, day.hasRota) : null}
                          </Table.Td>
                        );
                      })}
                      <Table.Td>{day ? status(day.socialWorkers, day.hasRota) : null}</Table.Td>
                      <Table.Td>{day ? status(day.medicalStaff, day.hasRota) : null}</Table.Td>
                      <Table.Td>{detailsButton(d)}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {days.map((d, i) => {
              const day = week[i]?.data;
              return (
                <Card key={d} withBorder padding="sm" component="li">
                  <Title order={2} size="h5" mb={4}>
                    {dayLabel(d)}
                  </Title>
                  {day ? (
                    <Stack gap={4}>
                      {SHIFTS.map((s) => {
                        const shift = day.shifts.find((x) => x.shift === s);
                        return shift ? (
                          <Group key={s} justify="space-between" wrap="nowrap" align="flex-start">
                            <Text size="sm">{t(`staffing.shift.${s}`)}</Text>
                            {status(shift.carers, day.hasRota)}
                          </Group>
                        ) : null;
                      })}
                      <Group justify="space-between" wrap="nowrap" align="flex-start">
                        <Text size="sm">{t('staffing.view.social')}</Text>
                        {status(day.socialWorkers, day.hasRota)}
                      </Group>
                      <Group justify="space-between" wrap="nowrap" align="flex-start">
                        <Text size="sm">{t('staffing.view.medical')}</Text>
                        {status(day.medicalStaff, day.hasRota)}
                      </Group>
                      <Group justify="flex-end">{detailsButton(d)}</Group>
                    </Stack>
                  ) : null}
                </Card>
              );
            })}
          </Stack>
        )}
        {detail ? <DayDetail day={detail} /> : null}
      </Stack>
    </>
  );
}

/** One day: residents present by ratio group, the carers required, the other staff's ratios. */
function DayDetail({ day }: { day: StaffingDay }) {
  const { t } = useTranslation();
  const dayLabel = useDayLabel();
  const required = day.shifts[0]?.carers.required ?? 0;
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="staffing-detail">
      <Title order={2} size="h4" id="staffing-detail" mb="xs">
        {t('staffing.view.detailTitle', { day: dayLabel(day.date) })}
      </Title>
      <Text size="sm" mb="xs">
        {t('staffing.view.residents', {
          count: day.residents,
          required: formatNumber(required),
        })}
      </Text>
      <Table aria-label={t('staffing.view.groups')}>
        <Table.Caption>{t('staffing.view.groups')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('staffing.view.group')}</Table.Th>
            <Table.Th scope="col">{t('staffing.view.groupResidents')}</Table.Th>
            <Table.Th scope="col">{t('staffing.view.ratio')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {day.groups.map((g) => (
            <Table.Tr key={g.group}>
              <Table.Th scope="row" fw={400}>
                {t(`staffing.view.group_${g.group}`)}
              </Table.Th>
              <Table.Td>{formatNumber(g.residents)}</Table.Td>
              <Table.Td>
                {t('staffing.view.ratioValue', { per: formatNumber(g.perCarer) })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" mt="xs">
        {t('staffing.view.socialRatio', {
          assigned: formatNumber(day.socialWorkers.assigned),
          required: formatNumber(day.socialWorkers.required),
        })}
      </Text>
      <Text size="sm">
        {t('staffing.view.medicalRatio', {
          assigned: formatNumber(day.medicalStaff.assigned),
          required: formatNumber(day.medicalStaff.required),
        })}
      </Text>
    </Card>
  );
}
