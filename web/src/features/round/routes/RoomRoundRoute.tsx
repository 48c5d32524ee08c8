import { Alert, Anchor, Box, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { formatDate } from '../../../lib/format';
import { useDraft } from '../api/draft';
import {
  enqueueBatch,
  failureProblem,
  flushOutbox,
  isIncident,
  isRoundBatch,
  isUnsent,
  removeBatch,
  useOutbox,
} from '../api/outbox';
import {
  facilityQuery,
  roomResidentsQuery,
  roomsQuery,
  roundKeys,
  roundViewQuery,
} from '../api/queries';
import { SHIFTS, type Shift } from '../api/types';
import { useOutboxSender } from '../api/use-outbox-sender';
import { HandoverNotes } from '../components/HandoverNotes';
import { ResidentCard, type CardStatus } from '../components/ResidentCard';
import { EMPTY_ENTRY, entryOf, isEmptyEntry, toRow, type Entry } from '../lib/round-entry';
import { facilityNow, previousShift, shiftAt, shiftDate } from '../lib/shift-clock';
import { useOnline } from '../../../lib/use-online';

const isShift = (x: string | null): x is Shift => SHIFTS.some((s) => s === x);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A room's round for one shift: every resident as a card, one Save for the room. */
export function RoomRoundRoute() {
  const { t } = useTranslation();
  const { roomId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const queryClient = useQueryClient();
  const online = useOnline();

  const facility = useQuery(facilityQuery());
  const rooms = useQuery(roomsQuery());
  const now = facilityNow(facility.data?.timezone ?? 'Asia/Ho_Chi_Minh');
  const asked = search.get('shift');
  const shift: Shift = isShift(asked) ? asked : shiftAt(now.hour);
  const askedDate = search.get('date');
  const date = askedDate && ISO_DATE.test(askedDate) ? askedDate : shiftDate(shift, now);
  const before = previousShift(shift, date);

  const view = useQuery(roundViewQuery(roomId, date, shift));
  const previous = useQuery(roundViewQuery(roomId, before.date, before.shift));
  const residents = useQuery(roomResidentsQuery(roomId));
  const { draft, ready, change, clear } = useDraft(roomId, date, shift);
  const outbox = useOutbox();
  const batches = outbox
    .filter(isRoundBatch)
    .filter((b) => b.roomId === roomId && b.date === date && b.shift === shift);
  const pending = batches.filter(isUnsent);
  const failed = batches.filter((b) => b.state === 'failed');
  const incidents = outbox.filter(isIncident).filter((i) => i.roomId === roomId);
  const incidentsUnsent = incidents.filter(isUnsent);
  const incidentsFailed = incidents.filter((i) => i.state === 'failed');
  useOutboxSender(pending.length + incidentsUnsent.length > 0);

  const room = rooms.data?.find((r) => r.id === roomId);
  const shiftName = t(`round.shift.${shift}`);
  const items = view.data?.items ?? [];

  const statusOf = (
    residentId: string,
    recorded: boolean,
  ): { status: CardStatus; saved: Entry | null } => {
    const batch = batches.find(
      (b) => b.state !== 'failed' && b.rows.some((r) => r.residentId === residentId),
    );
    const row = batch?.rows.find((r) => r.residentId === residentId);
    if (batch && row)
      return { status: batch.state === 'sent' ? 'sent' : 'unsent', saved: entryOf(row) };
    const record = view.data?.items
      .find((i) => i.residentId === residentId)
      ?.records.find((r) => r.shift === shift);
    if (recorded && record) return { status: 'done', saved: entryOf(record) };
    return { status: 'editing', saved: null };
  };
  const cards = items.map((item) => ({
    item,
    ...statusOf(
      item.residentId,
      item.records.some((r) => r.shift === shift),
    ),
    entry: draft?.entries[item.residentId] ?? EMPTY_ENTRY,
  }));
  const toSave = cards.filter((c) => c.status === 'editing' && !isEmptyEntry(c.entry));

  const save = async () => {
    if (!draft || toSave.length === 0) return;
    const rows = toSave.map((c) => toRow(c.item.residentId, c.entry));
    await enqueueBatch({ key: draft.key, roomId, date, shift, rows });
    clear();
    const sent = await flushOutbox();
    if (sent > 0) {
      notifications.show({
        closeButtonProps: { 'aria-label': t('common.close') },
        color: 'teal',
        message: t('round.savedOnline', { count: rows.length }),
      });
      await queryClient.invalidateQueries({ queryKey: roundKeys.all });
    } else {
      notifications.show({
        closeButtonProps: { 'aria-label': t('common.close') },
        color: 'orange',
        message: t('round.savedOffline', { count: rows.length }),
      });
    }
  };

  /** A refused batch goes back to the entries, to be corrected and saved under a new key. */
  const reopen = async (key: string) => {
    const batch = failed.find((b) => b.key === key);
    if (!batch) return;
    const entries: Record<string, Entry> = { ...(draft?.entries ?? {}) };
    for (const row of batch.rows) entries[row.residentId] = entryOf(row);
    await removeBatch(key);
    clear(entries);
  };

  const title = t('round.title', { code: room?.code ?? '…', shift: shiftName });
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap={0}>
          <Anchor component={Link} to="/round" py={10}>
            {t('round.back')}
          </Anchor>
          <Anchor component={Link} to={`/round/${roomId}/incident`} py={10}>
            {t('round.incidentLink')}
          </Anchor>
        </Group>
        <Text>{t('round.date', { date: formatDate(date) })}</Text>
        <SegmentedControl
          fullWidth
          aria-label={t('round.shift.label')}
          value={shift}
          onChange={(value) => {
            if (!isShift(value)) return;
            setSearch({ shift: value, date: shiftDate(value, now) }, { replace: true });
          }}
          data={SHIFTS.map((s) => ({ value: s, label: t(`round.shift.${s}`) }))}
          styles={{
            label: {
              minHeight: 44,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
            },
          }}
        />
        {!online ? (
          <Alert color="orange" role="status">
            {t('round.offline')}
          </Alert>
        ) : null}
        {pending.length > 0 ? (
          <Alert color="orange" role="status">
            {t('round.unsentCount', { count: pending.length })}
          </Alert>
        ) : null}
        {incidentsUnsent.length > 0 ? (
          <Alert color="orange" role="status">
            {t('round.incident.unsentCount', { count: incidentsUnsent.length })}
          </Alert>
        ) : null}
        {incidentsFailed.map((i) => (
          <Stack key={i.key} gap="xs">
            <Text fw={600}>{t('round.incident.failed')}</Text>
            <ErrorDisplay error={failureProblem(i)} />
            <Button variant="default" h={44} onClick={() => void removeBatch(i.key)}>
              {t('round.incident.discard')}
            </Button>
          </Stack>
        ))}
        {failed.map((b) => (
          <Stack key={b.key} gap="xs">
            <Text fw={600}>{t('round.failed')}</Text>
            <ErrorDisplay error={failureProblem(b)} />
            <Button variant="default" h={44} onClick={() => void reopen(b.key)}>
              {t('round.fixFailed')}
            </Button>
          </Stack>
        ))}
        <HandoverNotes view={previous.data} shift={before.shift} date={before.date} />
        {view.isPending || !ready ? <Loading /> : null}
        {view.error ? <ErrorDisplay error={view.error} /> : null}
        {view.data && items.length === 0 ? <Text>{t('round.empty')}</Text> : null}
        {view.data && items.length > 0 && cards.every((c) => c.status !== 'editing') ? (
          <Text fw={600}>{t('round.allDone')}</Text>
        ) : null}
        {ready
          ? cards.map((c) => (
              <ResidentCard
                key={c.item.residentId}
                item={c.item}
                brief={residents.data?.find((r) => r.id === c.item.residentId)}
                shift={shift}
                status={c.status}
                entry={c.entry}
                saved={c.saved}
                onChange={(entry) => {
                  change(c.item.residentId, entry);
                }}
              />
            ))
          : null}
        {view.data && items.length > 0 ? (
          <Box pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)" style={{ zIndex: 2 }}>
            <Button fullWidth h={52} disabled={toSave.length === 0} onClick={() => void save()}>
              {toSave.length > 0
                ? t('round.save', { count: toSave.length })
                : t('round.saveNothing')}
            </Button>
          </Box>
        ) : null}
      </Stack>
    </>
  );
}
