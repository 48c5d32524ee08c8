import type { Request, Response } from 'express';
import { API_PREFIX } from '../common/http/api-prefix';

/**
 * The staff web app's refresh token travels in this cookie, never in script-readable storage:
 * `HttpOnly` (no script reads it), `Secure` (HTTPS, or http://localhost), `SameSite=Strict` and
 * a path that only the refresh route matches (no other request carries it).
 */
export const REFRESH_COOKIE = 'maiam_refresh';
export const REFRESH_COOKIE_PATH = `/${API_PREFIX}/auth/refresh`;

/**
 * A refresh by cookie must carry this header. A cross-site page can make a browser send a
 * cookie with a simple form POST, but not a custom header without a CORS preflight, which this
 * service refuses (no CORS_ORIGINS, or only the listed ones). SameSite=Strict is the second fence.
 */
export const WEB_CLIENT_HEADER = 'X-Requested-With';
export const WEB_CLIENT_HEADER_VALUE = 'mai-am-web';

const attributes = (maxAgeSeconds: number): string =>
  `HttpOnly; Secure; SameSite=Strict; Path=${REFRESH_COOKIE_PATH}; Max-Age=${maxAgeSeconds}`;

export function setRefreshCookie(res: Response, token: string, maxAgeSeconds: number): void {
  res.append('Set-Cookie', `${REFRESH_COOKIE}=${token}; ${attributes(maxAgeSeconds)}`);
}

export function clearRefreshCookie(res: Response): void {
  res.append('Set-Cookie', `${REFRESH_COOKIE}=; ${attributes(0)}`);
}

/** The refresh token of the cookie header, if there is exactly one such cookie. */
export function readRefreshCookie(req: Request): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  const values = header
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${REFRESH_COOKIE}=`))
    .map((part) => part.slice(REFRESH_COOKIE.length + 1));
  return values.length === 1 && values[0] ? values[0] : undefined;
}

export function isWebClient(req: Request): boolean {
  return req.get(WEB_CLIENT_HEADER) === WEB_CLIENT_HEADER_VALUE;
}
