import { api, unwrap } from '../../../lib/api';
import { draftEntriesOnDevice } from '../../../lib/draft-store';
import { createOutbox, type OutboxState, type QueuedItem } from '../../../lib/offline-outbox';
import type { IncidentBody, RoundRow, Shift } from './types';

/**
 * The round's outbox: each saved round (a batch) and each incident report is kept on the device
 * (IndexedDB) until the service has it. Its Idempotency-Key was made with the entries (the
 * incident form's when the form was opened) and travels with it, so one sent twice (the answer
 * lost on a dropping line, a reload) is stored once. The outbox itself is lib/offline-outbox.ts;
 * its items are stored under `outbox`, as before it was shared.
 */
export type BatchState = OutboxState;

interface Queued extends QueuedItem {
  roomId: string;
}

/** A room's round for one shift (stored before incidents were queued too: no `kind`). */
export interface OutboxBatch extends Queued {
  kind?: 'round';
  date: string;
  shift: Shift;
  rows: RoundRow[];
}

/** An incident report of a resident of the room. */
export interface OutboxIncident extends Queued {
  kind: 'incident';
  residentId: string;
  body: IncidentBody;
}

export type OutboxItem = OutboxBatch | OutboxIncident;

export const isRoundBatch = (item: OutboxItem): item is OutboxBatch => item.kind !== 'incident';
export const isIncident = (item: OutboxItem): item is OutboxIncident => item.kind === 'incident';
/** Not on the service yet (a refused one is not counted: it waits for the caretaker). */
export const isUnsent = (item: OutboxItem): boolean =>
  item.state === 'pending' || item.state === 'sending';

/**
 * A row without the medication fields, which the service refuses since the medication round
 * records every dose (a batch queued on the device before that change still goes through).
 */
function withoutMedication(row: RoundRow): RoundRow {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- taken off, never sent
  const { medicationGiven: _given, medicationNote: _note, ...rest } = row;
  return rest;
}

function send(item: OutboxItem): Promise<unknown> {
  const header = { 'Idempotency-Key': item.key };
  if (isIncident(item)) {
    return unwrap(
      api.POST('/api/v1/residents/{id}/incidents', {
        params: { path: { id: item.residentId }, header },
        body: item.body,
      }),
    );
  }
  return unwrap(
    api.POST('/api/v1/daily-records/batch', {
      body: { recordDate: item.date, shift: item.shift, rows: item.rows.map(withoutMedication) },
      params: { header },
    }),
  );
}

export const roundOutbox = createOutbox<OutboxItem>({
  storeKey: 'outbox',
  isItem: (b) =>
    b.kind === 'incident' ? typeof b.body === 'object' && b.body !== null : Array.isArray(b.rows),
  send,
});

export const loadOutbox = roundOutbox.load;
export const flushOutbox = roundOutbox.flush;
export const removeBatch = roundOutbox.remove;
export { failureProblem } from '../../../lib/offline-outbox';

/** Keeps a saved round on the device; `flushOutbox` sends it. */
export function enqueueBatch(batch: Omit<OutboxBatch, 'state' | 'madeAt'>): Promise<void> {
  return roundOutbox.enqueue(batch);
}

/**
 * Keeps an incident report on the device; `flushOutbox` sends it. The same key again (the form
 * submitted twice) replaces the one waiting, still under that one key.
 */
export function enqueueIncident(
  incident: Omit<OutboxIncident, 'state' | 'madeAt' | 'kind'>,
): Promise<void> {
  return roundOutbox.enqueue({ ...incident, kind: 'incident' }, { replace: true });
}

/** The item under this key, as the outbox has it now. */
export function outboxItem(key: string): OutboxItem | undefined {
  return roundOutbox.find((b) => b.key === key);
}

/**
 * What waits on the device and would be lost if it were wiped now (sign-out warns): batches and
 * reports not on the service, and entries tapped but not saved yet (every draft, the medication
 * round's too).
 */
export async function unsentOnDevice(): Promise<number> {
  const [queued, tapped] = await Promise.all([roundOutbox.unsent(), draftEntriesOnDevice()]);
  return queued + tapped;
}

/** Every batch and incident report on the device (loading them on first use). */
export function useOutbox(): readonly OutboxItem[] {
  return roundOutbox.useItems();
}
