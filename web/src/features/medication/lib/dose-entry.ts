import type { DoseEntry, Outcome } from '../api/draft';
import type { DoseRow } from '../api/outbox';

export const OUTCOMES: readonly Outcome[] = ['given', 'refused', 'held', 'not_available'];

/** A held dose needs its reason; so does an as-needed dose given (what it was given for). */
export function needsReason(outcome: Outcome, asNeeded: boolean): boolean {
  return outcome === 'held' || (asNeeded && outcome === 'given');
}

/** Ready to be saved: an outcome, and the reason when one is needed. */
export function isComplete(entry: DoseEntry): boolean {
  if (!entry.outcome) return false;
  return !needsReason(entry.outcome, entry.time === null) || entry.reason.trim() !== '';
}

export function toRow(entry: DoseEntry): DoseRow {
  return {
    prescriptionId: entry.prescriptionId,
    ...(entry.time ? { time: entry.time } : {}),
    outcome: entry.outcome ?? 'given',
    ...(entry.reason.trim() ? { reason: entry.reason.trim() } : {}),
    administeredAt: entry.at,
  };
}

export function entryOf(row: DoseRow): DoseEntry {
  return {
    prescriptionId: row.prescriptionId,
    time: row.time ?? null,
    outcome: row.outcome,
    reason: row.reason ?? '',
    at: row.administeredAt ?? new Date().toISOString(),
  };
}
