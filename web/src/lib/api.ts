import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../api/schema';
import { currentLocale } from './i18n';
import { ApiProblem } from './problem';
import { claimDevice } from './device';
import { endSession, getSession, resumeOffline, startSession } from './session';

/**
 * The one API client, typed from the service's OpenAPI document (src/api/schema.d.ts, generated).
 * Every request carries the access token and the user's language. A 401 triggers one refresh
 * through the HttpOnly cookie and a retry of the same request, so what the user typed is sent
 * after all instead of being lost.
 */
export const api = createClient<paths>({ baseUrl: '' });

/** The header that marks the web app's cookie refresh (the service refuses it without: CSRF). */
const WEB_CLIENT = { 'X-Requested-With': 'mai-am-web' } as const;

const AUTH_PATHS = ['/api/v1/auth/login', '/api/v1/auth/refresh'];
const isAuthPath = (url: string): boolean => AUTH_PATHS.includes(new URL(url).pathname);

export type RefreshOutcome = 'refreshed' | 'signedOut' | 'offline';

let refreshing: Promise<RefreshOutcome> | null = null;

/**
 * Exchanges the refresh cookie for a new pair (and a new cookie). Parallel callers share one
 * request: the service spends a refresh token once, a second use would revoke the login.
 * 'offline' when the service could not say (no network, a 5xx from a proxy, 429): the session
 * the device remembers stays; only the service's refusal signs the user out.
 */
export function refreshSession(): Promise<RefreshOutcome> {
  refreshing ??= (async (): Promise<RefreshOutcome> => {
    try {
      const { data, response } = await api.POST('/api/v1/auth/refresh', {
        body: {},
        params: { header: WEB_CLIENT },
      });
      if (!data) {
        if (response.status >= 500 || response.status === 429) return 'offline';
        endSession();
        return 'signedOut';
      }
      startSession(data);
      return 'refreshed';
    } catch {
      return 'offline';
    }
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** Copies of the requests in flight, made before they are sent: a body can be read once. */
const retryable = new Map<string, Request>();

const sessionMiddleware: Middleware = {
  async onRequest({ request, id }) {
    request.headers.set('Accept-Language', currentLocale());
    if (isAuthPath(request.url)) return request;
    // A session restored without network gets its token before its first request goes.
    if (getSession()?.offline) await refreshSession();
    const token = getSession()?.accessToken;
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    retryable.set(id, request.clone());
    return request;
  },
  async onResponse({ response, id }) {
    const copy = retryable.get(id);
    retryable.delete(id);
    if (response.status !== 401 || !copy || getSession() === null) return response;
    if ((await refreshSession()) !== 'refreshed') return response;
    const headers = new Headers(copy.headers);
    headers.set('Authorization', `Bearer ${getSession()?.accessToken ?? ''}`);
    return fetch(new Request(copy, { headers }));
  },
  onError({ id }) {
    retryable.delete(id);
  },
};
api.use(sessionMiddleware);

interface Answer<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/**
 * The data of a successful call, else throws ApiProblem (the problem body, or status 0 when the
 * service could not be reached). Query and mutation functions use this:
 * `queryFn: () => unwrap(api.GET('/api/v1/facilities/current'))`.
 */
export async function unwrap<D>(call: Promise<Answer<D>>): Promise<D> {
  let answer: Answer<D>;
  try {
    answer = await call;
  } catch {
    throw ApiProblem.network();
  }
  const { data, error, response } = answer;
  if (!response.ok || error !== undefined) throw ApiProblem.fromResponse(response, error);
  return data as D;
}

/** `If-Match` for an update of a record read at `version` (PATCH/PUT refuse a stale one: 412). */
export function ifMatch(version: number): { 'If-Match': string } {
  return { 'If-Match': `"${version}"` };
}

export async function login(username: string, password: string): Promise<void> {
  const pair = await unwrap(api.POST('/api/v1/auth/login', { body: { username, password } }));
  // Another person's data still on this phone (their session ended without a sign-out) goes.
  await claimDevice(pair.user.id);
  markSignOutPending(false);
  startSession(pair);
}

/**
 * A sign-out made without network: the refresh cookie is still valid on the service (no script
 * can delete an HttpOnly cookie), so the next start ends that login before anything else.
 */
const SIGN_OUT_PENDING = 'maiam.signOutPending';

function markSignOutPending(pending: boolean): void {
  try {
    if (pending) localStorage.setItem(SIGN_OUT_PENDING, '1');
    else localStorage.removeItem(SIGN_OUT_PENDING);
  } catch {
    // Private mode: nothing to remember.
  }
}

function signOutPending(): boolean {
  try {
    return localStorage.getItem(SIGN_OUT_PENDING) === '1';
  } catch {
    return false;
  }
}

/**
 * Ends this login on the service (which also clears the cookie), then in memory and on the
 * device's profile. A session restored without network first gets its tokens (an empty body would
 * end every login of the user); without network at all, the sign-out is finished at next start.
 */
export async function logout(): Promise<void> {
  try {
    if (getSession()?.offline) await refreshSession();
    const session = getSession();
    if (!session || session.offline) throw new Error('no network');
    const { response } = await api.POST('/api/v1/auth/logout', {
      body: { refreshToken: session.refreshToken },
    });
    if (!response.ok && response.status !== 401) throw new Error(`logout: ${response.status}`);
    markSignOutPending(false);
  } catch {
    markSignOutPending(true);
  } finally {
    endSession();
  }
}

/**
 * At start: the session from the refresh cookie; without network, the user the device remembers
 * (their round opens from what the device holds); a sign-out left unfinished is finished first.
 */
export async function restoreSession(): Promise<void> {
  const outcome = await refreshSession();
  if (signOutPending()) {
    if (outcome === 'refreshed') await logout();
    else if (outcome === 'signedOut') markSignOutPending(false);
    endSession();
    return;
  }
  if (outcome === 'offline') resumeOffline();
}

/** Back online after a start without network: the session is re-established by the cookie. */
export function refreshWhenOnline(): void {
  window.addEventListener('online', () => {
    if (getSession()?.offline) void refreshSession();
  });
}
