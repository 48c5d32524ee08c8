import { useDeviceDraft } from '../../../lib/draft-store';
import type { DoseRow } from './outbox';

export type Outcome = DoseRow['outcome'];

/** One dose being recorded: what happened and when (the tap, not the moment it reaches the service). */
export interface DoseEntry {
  prescriptionId: string;
  /** The scheduled time; null for an as-needed dose. */
  time: string | null;
  outcome: Outcome | null;
  reason: string;
  at: string;
}

/**
 * The doses being recorded on this device for a date (lib/draft-store.ts, under `draft:med:<date>`
 * as before it was shared: the sign-out warning counts the taps kept under `draft:`). The batch's
 * Idempotency-Key is made with the first entry and stays with them until they are saved.
 */
export function useMedDraft(date: string) {
  return useDeviceDraft<DoseEntry>(`med:${date}`, 'med');
}
