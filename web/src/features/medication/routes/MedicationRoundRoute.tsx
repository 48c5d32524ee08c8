import { Alert, Box, Button, Card, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { ErrorDisplay } from '../../../components/ErrorDisplay';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { formatDate } from '../../../lib/format';
import { todayIn } from '../../../lib/today';
import { useOnline } from '../../../lib/use-online';
import { useMedDraft, type DoseEntry } from '../api/draft';
import {
  doseKey,
  enqueueMedBatch,
  flushMedOutbox,
  medBatch,
  removeMedBatch,
  useMedOutbox,
  type MedBatch,
} from '../api/outbox';
import {
  medKeys,
  medRoundQuery,
  useMedOutboxSender,
  type MedAsNeeded,
  type MedDose,
  type MedResident,
} from '../api/queries';
import { DoseBlock, type DoseStatus } from '../components/DoseBlock';
import { FailedBatch } from '../components/FailedBatch';
import { entryOf, isComplete, toRow } from '../lib/dose-entry';

const PRN = 'prn';
const ALL = 'all';

/** The facility's time now, `HH:MM` (the centres' zone, as lib/today counts "today"). */
function timeNow(): string {
  return new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date());
}

/** The slot a round opens on: the last one already due, else the first of the day. */
function defaultSlot(slots: readonly string[]): string | undefined {
  const now = timeNow();
  return [...slots].reverse().find((s) => s <= now) ?? slots[0];
}

interface Shown {
  key: string;
  medicine: MedDose | MedAsNeeded;
  time: string | null;
}

/**
 * The medication round: a time slot and a room, the doses due as large cards, each recorded as
 * given / refused / held / not available. Saving keeps the slot's batch on the device and sends
 * it under the key made with its first entry, at once or when the network returns.
 */
