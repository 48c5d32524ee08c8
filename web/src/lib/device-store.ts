import { del, entries, get, set } from 'idb-keyval';
import { deviceStore as roundStore } from './device';
import { getSession } from './session';
import { isApiProblem } from './problem';

/**
 * What the round keeps on the device (IndexedDB, through idb-keyval; lib/device.ts wipes it at
 * sign-out): the batches and incident reports not yet sent (and, for the day, those sent), the
 * entries being made, and the last answers of the round's reads so the round can be shown
 * without network. Nothing here is a token.
 */

export async function readDevice<T>(key: string, guard: (x: unknown) => x is T): Promise<T | null> {
  try {
    const value: unknown = await get(key, roundStore());
    return guard(value) ? value : null;
  } catch {
    return null;
  }
}

export async function writeDevice(key: string, value: unknown): Promise<void> {
  // Signed out: an answer still on its way must not write the last user's data back.
  if (getSession() === null) return;
  try {
    await set(key, value, roundStore());
  } catch {
    // A browser without IndexedDB (private mode of some) keeps working online.
  }
}

export async function removeDevice(key: string): Promise<void> {
  try {
    await del(key, roundStore());
  } catch {
    // as above
  }
}

/**
 * A fresh key for `Idempotency-Key` (8–128 of A-Z a-z 0-9 - _): 128 random bits in hex.
 * getRandomValues works on plain HTTP too, unlike randomUUID.
 */
export function newIdempotencyKey(prefix = 'round'): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The values of every key that starts so (the drafts of every room and shift). */
export async function readDeviceAll(prefix: string): Promise<unknown[]> {
  try {
    const all = await entries<IDBValidKey, unknown>(roundStore());
    return all.filter(([k]) => typeof k === 'string' && k.startsWith(prefix)).map(([, v]) => v);
  } catch {
    return [];
  }
}

/**
 * Reads from the service and keeps a copy on the device; without network, answers the copy
 * (a round opens in a room with no signal). Other errors are shown as they are.
 */
export async function withDeviceCopy<T>(
  key: string,
  guard: (x: unknown) => x is T,
  read: () => Promise<T>,
): Promise<T> {
  try {
    const value = await read();
    await writeDevice(key, value);
    return value;
  } catch (error) {
    if (isApiProblem(error) && error.isNetwork) {
      const copy = await readDevice(key, guard);
      if (copy !== null) return copy;
    }
    throw error;
  }
}
