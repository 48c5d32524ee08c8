import { useEffect, useSyncExternalStore } from 'react';
import type { components } from '../../../api/schema';
import { api, unwrap } from '../../../lib/api';
import { onDeviceCleared } from '../../../lib/device';
import { readDevice, writeDevice } from '../../../lib/device-store';
import { ApiProblem, isApiProblem, type Problem } from '../../../lib/problem';

export type DoseRow = components['schemas']['DoseRowDto'];

/**
 * The medication round's outbox, as the daily round's (features/round/api/outbox.ts): each saved
 * slot is a batch kept on the device (IndexedDB) until the service has it, sent under the
 * Idempotency-Key made with its first entry, so a batch sent twice (an answer lost, a reload) is
 * recorded once.
 *
 * A batch refused because some of its doses were recorded meanwhile (409 `alreadyRecorded`:
 * someone else gave them) saved nothing: those doses are kept aside as "already recorded" and the
 * others are sent again under a key derived from the first (a new batch, itself sent once).
 */
export type MedBatchState = 'pending' | 'sending' | 'sent' | 'failed';

export interface MedBatch {
  key: string;
  date: string;
  madeAt: string;
  state: MedBatchState;
  rows: DoseRow[];
  /** Rows the service already had from someone else (its 409): shown as "already recorded". */
  alreadyRecorded?: DoseRow[];
  /** Why the service refused it (a 4xx): its problem body. */
  failure?: { status: number; problem: Problem | null };
}

const OUTBOX_KEY = 'med-outbox';
const KEEP_SENT_MS = 2 * 24 * 60 * 60 * 1000;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isBatches = (x: unknown): x is MedBatch[] =>
  Array.isArray(x) &&
  x.every((b) => isObject(b) && typeof b.key === 'string' && Array.isArray(b.rows));

/** The key of one dose on the screen and in the outbox: a scheduled time, or an as-needed dose. */
export const doseKey = (row: { prescriptionId: string; time?: string | null }): string =>
  `${row.prescriptionId}@${row.time ?? 'prn'}`;

let batches: readonly MedBatch[] = [];
let loaded: Promise<void> | null = null;
let writing: Promise<void> = Promise.resolve();
const listeners = new Set<() => void>();

function publish(next: readonly MedBatch[]): Promise<void> {
  batches = next;
  for (const listener of listeners) listener();
  const copy = [...next];
  writing = writing.then(() => writeDevice(OUTBOX_KEY, copy));
  return writing;
}

function update(key: string, change: Partial<MedBatch>): Promise<void> {
  return publish(batches.map((b) => (b.key === key ? { ...b, ...change } : b)));
}

onDeviceCleared(() => {
  batches = [];
  loaded = null;
  writing = Promise.resolve();
  for (const listener of listeners) listener();
});

export function loadMedOutbox(): Promise<void> {
  loaded ??= (async () => {
    const stored = (await readDevice(OUTBOX_KEY, isBatches)) ?? [];
    const now = Date.now();
    batches = stored
      .filter((b) => b.state !== 'sent' || now - Date.parse(b.madeAt) < KEEP_SENT_MS)
      .map((b) => (b.state === 'sending' ? { ...b, state: 'pending' as const } : b));
    for (const listener of listeners) listener();
  })();
  return loaded;
}

export async function enqueueMedBatch(
  batch: Pick<MedBatch, 'key' | 'date' | 'rows'>,
): Promise<void> {
  await loadMedOutbox();
  await publish([
    ...batches.filter((b) => b.key !== batch.key),
    { ...batch, state: 'pending', madeAt: new Date().toISOString() },
  ]);
}

export async function removeMedBatch(key: string): Promise<void> {
  await publish(batches.filter((b) => b.key !== key));
}

/** The batch made under `key` (or what remains of it after a duplicate), as it stands now. */
export function medBatch(key: string): MedBatch | undefined {
  return batches.find((b) => b.key === key || b.key.startsWith(`${key}-r`));
}

/** Batches not on the service yet, or refused and waiting (sign-out warns about them). */
export async function unsentMedication(): Promise<number> {
  await loadMedOutbox();
  return batches.filter((b) => b.state !== 'sent').length;
}

/** The row indexes a 409 names as already recorded, when that is all it says; else null. */
function alreadyRecordedRows(problem: Problem | null): Set<number> | null {
  const errors = problem?.errors ?? [];
  if (errors.length === 0) return null;
  const rows = new Set<number>();
  for (const e of errors) {
    const m = /^rows\.(\d+)\./.exec(e.field);
    if (e.code !== 'alreadyRecorded' || !m) return null;
    rows.add(Number(m[1]));
  }
  return rows;
}

let flushing: Promise<number> | null = null;

/**
 * Sends every pending batch, oldest first, each under its own key. Stops at the first network
 * failure (left pending); a refusal (4xx) is kept with its problem. Answers how many were sent.
 */
export function flushMedOutbox(): Promise<number> {
  flushing ??= (async () => {
    await loadMedOutbox();
    let sent = 0;
    const tried = new Set<string>();
    for (;;) {
      const batch = batches.find((b) => b.state === 'pending' && !tried.has(b.key));
      if (!batch) break;
      tried.add(batch.key);
      await update(batch.key, { state: 'sending' });
      try {
        await unwrap(
          api.POST('/api/v1/medication-round/batch', {
            body: { date: batch.date, rows: batch.rows },
            params: { header: { 'Idempotency-Key': batch.key } },
          }),
        );
        await update(batch.key, { state: 'sent' });
        sent++;
      } catch (error) {
        if (
          !isApiProblem(error) ||
          error.isNetwork ||
          error.status >= 500 ||
          error.status === 401 ||
          error.status === 429
        ) {
          await update(batch.key, { state: 'pending' });
          break;
        }
        const already = error.status === 409 ? alreadyRecordedRows(error.problem) : null;
        if (already) {
          // Nothing was saved: the doses someone else recorded are set aside, the rest go again.
          const rest = batch.rows.filter((_, i) => !already.has(i));
          const aside = batch.rows.filter((_, i) => already.has(i));
          const next: MedBatch = {
            ...batch,
            key: `${batch.key.slice(0, 120)}-r`,
            rows: rest,
            alreadyRecorded: [...(batch.alreadyRecorded ?? []), ...aside],
            state: rest.length > 0 ? 'pending' : 'sent',
          };
          await publish(batches.map((b) => (b.key === batch.key ? next : b)));
          if (rest.length === 0) sent++;
          continue;
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

export function medFailureProblem(batch: MedBatch): ApiProblem | null {
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

export function useMedOutbox(): readonly MedBatch[] {
  useEffect(() => {
    void loadMedOutbox();
  }, []);
  return useSyncExternalStore(subscribe, () => batches);
}
