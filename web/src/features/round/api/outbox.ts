import { useEffect, useSyncExternalStore } from 'react';
import { api, unwrap } from '../../../lib/api';
import { onDeviceCleared } from '../../../lib/device';
import { ApiProblem, isApiProblem, type Problem } from '../../../lib/problem';
import { readDevice, readDeviceAll, writeDevice } from '../../../lib/device-store';
import type { IncidentBody, RoundRow, Shift } from './types';

/**
 * The round's outbox: each saved round (a batch) and each incident report is kept on the device
 * (IndexedDB) until the service has it. Its Idempotency-Key was made with the entries (the
 * incident form's when the form was opened) and travels with it, so one sent twice (the answer
 * lost on a dropping line, a reload) is stored once.
 */
export type BatchState = 'pending' | 'sending' | 'sent' | 'failed';

interface Queued {
  key: string;
  roomId: string;
  madeAt: string;
  state: BatchState;
  /** Why the service refused it (a 4xx): its problem body, shown to the caretaker. */
  failure?: { status: number; problem: Problem | null };
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

const OUTBOX_KEY = 'outbox';
/** Sent batches are kept two days, to show "đã gửi" on the cards of the day. */
const KEEP_SENT_MS = 2 * 24 * 60 * 60 * 1000;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isItems = (x: unknown): x is OutboxItem[] =>
  Array.isArray(x) &&
  x.every(
    (b) =>
      isObject(b) &&
      typeof b.key === 'string' &&
      (b.kind === 'incident' ? isObject(b.body) : Array.isArray(b.rows)),
  );

let batches: readonly OutboxItem[] = [];
let loaded: Promise<void> | null = null;
let writing: Promise<void> = Promise.resolve();
const listeners = new Set<() => void>();

function publish(next: readonly OutboxItem[]): Promise<void> {
  batches = next;
  for (const listener of listeners) listener();
  const copy = [...next];
  writing = writing.then(() => writeDevice(OUTBOX_KEY, copy));
  return writing;
}

function update(key: string, change: Pick<Queued, 'state' | 'failure'>): Promise<void> {
  return publish(batches.map((b) => (b.key === key ? { ...b, ...change } : b)));
}

// Signed out (or another person signed in): what this module holds goes with the device's copy.
onDeviceCleared(() => {
  batches = [];
  loaded = null;
  writing = Promise.resolve();
  for (const listener of listeners) listener();
});

export function loadOutbox(): Promise<void> {
  loaded ??= (async () => {
    const stored = (await readDevice(OUTBOX_KEY, isItems)) ?? [];
    const now = Date.now();
    batches = stored
      .filter((b) => b.state !== 'sent' || now - Date.parse(b.madeAt) < KEEP_SENT_MS)
      // A batch cut off while sending is sent again: its key makes that safe.
      .map((b) => (b.state === 'sending' ? { ...b, state: 'pending' as const } : b));
    for (const listener of listeners) listener();
  })();
  return loaded;
}

/** Keeps a saved round on the device; `flushOutbox` sends it. */
export async function enqueueBatch(batch: Omit<OutboxBatch, 'state' | 'madeAt'>): Promise<void> {
  await loadOutbox();
  await publish([...batches, { ...batch, state: 'pending', madeAt: new Date().toISOString() }]);
}

/**
 * Keeps an incident report on the device; `flushOutbox` sends it. The same key again (the form
 * submitted twice) replaces the one waiting, still under that one key.
 */
export async function enqueueIncident(
  incident: Omit<OutboxIncident, 'state' | 'madeAt' | 'kind'>,
): Promise<void> {
  await loadOutbox();
  const item: OutboxIncident = {
    ...incident,
    kind: 'incident',
    state: 'pending',
    madeAt: new Date().toISOString(),
  };
  await publish([...batches.filter((b) => b.key !== incident.key), item]);
}

/** The item under this key, as the outbox has it now. */
export function outboxItem(key: string): OutboxItem | undefined {
  return batches.find((b) => b.key === key);
}

/**
 * What waits on the device and would be lost if it were wiped now (sign-out warns): batches and
 * reports not on the service, and residents' entries tapped but not saved yet.
 */
export async function unsentOnDevice(): Promise<number> {
  await loadOutbox();
  const drafts = await readDeviceAll('draft:');
  const tapped = drafts.reduce<number>(
    (sum, d) => sum + (isObject(d) && isObject(d.entries) ? Object.keys(d.entries).length : 0),
    0,
  );
  return batches.filter((b) => b.state !== 'sent').length + tapped;
}

/** Takes a refused item off the outbox (a batch's rows go back to the entries to be corrected). */
export async function removeBatch(key: string): Promise<void> {
  await publish(batches.filter((b) => b.key !== key));
}

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

let flushing: Promise<number> | null = null;

/**
 * Sends every pending batch and incident report, oldest first, each with its own Idempotency-Key.
 * Stops at the first network failure (the rest would fail too) and leaves it pending; a refusal
 * (4xx) is kept with its problem for the caretaker. Answers how many were sent.
 */
export function flushOutbox(): Promise<number> {
  flushing ??= (async () => {
    await loadOutbox();
    let sent = 0;
    // Items queued while this runs are sent in the same pass (the incident form awaits it).
    const tried = new Set<string>();
    for (;;) {
      const batch = batches.find((b) => b.state === 'pending' && !tried.has(b.key));
      if (!batch) break;
      tried.add(batch.key);
      await update(batch.key, { state: 'sending' });
      try {
        await send(batch);
        await update(batch.key, { state: 'sent' });
        sent++;
      } catch (error) {
        const retryLater =
          !isApiProblem(error) ||
          error.isNetwork ||
          error.status >= 500 ||
          error.status === 401 ||
          error.status === 429;
        if (retryLater) {
          await update(batch.key, { state: 'pending' });
          break;
        }
        await update(batch.key, {
          state: 'failed',
          failure: { status: error.status, problem: error.problem },
        });
      }
    }
    return sent;
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

/** The failure of a refused item as the ApiProblem <ErrorDisplay> shows. */
export function failureProblem(batch: OutboxItem): ApiProblem | null {
  if (!batch.failure) return null;
  return ApiProblem.fromResponse(
    new Response(null, { status: batch.failure.status }),
    batch.failure.problem,
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Every batch and incident report on the device (loading them on first use). */
export function useOutbox(): readonly OutboxItem[] {
  useEffect(() => {
    void loadOutbox();
  }, []);
  return useSyncExternalStore(subscribe, () => batches);
}
