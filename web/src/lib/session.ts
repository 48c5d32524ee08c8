import { useSyncExternalStore } from 'react';
import type { components } from '../api/schema';

export type Me = components['schemas']['MeView'];
export type Role = Me['role'];
export type TokenPair = components['schemas']['TokenPairView'];

/**
 * The signed-in user, held in memory only: a reload restores it through the refresh cookie
 * (HttpOnly, so no script can read it). The refresh token of the body is kept beside the access
 * token only to end this login (and no other) at logout.
 */
export interface Session {
  accessToken: string;
  refreshToken: string;
  user: Me;
}

let current: Session | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function getSession(): Session | null {
  return current;
}

export function startSession(pair: TokenPair): void {
  current = { accessToken: pair.accessToken, refreshToken: pair.refreshToken, user: pair.user };
  emit();
}

export function endSession(): void {
  if (current === null) return;
  current = null;
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession);
}
