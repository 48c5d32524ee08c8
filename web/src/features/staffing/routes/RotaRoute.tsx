import {
  Alert,
  Button,
  Card,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '../../../components/ConflictNotice';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { addDays, weekDays } from '../../../lib/calendar';
import { formatDate, formatNumber } from '../../../lib/format';
import { isApiProblem, isConflict } from '../../../lib/problem';
import {
  roomsQuery,
  rotaQuery,
  SHIFTS,
  staffingDayQuery,
  staffingKeys,
  staffQuery,
  useSaveRota,
  type Shift,
} from '../api/staffing';
import { CellEditor } from '../components/CellEditor';
import { CellSummary } from '../components/CellSummary';
import { WeekNav } from '../components/WeekNav';
import { useDayLabel, useWeekday } from '../lib/labels';
import {
  cellRows,
  copiedWeek,
  draftErrors,
  fromAssignments,
  sameRows,
  serverErrors,
  toBody,
  type DraftRow,
  type RowErrors,
} from '../lib/rota-draft';

/** Whether a refusal names something that is not a row of the week (shown as it is). */
const unplaced = (error: unknown): boolean =>
  !isApiProblem(error) ||
  error.fieldErrors.length === 0 ||
  error.fieldErrors.some((f) => !/^assignments\.\d+\./.test(f.field));

/** What the admin is editing: the week's rows, from the version they were read at. */
interface Draft {
  week: string;
  version: number;
  rows: DraftRow[];
}

type Notice = { kind: 'copied'; count: number; skipped: number } | { kind: 'lastWeekEmpty' } | null;

/**
 * The weekly rota (admin): a grid of days × shifts on a tablet or a desk, a list of days on a
 * phone. Each cell opens its editor; the week is sent at once (PUT, If-Match) with "Lưu lịch
 * tuần". A refusal (422 with the rows named, 412, 409) keeps everything typed.
 */
export function RotaRoute() {
  const { t } = useTranslation();
  const dayLabel = useDayLabel();
  const weekday = useWeekday();
  const queryClient = useQueryClient();
  const wide = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const [week, setWeek] = useState<string | undefined>(undefined);
  const rota = useQuery(rotaQuery(week));
  const staff = useQuery(staffQuery());
  const rooms = useQuery(roomsQuery());
  const monday = rota.data?.weekStart;
  const days = monday ? weekDays(monday) : [];
  const staffing = useQueries({ queries: days.map((d) => staffingDayQuery(d)) });

  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<RowErrors>({});
  const [clientErrorCount, setClientErrorCount] = useState(0);
  const [editing, setEditing] = useState<{ date: string; shift: Shift } | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [savedWeek, setSavedWeek] = useState<string | null>(null);
  const save = useSaveRota();

  const savedRows = useMemo(
    () => (rota.data ? fromAssignments(rota.data.assignments) : []),
    [rota.data],
  );
  const current = draft && draft.week === monday ? draft : null;
  const rows = current?.rows ?? savedRows;
  const dirty = current !== null && !sameRows(current.rows, savedRows);
  const staffById = useMemo(() => new Map((staff.data ?? []).map((u) => [u.id, u])), [staff.data]);
  const roomsById = useMemo(() => new Map((rooms.data ?? []).map((r) => [r.id, r])), [rooms.data]);

  if (rota.isPending) return <Loading />;
  if (rota.error) return <ErrorDisplay error={rota.error} />;
  const start = rota.data.weekStart;
  const range = { from: formatDate(start), to: formatDate(addDays(start, 6)) };

  const edit = (next: DraftRow[]) => {
    setDraft({ week: start, version: current?.version ?? rota.data.version, rows: next });
    setSavedWeek(null);
  };
  const editCell = (date: string, shift: Shift, cell: DraftRow[]) => {
    const touched = new Set(cell.map((r) => r.key));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !touched.has(k))));
    edit([...rows.filter((r) => !(r.date === date && r.shift === shift)), ...cell]);
  };
  const required = (date: string, shift: Shift): number | undefined =>
    staffing[days.indexOf(date)]?.data?.shifts.find((s) => s.shift === shift)?.carers.required;
  const hasErrors = (date: string, shift: Shift) =>
    cellRows(rows, date, shift).some((r) => errors[r.key] !== undefined);

  const copyLastWeek = async () => {
    const last = await queryClient.query(rotaQuery(addDays(start, -7)));
    if (last.assignments.length === 0) {
      setNotice({ kind: 'lastWeekEmpty' });
      return;
    }
    const copied = copiedWeek(last.assignments, new Set(staffById.keys()));
    edit(copied.rows);
    setErrors({});
    setNotice({ kind: 'copied', count: copied.rows.length, skipped: copied.skipped });
  };

  const onSave = () => {
    setNotice(null);
    const local = draftErrors(rows, {
      required: t('staffing.rota.personRequired'),
      duplicate: t('staffing.rota.duplicatePerson'),
    });
    setErrors(local);
    setClientErrorCount(Object.keys(local).length);
    if (Object.keys(local).length > 0) return;
    const sent = rows;
    save.mutate(
      {
        week: start,
        queryWeek: week,
        version: current?.version ?? rota.data.version,
        assignments: toBody(sent),
      },
      {
        onSuccess: (saved) => {
          setDraft(null);
          setErrors({});
          setSavedWeek(saved.weekStart);
        },
        onError: (error) => {
          if (isApiProblem(error)) setErrors(serverErrors(sent, error.fieldErrors));
          // Someone else saved the week: show what is saved now; the draft stays until reload.
          if (isConflict(error))
            void queryClient.invalidateQueries({ queryKey: staffingKeys.rota(week) });
        },
      },
    );
  };

  const reload = () => {
    setDraft(null);
    setErrors({});
    save.reset();
  };

  const errorCount = Object.keys(errors).length;
  const cell = (date: string, shift: Shift) => (
    <CellSummary
      rows={cellRows(rows, date, shift)}
      staff={staffById}
      rooms={roomsById}
      required={required(date, shift)}
      hasErrors={hasErrors(date, shift)}
      editLabel={t('staffing.rota.editLabel', {
        shift: t(`staffing.shift.${shift}`),
        day: dayLabel(date),
      })}
      onEdit={() => {
        setEditing({ date, shift });
      }}
    />
  );

  return (
    <>
      <PageTitle>{t('staffing.rota.title')}</PageTitle>
      <Stack gap="sm">
        <Text size="sm">{t('staffing.rota.intro')}</Text>
        <WeekNav
          monday={start}
          disabled={dirty}
          onChange={(m) => {
            setWeek(m);
            setDraft(null);
            setErrors({});
            setNotice(null);
            setSavedWeek(null);
            save.reset();
          }}
        />
        <Group gap="xs">
          <Button variant="default" mih={44} onClick={() => void copyLastWeek()}>
            {t('staffing.rota.copyLastWeek')}
          </Button>
          <Button mih={44} disabled={!dirty} loading={save.isPending} onClick={onSave}>
            {t('staffing.rota.save')}
          </Button>
          {dirty ? (
            <Button variant="subtle" mih={44} onClick={reload}>
              {t('staffing.rota.discard')}
            </Button>
          ) : null}
        </Group>
        {dirty ? (
          <Text size="sm" fw={600} role="status">
            {t('staffing.rota.unsaved')}
          </Text>
        ) : null}
        {savedWeek === start && !dirty ? (
          <Alert color="teal" role="status" styles={{ message: { color: '#0b5345' } }}>
            {t('staffing.rota.saved', range)}
          </Alert>
        ) : null}
        {notice?.kind === 'copied' ? (
          <Alert color="blue" role="status">
            {notice.skipped > 0
              ? t('staffing.rota.copiedSkipped', {
                  count: notice.count,
                  skipped: formatNumber(notice.skipped),
                })
              : t('staffing.rota.copied', { count: notice.count })}
          </Alert>
        ) : null}
        {notice?.kind === 'lastWeekEmpty' ? (
          <Alert color="gray" role="status">
            {t('staffing.rota.lastWeekEmpty')}
          </Alert>
        ) : null}
        {clientErrorCount > 0 && errorCount > 0 ? (
          <Alert color="red" role="alert" title={t('staffing.rota.errorsTitle')}>
            {t('staffing.rota.clientErrors', { count: clientErrorCount })}
          </Alert>
        ) : null}
        {isConflict(save.error) ? (
          <ConflictNotice
            current={[
              {
                label: t('staffing.rota.conflictCount'),
                value: formatNumber(rota.data.assignments.length),
              },
            ]}
            onReload={reload}
          />
        ) : save.error && clientErrorCount === 0 ? (
          <Alert color="red" role="alert" title={t('staffing.rota.errorsTitle')}>
            {errorCount > 0 ? (
              // The messages sit on their rows (the cells are marked): no field paths here.
              <Text size="sm">{t('staffing.rota.errorsBody', { count: errorCount })}</Text>
            ) : null}
            {errorCount === 0 || unplaced(save.error) ? <ErrorDisplay error={save.error} /> : null}
          </Alert>
        ) : null}
        {rota.data.version === 0 && !dirty ? <Text>{t('staffing.rota.noRota')}</Text> : null}
        {staff.error ? <ErrorDisplay error={staff.error} /> : null}
        {rooms.error ? <ErrorDisplay error={rooms.error} /> : null}
        {wide ? (
          <Table.ScrollContainer
            minWidth={640}
            type="native"
            tabIndex={0}
            role="region"
            aria-label={t('staffing.rota.grid', range)}
          >
            <Table withTableBorder withColumnBorders aria-label={t('staffing.rota.grid', range)}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('staffing.view.day')}</Table.Th>
                  {SHIFTS.map((shift) => (
                    <Table.Th scope="col" key={shift}>
                      {t(`staffing.shift.${shift}`)}
                      <Text size="xs">{t(`staffing.shiftHours.${shift}`)}</Text>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {days.map((d) => (
                  <Table.Tr key={d}>
                    <Table.Th scope="row" style={{ verticalAlign: 'top' }}>
                      {weekday(d)}
                      <br />
                      {formatDate(d)}
                    </Table.Th>
                    {SHIFTS.map((shift) => (
                      <Table.Td
                        key={shift}
                        style={{
                          verticalAlign: 'top',
                          outline: hasErrors(d, shift)
                            ? '2px solid var(--mantine-color-red-9)'
                            : undefined,
                        }}
                      >
                        {cell(d, shift)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {days.map((d) => (
              <Card key={d} withBorder padding="sm" component="section" aria-label={dayLabel(d)}>
                <Title order={2} size="h4" mb="xs">
                  {dayLabel(d)}
                </Title>
                <Stack gap="sm">
                  {SHIFTS.map((shift) => (
                    <Card
                      key={shift}
                      withBorder
                      padding="xs"
                      style={
                        hasErrors(d, shift)
                          ? { borderColor: 'var(--mantine-color-red-9)', borderWidth: 2 }
                          : undefined
                      }
                    >
                      <Title order={3} size="h5" mb={4}>
                        {t(`staffing.shift.${shift}`)}{' '}
                        <Text span size="xs" fw={400}>
                          ({t(`staffing.shiftHours.${shift}`)})
                        </Text>
                      </Title>
                      {cell(d, shift)}
                    </Card>
                  ))}
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => {
          setEditing(null);
        }}
        title={
          editing
            ? t('staffing.rota.cellTitle', {
                shift: t(`staffing.shift.${editing.shift}`),
                day: dayLabel(editing.date),
              })
            : ''
        }
        size="lg"
        fullScreen={phone}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing ? (
          <CellEditor
            date={editing.date}
            shift={editing.shift}
            rows={cellRows(rows, editing.date, editing.shift)}
            errors={errors}
            staff={staff.data ?? []}
            rooms={rooms.data ?? []}
            onChange={(next) => {
              editCell(editing.date, editing.shift, next);
            }}
            onDone={() => {
              setEditing(null);
            }}
          />
        ) : null}
      </Modal>
    </>
  );
}
