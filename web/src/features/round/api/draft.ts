import { useCallback, useEffect, useRef, useState } from 'react';
import type { Entry } from '../lib/round-entry';
import {
  newIdempotencyKey,
  readDevice,
  removeDevice,
  writeDevice,
} from '../../../lib/device-store';
import type { Shift } from './types';

/**
 * The entries of a round being made, kept on the device as they are tapped (a reload or a dead
 * battery loses nothing). The batch's Idempotency-Key is made with the first entry and saved
 * with them: the batch these entries become is sent under it, however often it is retried.
 */
export interface Draft {
  key: string;
  entries: Record<string, Entry>;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isDraft = (x: unknown): x is Draft =>
  isObject(x) && typeof x.key === 'string' && isObject(x.entries);

export function draftKey(room: string, date: string, shift: Shift): string {
  return `draft:${room}:${date}:${shift}`;
}

export function useDraft(room: string, date: string, shift: Shift) {
  const storageKey = draftKey(room, date, shift);
  const [state, setState] = useState<{ for: string; draft: Draft | null; ready: boolean }>({
    for: storageKey,
    draft: null,
    ready: false,
  });
  const current = state.for === storageKey ? state : { for: storageKey, draft: null, ready: false };

  useEffect(() => {
    let live = true;
    void readDevice(storageKey, isDraft).then((draft) => {
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

  const change = useCallback(
    (residentId: string, entry: Entry) => {
      const base = latest.current;
      const draft: Draft = {
        key: base?.key ?? newIdempotencyKey(),
        entries: { ...(base?.entries ?? {}), [residentId]: entry },
      };
      latest.current = draft;
      void writeDevice(storageKey, draft);
      setState({ for: storageKey, draft, ready: true });
    },
    [storageKey],
  );

  /** After a save: the entries have become a batch in the outbox; a new draft starts empty. */
  const clear = useCallback(
    (keep: Record<string, Entry> = {}) => {
      const draft =
        Object.keys(keep).length > 0 ? { key: newIdempotencyKey(), entries: keep } : null;
      latest.current = draft;
      if (draft) void writeDevice(storageKey, draft);
      else void removeDevice(storageKey);
      setState({ for: storageKey, draft, ready: true });
    },
    [storageKey],
  );

  return { draft: current.draft, ready: current.ready, change, clear };
}
