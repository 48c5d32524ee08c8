import {
  Button,
  Card,
  Drawer,
  Group,
  Menu,
  NativeSelect,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { formatDate } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import {
  roomsQuery,
  SCHEDULE_KINDS,
  WORKLIST_STATUSES,
  worklistQuery,
  type ScheduleKind,
  type WorklistFilters,
  type WorklistItem,
  type WorklistStatus,
} from '../api/worklist';
import { ExamForm, MeasurementForm, VaccinationForm } from '../components/RecordForms';

type Recording = { item: WorklistItem; what: 'exam' | 'vaccination' | 'measurement' };

const isStatus = (v: string): v is WorklistStatus =>
  (WORKLIST_STATUSES as readonly string[]).includes(v);
const isKind = (v: string): v is ScheduleKind => (SCHEDULE_KINDS as readonly string[]).includes(v);

/** The nurse's worklist (overdue / due today / upcoming), each row recordable in a drawer. */
export function WorklistRoute() {
  const { t } = useTranslation();
  const session = useSession();
  // Only the nurse records exams, doses and measurements (the API refuses the admin's).
  const mayRecord = session?.user.role === 'nurse';
  const [filters, setFilters] = useState<WorklistFilters>({
    status: 'overdue',
    kind: null,
    room: null,
  });
  const [recording, setRecording] = useState<Recording | null>(null);
  const list = useInfiniteQuery(worklistQuery(filters));
  const rooms = useQuery(roomsQuery());
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  // A phone gets one card per task; a tablet or desk the table (it needs ~720 px).
  const wide = useMediaQuery('(min-width: 48em)', true);

  const task = (item: WorklistItem) =>
    item.kind === 'vaccination' && item.vaccineCode
      ? t('worklist.vaccineDose', {
          vaccine: item.vaccineName ?? item.vaccineCode,
          dose: String(item.doseNo ?? ''),
        })
      : t(`worklist.kinds.${item.kind}`);
  const lateness = (item: WorklistItem) =>
    item.daysOverdue > 0
      ? t('worklist.daysLate', { days: item.daysOverdue })
      : item.daysOverdue < 0
        ? t('worklist.daysLeft', { days: -item.daysOverdue })
        : t('worklist.dueToday');

  return (
    <>
      <PageTitle>{t('pages.worklist.title')}</PageTitle>
      <Stack gap="md">
        <Group align="flex-end" gap="md" role="group" aria-label={t('worklist.filters')}>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="worklist-status">
              {t('worklist.status')}
            </Text>
            <SegmentedControl
              aria-labelledby="worklist-status"
              orientation={wide ? 'horizontal' : 'vertical'}
              fullWidth={!wide}
              value={filters.status}
              onChange={(v) => {
                if (isStatus(v)) setFilters((f) => ({ ...f, status: v }));
              }}
              data={WORKLIST_STATUSES.map((s) => ({
                value: s,
                label: t(`worklist.statuses.${s}`),
              }))}
            />
          </Stack>
          <NativeSelect
            label={t('worklist.kind')}
            value={filters.kind ?? ''}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setFilters((f) => ({ ...f, kind: isKind(v) ? v : null }));
            }}
            data={[
              { value: '', label: t('worklist.allKinds') },
              ...SCHEDULE_KINDS.map((k) => ({ value: k, label: t(`worklist.kinds.${k}`) })),
            ]}
          />
          {rooms.data && rooms.data.length > 0 ? (
            <NativeSelect
              label={t('worklist.room')}
              value={filters.room ?? ''}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setFilters((f) => ({ ...f, room: v === '' ? null : v }));
              }}
              data={[
                { value: '', label: t('worklist.allRooms') },
                ...rooms.data
                  .filter((r) => r.active)
                  .map((r) => ({
                    value: r.code,
                    label: t('worklist.roomOption', { code: r.code, name: r.name }),
                  })),
              ]}
            />
          ) : null}
        </Group>

        {list.error ? <ErrorDisplay error={list.error} /> : null}
        {list.isPending ? <Loading /> : null}
        {list.isSuccess && items.length === 0 ? <Text>{t('worklist.empty')}</Text> : null}
        {items.length > 0 && !wide ? (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((item) => (
              <Card key={item.scheduleId} component="li" withBorder padding="sm">
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                  <div>
                    <Text fw={600}>{item.residentName}</Text>
                    <Text size="xs" c="dimmed">
                      {item.residentCode} ·{' '}
                      {item.roomCode
                        ? t('worklist.roomShort', { code: item.roomCode })
                        : t('worklist.noRoom')}
                    </Text>
                  </div>
                  <Lateness item={item} text={lateness(item)} />
                </Group>
                <Text mt={4}>{task(item)}</Text>
                <Text size="sm" c="dimmed" mb="xs">
                  {t('worklist.dueOn', { date: formatDate(item.nextDueOn) })}
                </Text>
                <TaskActions item={item} mayRecord={mayRecord} onRecord={setRecording} />
              </Card>
            ))}
          </Stack>
        ) : null}
        {items.length > 0 && wide ? (
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover={false} verticalSpacing="sm">
              <Table.Caption>
                {t('worklist.caption', { status: t(`worklist.statuses.${filters.status}`) })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('worklist.columns.resident')}</Table.Th>
                  <Table.Th scope="col">{t('worklist.columns.room')}</Table.Th>
                  <Table.Th scope="col">{t('worklist.columns.task')}</Table.Th>
                  <Table.Th scope="col">{t('worklist.columns.due')}</Table.Th>
                  <Table.Th scope="col">{t('worklist.columns.lateness')}</Table.Th>
                  <Table.Th scope="col">{t('worklist.columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => (
                  <Table.Tr key={item.scheduleId}>
                    <Table.Th scope="row" fw={500}>
                      <Text fw={600}>{item.residentName}</Text>
                      <Text size="xs" c="dimmed">
                        {item.residentCode}
                      </Text>
                    </Table.Th>
                    <Table.Td>{item.roomCode ?? t('worklist.noRoom')}</Table.Td>
                    <Table.Td>{task(item)}</Table.Td>
                    <Table.Td>{formatDate(item.nextDueOn)}</Table.Td>
                    <Table.Td>
                      <Lateness item={item} text={lateness(item)} />
                    </Table.Td>
                    <Table.Td>
                      <TaskActions item={item} mayRecord={mayRecord} onRecord={setRecording} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
        {list.hasNextPage ? (
          <Button
            variant="default"
            h={44}
            loading={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            {t('worklist.loadMore')}
          </Button>
        ) : null}
      </Stack>

      <Drawer
        opened={recording !== null}
        onClose={() => {
          setRecording(null);
        }}
        position="right"
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={
          recording
            ? t(`worklist.${recording.what}.title`, { name: recording.item.residentName })
            : ''
        }
      >
        {recording?.what === 'exam' ? (
          <ExamForm
            item={recording.item}
            onDone={() => {
              setRecording(null);
            }}
          />
        ) : null}
        {recording?.what === 'vaccination' ? (
          <VaccinationForm
            item={recording.item}
            onDone={() => {
              setRecording(null);
            }}
          />
        ) : null}
        {recording?.what === 'measurement' ? (
          <MeasurementForm
            item={recording.item}
            onDone={() => {
              setRecording(null);
            }}
          />
        ) : null}
      </Drawer>
    </>
  );
}

function Lateness({ item, text }: { item: WorklistItem; text: string }) {
  return (
    <Text
      size="sm"
      fw={item.daysOverdue >= 0 ? 600 : 400}
      c={item.daysOverdue > 0 ? 'red.9' : item.daysOverdue === 0 ? 'orange.9' : undefined}
      style={{ whiteSpace: 'nowrap' }}
    >
      {text}
    </Text>
  );
}

/** Record (the nurse only) and the menu of a task's other pages. */
function TaskActions({
  item,
  mayRecord,
  onRecord,
}: {
  item: WorklistItem;
  mayRecord: boolean;
  onRecord: (r: Recording) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      {mayRecord ? (
        <Button
          size="sm"
          h={44}
          aria-label={
            item.kind === 'vaccination'
              ? t('worklist.recordVaccinationFor', { name: item.residentName })
              : t('worklist.recordExamFor', { name: item.residentName })
          }
          onClick={() => {
            onRecord({
              item,
              what: item.kind === 'vaccination' ? 'vaccination' : 'exam',
            });
          }}
        >
          {item.kind === 'vaccination' ? t('worklist.recordVaccination') : t('worklist.recordExam')}
        </Button>
      ) : null}
      <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
        <Menu.Target>
          <Button
            size="sm"
            h={44}
            variant="default"
            aria-label={t('worklist.moreFor', { name: item.residentName })}
          >
            {t('worklist.more')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {mayRecord ? (
            <Menu.Item
              onClick={() => {
                onRecord({ item, what: 'measurement' });
              }}
            >
              {t('worklist.recordMeasurement')}
            </Menu.Item>
          ) : null}
          <Menu.Item component={Link} to={`/growth/${item.residentId}`}>
            {t('worklist.growthChart')}
          </Menu.Item>
          <Menu.Item component={Link} to={`/nutrition/${item.residentId}`}>
            {t('worklist.nutritionPlan')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
