import type { EntityManager } from 'typeorm';

/** Housekeeping's SQL: each statement deletes what has expired and returns how many rows went. */

/** Stored idempotent answers older than a day. */
export async function deleteOldIdempotencyKeys(manager: EntityManager): Promise<number> {
  const keys: [unknown[], number] = await manager.query(
    `DELETE FROM idempotency_key WHERE created_at < now() - interval '24 hours'`,
  );
  return keys[1];
}

/** Refresh tokens a week after they ended (expired, or revoked earlier). */
export async function deleteEndedRefreshTokens(manager: EntityManager): Promise<number> {
  const tokens: [unknown[], number] = await manager.query(
    `DELETE FROM refresh_token WHERE greatest(expires_at, coalesce(revoked_at, expires_at)) < now() - interval '7 days'`,
  );
  return tokens[1];
}

/** Failed-login series a day after their last failure. */
export async function deleteOldLoginThrottles(manager: EntityManager): Promise<number> {
  const throttles: [unknown[], number] = await manager.query(
    `DELETE FROM login_throttle WHERE last_failure_at < now() - interval '24 hours'`,
  );
  return throttles[1];
}
