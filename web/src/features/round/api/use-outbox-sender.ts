import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { flushOutbox } from './outbox';
import { roundKeys } from './queries';

const RETRY_MS = 30_000;

/**
 * While a round screen is open: sends what waits in the outbox now, when the network comes back,
 * and every 30 s (a network that is "up" but does not reach the service fires no event).
 */
export function useOutboxSender(hasPending: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const send = () => {
      void flushOutbox().then((sent) => {
        if (sent > 0) void queryClient.invalidateQueries({ queryKey: roundKeys.all });
      });
    };
    send();
    window.addEventListener('online', send);
    const timer = hasPending ? window.setInterval(send, RETRY_MS) : undefined;
    return () => {
      window.removeEventListener('online', send);
      if (timer !== undefined) window.clearInterval(timer);
    };
  }, [queryClient, hasPending]);
}
