import { useCallback, useEffect, useRef, useState } from 'react';
import {
  newIdempotencyKey,
  readDevice,
  removeDevice,
  writeDevice,
} from '../../../lib/device-store';
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
 * The doses being recorded on this device for a date, kept in IndexedDB as they are tapped. The
 * batch's Idempotency-Key is made with the first entry and stays with them until they are saved.
 */
export interface MedDraft {
  key: string;
  entries: Record<string, DoseEntry>;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isDraft = (x: unknown): x is MedDraft =>
  isObject(x) && typeof x.key === 'string' && isObject(x.entries);

export function useMedDraft(date: string) {
  // `draft:` like the daily round's: the sign-out warning counts the taps kept under it.
  const storageKey = `draft:med:${date}`;
  const [state, setState] = useState<{ for: string; draft: MedDraft | null; ready: boolean }>({
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

  const latest = useRef(current.draft);
  useEffect(() => {
    latest.current = current.draft;
  });

  const store = useCallback(
    (draft: MedDraft | null) => {
      latest.current = draft;
      if (draft && Object.keys(draft.entries).length > 0) void writeDevice(storageKey, draft);
      else void removeDevice(storageKey);
      setState({ for: storageKey, draft, ready: true });
    },
    [storageKey],
  );

  /** Sets (or, with null, takes back) the entry of one dose. */
  const change = useCallback(
    (key: string, entry: DoseEntry | null) => {
      const base = latest.current;
      const entries = Object.fromEntries(
        Object.entries(base?.entries ?? {}).filter(([k]) => k !== key),
      );
      if (entry) entries[key] = entry;
      store({ key: base?.key ?? newIdempotencyKey('med'), entries });
    },
    [store],
  );

  /** After a save: the saved entries became a batch; those kept start a new draft (new key). */
  const clear = useCallback(
    (keep: Record<string, DoseEntry> = {}) => {
      store(Object.keys(keep).length > 0 ? { key: newIdempotencyKey('med'), entries: keep } : null);
    },
    [store],
  );

  return { draft: current.draft, ready: current.ready, change, clear };
}
