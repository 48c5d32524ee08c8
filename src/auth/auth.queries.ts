import type { EntityManager } from 'typeorm';
import type { Role } from '../identity/role';
import { User } from '../users/user.entity';
import { RefreshToken } from './refresh-token.entity';

/** Auth's SQL: the login's account (with its password hash), its bookkeeping, sessions, tokens. */

/** The account of a username, with its password hash (not selected otherwise). */
export function userWithPasswordHash(
  manager: EntityManager,
  username: string,
): Promise<User | null> {
  return manager
    .getRepository(User)
    .createQueryBuilder('u')
    .addSelect('u.passwordHash')
    .where('u.username = :username', { username })
    .getOne();
}

/**
 * A successful login: the failure count and lock are cleared and the time kept. Raw SQL: login
 * bookkeeping must not bump the account's version (that would make an admin's edit stale).
 */
export async function recordLogin(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(
    'UPDATE app_user SET failed_login_count = 0, locked_until = NULL, last_login_at = now() WHERE id = $1',
    [userId],
  );
}

/** A refresh token's row, locked while it is spent. */
export function lockedRefreshToken(
  manager: EntityManager,
  id: string,
): Promise<RefreshToken | null> {
  return manager
    .getRepository(RefreshToken)
    .createQueryBuilder('t')
    .setLock('pessimistic_write')
    .where('t.id = :id', { id })
    .getOne();
}

/** An active user whose session (refresh-token family) is not revoked, with the facility's zone. */
export interface SessionUserRow {
  id: string;
  username: string;
  role: Role;
  facility_id: string | null;
  province_code: string | null;
  timezone: string | null;
}

export async function sessionUser(
  manager: EntityManager,
  userId: string,
  familyId: string,
): Promise<SessionUserRow | undefined> {
  const rows: SessionUserRow[] = await manager.query(
    `SELECT u.id, u.username, u.role, u.facility_id, u.province_code, f.timezone
       FROM app_user u LEFT JOIN facility f ON f.id = u.facility_id
      WHERE u.id = $1 AND u.active
        AND EXISTS (SELECT 1 FROM refresh_token t
                     WHERE t.family_id = $2 AND t.user_id = u.id AND t.revoked_at IS NULL)`,
    [userId, familyId],
  );
  return rows[0];
}
