import type { Entry } from '../lib/round-entry';
import { useDeviceDraft } from '../../../lib/draft-store';
import type { Shift } from './types';

/**
 * The entries of a room's round for one shift, kept on the device as they are tapped
 * (lib/draft-store.ts, under `draft:<room>:<date>:<shift>` as before it was shared). The batch's
 * Idempotency-Key is made with the first entry: the batch these entries become is sent under it.
 */
export function useDraft(room: string, date: string, shift: Shift) {
  return useDeviceDraft<Entry>(`${room}:${date}:${shift}`, 'round');
}
