import { clear, createStore, type UseStore } from 'idb-keyval';

/**
 * What the app keeps on the device, and the one place that forgets it:
 * - IndexedDB `mai-am-round` (through idb-keyval): the round's entries being made, the batches and
 *   incident reports not yet sent, and the last answers of the round's reads (to work offline);
 * - localStorage `maiam.user`: who is signed in (name, role, facility: no token), so a reload
 *   without network still opens that person's round; `maiam.deviceOwner`: whose data is in
 *   IndexedDB, so the next person to sign in on a shared phone never sees it.
 * The access token is never stored; the refresh token lives in an HttpOnly cookie only.
 */
let store: UseStore | null = null;
export function deviceStore(): UseStore {
  store ??= createStore('mai-am-round', 'kv');
  return store;
}

const OWNER_KEY = 'maiam.deviceOwner';
const listeners = new Set<() => void>();

/** Called when the device is wiped (what modules hold in memory of it goes too). */
export function onDeviceCleared(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets everything the app keeps on this device (sign-out; another person signing in). */
export async function clearDevice(): Promise<void> {
  try {
    await clear(deviceStore());
  } catch {
    // No IndexedDB (private mode of some browsers): nothing was kept there.
  }
  try {
    localStorage.removeItem(OWNER_KEY);
  } catch {
    // as above
  }
  for (const listener of listeners) listener();
}

/**
 * At sign-in: when the data on the device is someone else's (their session ended without a
 * sign-out), it is wiped before this user sees anything.
 */
export async function claimDevice(userId: string): Promise<void> {
  let owner: string | null = null;
  try {
    owner = localStorage.getItem(OWNER_KEY);
  } catch {
    owner = null;
  }
  if (owner !== null && owner !== userId) await clearDevice();
  try {
    localStorage.setItem(OWNER_KEY, userId);
  } catch {
    // as above
  }
}
