import { useCallback, useEffect, useRef, useState } from 'react';
import {
  newIdempotencyKey,
  readDevice,
  readDeviceAll,
  removeDevice,
  writeDevice,
} from './device-store';

/**
 * Entries being made on a screen (the round's taps, the doses of a medication round), kept on
 * the device as they are made, so a reload or a dead battery loses nothing. The batch's
 * Idempotency-Key is made with the first entry and saved with them: the batch these entries
 * become is sent under it, however often it is retried.
 *
 * Stored under `draft:<name>` of the device store as `{ key, entries }`, the shape the rounds
 * kept before they shared this code; the sign-out warning counts the entries under `draft:`.
 */
export interface Draft<E> {
  key: string;
  entries: Record<string, E>;
}

const DRAFT_PREFIX = 'draft:';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
/** The entries are the screen's own and not checked one by one (as before). */
const isDraft = <E>(x: unknown): x is Draft<E> =>
  isObject(x) && typeof x.key === 'string' && isObject(x.entries);

/** The entries made on this device and not saved yet, over every draft (sign-out warns). */
export async function draftEntriesOnDevice(): Promise<number> {
  const drafts = await readDeviceAll(DRAFT_PREFIX);
  return drafts.reduce<number>(
    (sum, d) => sum + (isObject(d) && isObject(d.entries) ? Object.keys(d.entries).length : 0),
    0,
  );
}

interface DraftState<E> {
  for: string;
  draft: Draft<E> | null;
  ready: boolean;
}

/**
 * The draft stored under `draft:<name>`; `keyPrefix` starts the Idempotency-Key made with its
 * first entry (`round`, `med`). `change(id, entry)` sets one entry (null takes it back); `clear`
 * after a save starts over, keeping the entries given under a new key.
 */
export function useDeviceDraft<E>(name: string, keyPrefix: string) {
  const storageKey = `${DRAFT_PREFIX}${name}`;
  const [state, setState] = useState<DraftState<E>>({
    for: storageKey,
    draft: null,
    ready: false,
  });
  const current: DraftState<E> =
    state.for === storageKey ? state : { for: storageKey, draft: null, ready: false };

  useEffect(() => {
    let live = true;
    void readDevice(storageKey, isDraft<E>).then((draft) => {
      if (live) setState({ for: storageKey, draft, ready: true });
    });
    return () => {
      live = false;
    };
  }, [storageKey]);

  // The latest draft, read by `change` (an updater function must stay free of side effects).
  const latest = useRef(current.draft);
  useEffect(() => {
    latest.current = current.draft;
  });

  const store = useCallback(
    (draft: Draft<E> | null) => {
      latest.current = draft;
      if (draft && Object.keys(draft.entries).length > 0) void writeDevice(storageKey, draft);
      else void removeDevice(storageKey);
      setState({ for: storageKey, draft, ready: true });
    },
    [storageKey],
  );

  /** Sets (or, with null, takes back) the entry under `id`. */
  const change = useCallback(
    (id: string, entry: E | null) => {
      const base = latest.current;
      const before = base?.entries ?? {};
      const entries =
        entry !== null
          ? { ...before, [id]: entry }
          : Object.fromEntries(Object.entries(before).filter(([k]) => k !== id));
      store({ key: base?.key ?? newIdempotencyKey(keyPrefix), entries });
    },
    [store, keyPrefix],
  );

  /** After a save: the saved entries became a batch; those kept start a new draft (new key). */
  const clear = useCallback(
    (keep: Record<string, E> = {}) => {
      store(
        Object.keys(keep).length > 0 ? { key: newIdempotencyKey(keyPrefix), entries: keep } : null,
      );
    },
    [store, keyPrefix],
  );

  return { draft: current.draft, ready: current.ready, change, clear };
}
