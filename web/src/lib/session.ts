import { useSyncExternalStore } from 'react';
import type { components } from '../api/schema';

export type Me = components['schemas']['MeView'];
export type Role = Me['role'];
export type TokenPair = components['schemas']['TokenPairView'];

/**
 * The signed-in user. The tokens are held in memory only: a reload restores them through the
 * refresh cookie (HttpOnly, so no script can read it). The refresh token of the body is kept
 * beside the access token only to end this login (and no other) at logout.
 *
 * Who the user is (name, role, facility: no secret) is also kept on the device, so that a reload
 * without network opens their round with what the device holds (`offline`: no token yet); the
 * first request that needs one, or the network coming back, refreshes through the cookie.
 */
export interface Session {
  accessToken: string;
  refreshToken: string;
  user: Me;
  /** Restored from the device without network: no token until a refresh succeeds. */
  offline?: true;
}

const USER_KEY = 'maiam.user';

let current: Session | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

function rememberUser(user: Me | null): void {
  try {
    if (user) localStorage.setItem(USER_KEY, JSON.stringify(user));
    else localStorage.removeItem(USER_KEY);
  } catch {
    // Private mode: an offline reload then goes to the login.
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isMe = (x: unknown): x is Me =>
  isObject(x) &&
  typeof x.id === 'string' &&
  typeof x.username === 'string' &&
  typeof x.fullName === 'string' &&
  typeof x.role === 'string';

function rememberedUser(): Me | null {
  try {
    const raw = localStorage.getItem(USER_KEY);
    const value: unknown = raw ? JSON.parse(raw) : null;
    return isMe(value) ? value : null;
  } catch {
    return null;
  }
}

export function getSession(): Session | null {
  return current;
}

export function startSession(pair: TokenPair): void {
  current = { accessToken: pair.accessToken, refreshToken: pair.refreshToken, user: pair.user };
  rememberUser(pair.user);
  emit();
}

/**
 * Without network at start: the user the device remembers, without a token (false when it
 * remembers nobody: the login then).
 */
export function resumeOffline(): boolean {
  const user = rememberedUser();
  if (!user) return false;
  current = { accessToken: '', refreshToken: '', user, offline: true };
  emit();
  return true;
}

/** Signed out (or the service refused the refresh): forgotten in memory and on the device. */
export function endSession(): void {
  rememberUser(null);
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
