/**
 * "This account changed" (deactivated, role or password changed) and "this facility changed"
 * (its time zone): the services that keep an answer about a session for a short time
 * (AuthService's checked sessions, which carry the facility's time zone) forget it at once in
 * this process. Other workers and replicas take SESSION_CHECK_MS. Kept in the identity layer so
 * the users and facilities features tell auth without importing it.
 */
export type Change = { userId: string } | { facilityId: string };
type Listener = (change: Change) => void;

const listeners = new Set<Listener>();

export function onAccountChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function userChanged(userId: string): void {
  for (const listener of listeners) listener({ userId });
}

export function facilityChanged(facilityId: string): void {
  for (const listener of listeners) listener({ facilityId });
}