export function MedicationRoundRoute() {
  const { t } = useTranslation();
  const online = useOnline();
  const queryClient = useQueryClient();
  const [search, setSearch] = useSearchParams();
  const date = todayIn();
  const round = useQuery(medRoundQuery(date));
  const { draft, ready, change, clear } = useMedDraft(date);
  const outbox = useMedOutbox();
  const batches = outbox.filter((b) => b.date === date);
  const pending = batches.filter((b) => b.state === 'pending' || b.state === 'sending');
  const failed = batches.filter((b) => b.state === 'failed');
  useMedOutboxSender(pending.length > 0);

  const residents = round.data?.residents ?? [];
  const slots = [...new Set(residents.flatMap((r) => r.doses.map((d) => d.time)))].sort();
  const hasPrn = residents.some((r) => r.asNeeded.length > 0);
  const slotOptions = [...slots, ...(hasPrn ? [PRN] : [])];
  const askedSlot = search.get('slot');
  const slot = slotOptions.find((s) => s === askedSlot) ?? defaultSlot(slots) ?? PRN;
  const rooms = [
    ...new Set(residents.map((r) => r.roomCode).filter((c): c is string => c !== null)),
  ].sort();
  const askedRoom = search.get('room');
  const room = rooms.find((r) => r === askedRoom) ?? ALL;

  const shownOf = (r: MedResident): Shown[] =>
    slot === PRN
      ? r.asNeeded.map((m) => ({ key: doseKey({ ...m, time: null }), medicine: m, time: null }))
      : r.doses
          .filter((d) => d.time === slot)
          .map((d) => ({ key: doseKey(d), medicine: d, time: d.time }));
  const visible = residents
    .filter((r) => room === ALL || r.roomCode === room)
    .map((r) => ({ resident: r, shown: shownOf(r) }))
    .filter((x) => x.shown.length > 0);

  const inBatch = (key: string, b: MedBatch) => b.rows.find((row) => doseKey(row) === key);
  const statusOf = (s: Shown): { status: DoseStatus; saved: DoseEntry | null } => {
    if (
      s.time !== null &&
      batches.some((b) => b.alreadyRecorded?.some((r) => doseKey(r) === s.key))
    )
      return { status: 'already', saved: null };
    // An as-needed dose may be given again: only one still on its way holds its card.
    for (const b of batches) {
      if (b.state === 'failed' || (s.time === null && b.state === 'sent')) continue;
      const row = inBatch(s.key, b);
      if (row) return { status: b.state === 'sent' ? 'sent' : 'unsent', saved: entryOf(row) };
    }
    if ('record' in s.medicine && s.medicine.record) return { status: 'done', saved: null };
    return { status: 'editing', saved: null };
  };

  const editing = visible.flatMap((v) => v.shown).filter((s) => statusOf(s).status === 'editing');
  const toSave = editing
    .map((s) => draft?.entries[s.key])
    .filter((e): e is DoseEntry => e !== undefined && isComplete(e));

  const save = async () => {
    if (!draft || toSave.length === 0) return;
    const savedKeys = new Set(toSave.map((e) => doseKey(e)));
    const keep = Object.fromEntries(
      Object.entries(draft.entries).filter(([k]) => !savedKeys.has(k)),
    );
    await enqueueMedBatch({ key: draft.key, date, rows: toSave.map(toRow) });
    clear(keep);
    await flushMedOutbox();
    await queryClient.invalidateQueries({ queryKey: medKeys.all });
    // A refusal shows above the cards with the service's message; a duplicate on its card.
    const batch = medBatch(draft.key);
    if (!batch || batch.state === 'failed') return;
    const already = batch.alreadyRecorded?.length ?? 0;
    const count = batch.rows.length;
    notifications.show({
      closeButtonProps: { 'aria-label': t('common.close') },
      color: batch.state === 'sent' ? 'teal' : 'orange',
      message:
        batch.state !== 'sent'
          ? t('medication.savedOffline', { count })
          : already > 0
            ? t('medication.savedWithAlready', { count, already })
            : t('medication.savedOnline', { count }),
    });
  };

  /** A refused batch goes back to the entries, to be corrected and saved under a new key. */
  const reopen = async (batch: MedBatch) => {
    const entries: Record<string, DoseEntry> = { ...(draft?.entries ?? {}) };
    for (const row of batch.rows) entries[doseKey(row)] = entryOf(row);
    await removeMedBatch(batch.key);
    clear(entries);
  };

  const setParam = (name: 'slot' | 'room', value: string) => {
    const next = new URLSearchParams(search);
    next.set(name, value);
    setSearch(next, { replace: true });
  };

  return (
    <>
      <PageTitle>{t('medication.title')}</PageTitle>
      <Stack gap="sm">
        <Text>{t('medication.date', { date: formatDate(date) })}</Text>
        {!online ? (
          <Alert color="orange" role="status">
            {t('medication.offline')}
          </Alert>
        ) : null}
        {pending.length > 0 ? (
          <Alert color="orange" role="status">
            {t('medication.unsentCount', { count: pending.length })}
          </Alert>
        ) : null}
        {failed.map((b) => (
          <FailedBatch
            key={b.key}
            batch={b}
            residents={residents}
            onReopen={() => void reopen(b)}
          />
        ))}
        {round.isPending || !ready ? <Loading /> : null}
        {round.error ? <ErrorDisplay error={round.error} /> : null}
        {round.data && slotOptions.length === 0 ? <Text>{t('medication.empty')}</Text> : null}
        {slotOptions.length > 0 ? (
          <ChoiceGroup
            label={t('medication.slot')}
            options={slotOptions}
            value={slot}
            onChange={(value) => {
              setParam('slot', value);
            }}
            labelOf={(s) => (s === PRN ? t('medication.prn.slot') : s)}
          />
        ) : null}
        {rooms.length > 1 ? (
          <ChoiceGroup
            label={t('medication.room')}
            options={[ALL, ...rooms]}
            value={room}
            onChange={(value) => {
              setParam('room', value);
            }}
            labelOf={(r) =>
              r === ALL ? t('medication.allRooms') : t('medication.roomCode', { code: r })
            }
          />
        ) : null}
        {round.data && slotOptions.length > 0 && visible.length === 0 ? (
          <Text>{t('medication.noneInSlot')}</Text>
        ) : null}
        {round.data && visible.length > 0 && editing.length === 0 ? (
          <Text fw={600}>{t('medication.allDone')}</Text>
        ) : null}
        {ready
          ? visible.map(({ resident: r, shown }) => (
              <ResidentDoses key={r.residentId} resident={r}>
                {shown.map((s) => {
                  const { status, saved } = statusOf(s);
                  const record = 'record' in s.medicine ? s.medicine.record : null;
                  return (
                    <DoseBlock
                      key={s.key}
                      medicine={s.medicine}
                      time={s.time}
                      status={status}
                      entry={draft?.entries[s.key] ?? null}
                      saved={saved}
                      record={record}
                      onChange={(entry) => {
                        change(s.key, entry);
                      }}
                    />
                  );
                })}
              </ResidentDoses>
            ))
          : null}
        {visible.length > 0 ? (
          <Box pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)" style={{ zIndex: 2 }}>
            <Button fullWidth h={52} disabled={toSave.length === 0} onClick={() => void save()}>
              {toSave.length > 0
                ? t('medication.save', { count: toSave.length })
                : t('medication.saveNothing')}
            </Button>
          </Box>
        ) : null}
      </Stack>
    </>
  );
}

function ResidentDoses({
  resident: r,
  children,
}: {
  resident: MedResident;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const nameId = useId();
  const name = r.preferredName ? `${r.fullName} (${r.preferredName})` : r.fullName;
  const where = [
    r.roomCode ? t('medication.roomCode', { code: r.roomCode }) : null,
    r.bed ? t('medication.bed', { bed: r.bed }) : null,
  ].filter((x): x is string => x !== null);
  return (
    <Card withBorder padding="sm" radius="md" component="section" aria-labelledby={nameId}>
      <Title order={2} size="h4" id={nameId}>
        {name}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {where.join(' · ')}
      </Text>
      <Stack gap="xs">{children}</Stack>
    </Card>
  );
}
