import { useEffect, useSyncExternalStore } from 'react';
import { api, unwrap } from '../../../lib/api';
import { ApiProblem, isApiProblem, type Problem } from '../../../lib/problem';
import { readDevice, writeDevice } from './device-store';
import type { RoundRow, Shift } from './types';

/**
 * The round's outbox: each saved round is a batch kept on the device (IndexedDB) until the
 * service has it. Its Idempotency-Key was made with the entries and travels with the batch, so a
 * batch sent twice (the answer lost on a dropping line, a reload) is stored once.
 */
export type BatchState = 'pending' | 'sending' | 'sent' | 'failed';

export interface OutboxBatch {
  key: string;
  roomId: string;
  date: string;
  shift: Shift;
  rows: RoundRow[];
  madeAt: string;
  state: BatchState;
  /** Why the service refused it (a 4xx): its problem body, shown to the caretaker. */
  failure?: { status: number; problem: Problem | null };
}

const OUTBOX_KEY = 'outbox';
/** Sent batches are kept two days, to show "đã gửi" on the cards of the day. */
const KEEP_SENT_MS = 2 * 24 * 60 * 60 * 1000;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isBatches = (x: unknown): x is OutboxBatch[] =>
  Array.isArray(x) &&
  x.every((b) => isObject(b) && typeof b.key === 'string' && Array.isArray(b.rows));

let batches: readonly OutboxBatch[] = [];
let loaded: Promise<void> | null = null;
let writing: Promise<void> = Promise.resolve();
const listeners = new Set<() => void>();

function publish(next: readonly OutboxBatch[]): Promise<void> {
  batches = next;
  for (const listener of listeners) listener();
  const copy = [...next];
  writing = writing.then(() => writeDevice(OUTBOX_KEY, copy));
  return writing;
}

function update(key: string, change: Partial<OutboxBatch>): Promise<void> {
  return publish(batches.map((b) => (b.key === key ? { ...b, ...change } : b)));
}

export function loadOutbox(): Promise<void> {
  loaded ??= (async () => {
    const stored = (await readDevice(OUTBOX_KEY, isBatches)) ?? [];
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

/** Takes a refused batch off the outbox (its rows go back to the entries to be corrected). */
export async function removeBatch(key: string): Promise<void> {
  await publish(batches.filter((b) => b.key !== key));
}

let flushing: Promise<number> | null = null;

/**
 * Sends every pending batch, oldest first, each with its own Idempotency-Key. Stops at the first
 * network failure (the rest would fail too) and leaves it pending; a refusal (4xx) is kept with its
 * problem for the caretaker. Answers how many batches were sent.
 */
export function flushOutbox(): Promise<number> {
  flushing ??= (async () => {
    await loadOutbox();
    let sent = 0;
    for (const batch of batches.filter((b) => b.state === 'pending')) {
      await update(batch.key, { state: 'sending' });
      try {
        await unwrap(
          api.POST('/api/v1/daily-records/batch', {
            body: { recordDate: batch.date, shift: batch.shift, rows: batch.rows },
            params: { header: { 'Idempotency-Key': batch.key } },
          }),
        );
        await update(batch.key, { state: 'sent' });
        sent++;
      } catch (error) {
        const retryLater =
          !isApiProblem(error) || error.isNetwork || error.status >= 500 || error.status === 401;
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

/** The failure of a refused batch as the ApiProblem <ErrorDisplay> shows. */
export function failureProblem(batch: OutboxBatch): ApiProblem | null {
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

/** Every batch on the device (loading them on first use). */
export function useOutbox(): readonly OutboxBatch[] {
  useEffect(() => {
    void loadOutbox();
  }, []);
  return useSyncExternalStore(subscribe, () => batches);
}
