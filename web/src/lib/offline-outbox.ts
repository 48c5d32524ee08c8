import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { onDeviceCleared } from './device';
import { readDevice, writeDevice } from './device-store';
import { ApiProblem, isApiProblem, type Problem } from './problem';

/**
 * An offline outbox: what a screen saved is kept on the device (IndexedDB, one key of the store
 * `lib/device.ts` wipes at sign-out) until the service has it. Each item travels under the
 * Idempotency-Key made with it, so one sent twice (an answer lost on a dropping line, a reload) is
 * stored once. The daily round (`outbox`) and the medication round (`med-outbox`) each make one.
 *
 * The stored value is the array of items as they are (`key`, `madeAt`, `state`, `failure?` and
 * the feature's own fields): the shape the outboxes had before they shared this code, so a device
 * with items queued by an earlier version sends them.
 */
export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed';

/** Why the service refused an item (a 4xx): its problem body, shown to the user. */
export interface OutboxFailure {
  status: number;
  problem: Problem | null;
}

/** What every queued item carries besides the feature's own fields. */
export interface QueuedItem {
  key: string;
  madeAt: string;
  state: OutboxState;
  failure?: OutboxFailure;
}

export interface OutboxOptions<T extends QueuedItem> {
  /** The item list's key in the device store (kept as it was: `outbox`, `med-outbox`). */
  storeKey: string;
  /** Checks one stored item beyond its `key` (a copy that fails is dropped as a whole). */
  isItem: (item: Record<string, unknown>) => boolean;
  /** Sends one item to the service under its `key` as Idempotency-Key. */
  send: (item: T) => Promise<unknown>;
  /**
   * A refusal (4xx) the feature settles itself: answers the item that takes its place (sent
   * again when `pending`, counted as sent when `sent`), or null to keep it as refused.
   */
  settleRefusal?: (item: T, error: ApiProblem) => T | null;
}

export interface Outbox<T extends QueuedItem> {
  load: () => Promise<void>;
  /** Queues an item as pending; `replace` drops one already queued under the same key. */
  enqueue: (item: Omit<T, 'state' | 'madeAt'>, options?: { replace?: boolean }) => Promise<void>;
  remove: (key: string) => Promise<void>;
  /** The first item that matches, as the outbox has it now. */
  find: (match: (item: T) => boolean) => T | undefined;
  /** Items not on the service, or refused and waiting (the sign-out warning counts them). */
  unsent: () => Promise<number>;
  /**
   * Sends every pending item, oldest first. Stops at the first network failure (the rest would
   * fail too) and leaves it pending; a refusal is kept with its problem. Answers how many were sent.
   */
  flush: () => Promise<number>;
  /** Every item on the device (loading them on first use); a React hook. */
  useItems: () => readonly T[];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
/** Sent items are kept two days, to show "đã gửi" on the screens of the day. */
const KEEP_SENT_MS = 2 * 24 * 60 * 60 * 1000;

/** A failure that a later try may not have: no network, the service down or busy, no session. */
const retryLater = (error: unknown): boolean =>
  !isApiProblem(error) ||
  error.isNetwork ||
  error.status >= 500 ||
  error.status === 401 ||
  error.status === 429;

export function createOutbox<T extends QueuedItem>(options: OutboxOptions<T>): Outbox<T> {
  const isItems = (x: unknown): x is T[] =>
    Array.isArray(x) &&
    x.every((item) => isObject(item) && typeof item.key === 'string' && options.isItem(item));

  let items: readonly T[] = [];
  let loaded: Promise<void> | null = null;
  let writing: Promise<void> = Promise.resolve();
  let flushing: Promise<number> | null = null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };

  function publish(next: readonly T[]): Promise<void> {
    items = next;
    notify();
    const copy = [...next];
    writing = writing.then(() => writeDevice(options.storeKey, copy));
    return writing;
  }

  const replaceItem = (key: string, next: T) =>
    publish(items.map((item) => (item.key === key ? next : item)));
  const update = (key: string, change: Pick<QueuedItem, 'state' | 'failure'>) =>
    publish(items.map((item) => (item.key === key ? { ...item, ...change } : item)));

