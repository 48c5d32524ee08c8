import { useOutboxSender as useSender } from '../../../lib/offline-outbox';
import { roundOutbox } from './outbox';
import { roundKeys } from './queries';

/**
 * While a round screen is open: sends what waits in the outbox now, when the network comes back,
 * and every 30 s (a network that is "up" but does not reach the service fires no event).
 */
export function useOutboxSender(hasPending: boolean): void {
  useSender(roundOutbox, roundKeys.all, hasPending);
}
