import type { components } from '../../../api/schema';
import { api, unwrap } from '../../../lib/api';
import {
  createOutbox,
  failureProblem,
  type OutboxState,
  type QueuedItem,
} from '../../../lib/offline-outbox';
import type { ApiProblem, Problem } from '../../../lib/problem';

export type DoseRow = components['schemas']['DoseRowDto'];

/**
 * The medication round's outbox (lib/offline-outbox.ts, as the daily round's; stored under
 * `med-outbox`, as before it was shared): each saved slot is a batch kept on the device until the
 * service has it, sent under the Idempotency-Key made with its first entry, so a batch sent twice
 * (an answer lost, a reload) is recorded once.
 *
 * A batch refused because some of its doses were recorded meanwhile (409 `alreadyRecorded`:
 * someone else gave them) saved nothing: those doses are kept aside as "already recorded" and the
 * others are sent again under a key derived from the first (a new batch, itself sent once).
 */
export type MedBatchState = OutboxState;

export interface MedBatch extends QueuedItem {
  date: string;
  rows: DoseRow[];
  /** Rows the service already had from someone else (its 409): shown as "already recorded". */
  alreadyRecorded?: DoseRow[];
}

/** The key of one dose on the screen and in the outbox: a scheduled time, or an as-needed dose. */
export const doseKey = (row: { prescriptionId: string; time?: string | null }): string =>
  `${row.prescriptionId}@${row.time ?? 'prn'}`;

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

/** A 409 naming doses someone else recorded: the rest go again under a derived key. */
function settleAlreadyRecorded(batch: MedBatch, error: ApiProblem): MedBatch | null {
  const already = error.status === 409 ? alreadyRecordedRows(error.problem) : null;
  if (!already) return null;
  // Nothing was saved: the doses someone else recorded are set aside, the rest go again.
  const rest = batch.rows.filter((_, i) => !already.has(i));
  const aside = batch.rows.filter((_, i) => already.has(i));
  return {
    ...batch,
    key: `${batch.key.slice(0, 120)}-r`,
    rows: rest,
    alreadyRecorded: [...(batch.alreadyRecorded ?? []), ...aside],
    state: rest.length > 0 ? 'pending' : 'sent',
  };
}

export const medOutbox = createOutbox<MedBatch>({
  storeKey: 'med-outbox',
  isItem: (b) => Array.isArray(b.rows),
  send: (batch) =>
    unwrap(
      api.POST('/api/v1/medication-round/batch', {
        body: { date: batch.date, rows: batch.rows },
        params: { header: { 'Idempotency-Key': batch.key } },
      }),
    ),
  settleRefusal: settleAlreadyRecorded,
});

/** Queues a saved slot (the same key again replaces the one waiting). */
export function enqueueMedBatch(batch: Pick<MedBatch, 'key' | 'date' | 'rows'>): Promise<void> {
  return medOutbox.enqueue(batch, { replace: true });
}

export const removeMedBatch = medOutbox.remove;
export const flushMedOutbox = medOutbox.flush;
/** Batches not on the service yet, or refused and waiting (sign-out warns about them). */
export const unsentMedication = medOutbox.unsent;
export const medFailureProblem = failureProblem;

/** The batch made under `key` (or what remains of it after a duplicate), as it stands now. */
export function medBatch(key: string): MedBatch | undefined {
  return medOutbox.find((b) => b.key === key || b.key.startsWith(`${key}-r`));
}

export function useMedOutbox(): readonly MedBatch[] {
  return medOutbox.useItems();
}