  // Signed out (or another person signed in): what this outbox holds goes with the device's copy.
  onDeviceCleared(() => {
    items = [];
    loaded = null;
    writing = Promise.resolve();
    notify();
  });

  function load(): Promise<void> {
    loaded ??= (async () => {
      const stored = (await readDevice(options.storeKey, isItems)) ?? [];
      const now = Date.now();
      items = stored
        .filter((item) => item.state !== 'sent' || now - Date.parse(item.madeAt) < KEEP_SENT_MS)
        // An item cut off while sending is sent again: its key makes that safe.
        .map((item) => (item.state === 'sending' ? { ...item, state: 'pending' as const } : item));
      notify();
    })();
    return loaded;
  }

  async function enqueue(
    item: Omit<T, 'state' | 'madeAt'>,
    { replace = false }: { replace?: boolean } = {},
  ): Promise<void> {
    await load();
    // The spread of an Omit<T, …> with the two fields put back is a T (TypeScript cannot say so).
    const queued = { ...item, state: 'pending', madeAt: new Date().toISOString() } as T;
    const kept = replace ? items.filter((i) => i.key !== item.key) : items;
    await publish([...kept, queued]);
  }

  async function flushOnce(): Promise<number> {
    await load();
    let sent = 0;
    // Items queued while this runs are sent in the same pass (a form may await it).
    const tried = new Set<string>();
    for (;;) {
      const item = items.find((i) => i.state === 'pending' && !tried.has(i.key));
      if (!item) break;
      tried.add(item.key);
      await update(item.key, { state: 'sending' });
      try {
        await options.send(item);
        await update(item.key, { state: 'sent' });
        sent++;
      } catch (error) {
        if (retryLater(error) || !isApiProblem(error)) {
          await update(item.key, { state: 'pending' });
          break;
        }
        const next = options.settleRefusal?.(item, error) ?? null;
        if (next) {
          await replaceItem(item.key, next);
          if (next.state === 'sent') sent++;
          continue;
        }
        await update(item.key, {
          state: 'failed',
          failure: { status: error.status, problem: error.problem },
        });
      }
    }
    return sent;
  }

  function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  return {
    load,
    enqueue,
    remove: (key) => publish(items.filter((i) => i.key !== key)),
    find: (match) => items.find(match),
    unsent: async () => {
      await load();
      return items.filter((i) => i.state !== 'sent').length;
    },
    flush: () => {
      flushing ??= flushOnce().finally(() => {
        flushing = null;
      });
      return flushing;
    },
    useItems: function useOutboxItems() {
      useEffect(() => {
        void load();
      }, []);
      return useSyncExternalStore(subscribe, () => items);
    },
  };
}

/** The failure of a refused item as the ApiProblem <ErrorDisplay> shows. */
export function failureProblem(item: QueuedItem): ApiProblem | null {
  if (!item.failure) return null;
  return ApiProblem.fromResponse(
    new Response(null, { status: item.failure.status }),
    item.failure.problem,
  );
}

const RETRY_MS = 30_000;

/**
 * While a screen with an outbox is open: sends what waits now, when the network comes back, and
 * every 30 s while something waits (a network that is "up" but does not reach the service fires
 * no event). After a send, the feature's queries (`queryKey`) are read again.
 */
export function useOutboxSender<T extends QueuedItem>(
  outbox: Outbox<T>,
  queryKey: QueryKey,
  hasPending: boolean,
): void {
  const queryClient = useQueryClient();
  // The key's identity changes with each render of an inline array: its contents decide.
  const keyText = JSON.stringify(queryKey);
  useEffect(() => {
    const key = JSON.parse(keyText) as QueryKey;
    const send = () => {
      void outbox.flush().then((sent) => {
        if (sent > 0) void queryClient.invalidateQueries({ queryKey: key });
      });
    };
    send();
    window.addEventListener('online', send);
    const timer = hasPending ? window.setInterval(send, RETRY_MS) : undefined;
    return () => {
      window.removeEventListener('online', send);
      if (timer !== undefined) window.clearInterval(timer);
    };
  }, [outbox, queryClient, keyText, hasPending]);
}
