import { createHash, timingSafeEqual } from 'node:crypto';

/** A refresh token is `<row id>.<secret>`; the row keeps only the secret's hash. */

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `<row id>.<secret>` exactly as issued; anything else (extra parts, a non-UUID id) is no token. */
export function parseRefreshToken(token: string): { id: string; secret: string } | null {
  const parts = token.split('.');
  if (parts.length !== 2) return null;
  const [id, secret] = parts;
  return id && secret && UUID.test(id) ? { id, secret } : null;
}

export function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
