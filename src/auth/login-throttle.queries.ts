import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';

/** The login throttle's SQL (login_throttle, and the account's failure count). */

/** What one failed login left behind. */
export interface FailureRow {
  failures: number;
  blocked_until: Date | null;
  account_failures: number | null;
  facility_id: string | null;
  username: string | null;
  today: string | null;
}

/** The seconds a (username, address) pair still waits, or undefined when it is not blocked. */
export async function blockedSeconds(
  manager: EntityManager,
  key: string,
): Promise<number | undefined> {
  const rows: { wait: number }[] = await manager.query(
    `SELECT ceil(extract(epoch FROM blocked_until - now()))::int AS wait
       FROM login_throttle WHERE key = $1 AND blocked_until > now()`,
    [key],
  );
  return rows[0]?.wait;
}

/**
 * Counts a failure of the pair (and of the account, when it exists) in one statement, so
 * parallel attempts cannot slip past the count, and starts the pair's delay once it is due.
 */
export async function countFailedLogin(
  manager: EntityManager,
  key: string,
  userId: string | null,
  settings: AppConfig['loginThrottle'],
): Promise<FailureRow | undefined> {
  const { freeFailures, baseDelaySeconds, maxDelaySeconds, forgetAfterHours } = settings;
  // n: the failures of the series after this one (a series forgotten after a quiet day).
  const n = `CASE WHEN lt.last_failure_at < now() - make_interval(hours => $2) THEN 1 ELSE lt.failures + 1 END`;
  const delay = (failures: string) =>
    `CASE WHEN ${failures} >= $3
          THEN now() + make_interval(secs => least($4 * power(2, least(${failures} - $3, 30)), $5))
     END`;
  const rows: FailureRow[] = await manager.query(
    `WITH t AS (
       INSERT INTO login_throttle AS lt (key, failures, blocked_until, last_failure_at)
       VALUES ($1, 1, ${delay('1')}, now())
       ON CONFLICT (key) DO UPDATE
          SET failures = ${n}, blocked_until = ${delay(n)}, last_failure_at = now()
       RETURNING failures, blocked_until
     ), u AS (
       -- version is not bumped: a failed login is not an edit of the account.
       UPDATE app_user SET failed_login_count = failed_login_count + 1
        WHERE id = $6::uuid
        RETURNING failed_login_count, facility_id, username,
                  (SELECT (now() AT TIME ZONE f.timezone)::date::text FROM facility f
                    WHERE f.id = app_user.facility_id) AS today
     )
     SELECT t.failures, t.blocked_until, u.failed_login_count AS account_failures,
            u.facility_id, u.username, u.today
       FROM t LEFT JOIN u ON true`,
    [key, forgetAfterHours, freeFailures, baseDelaySeconds, maxDelaySeconds, userId],
  );
  return rows[0];
}

/** A right password from this address: its series ends (other addresses keep theirs). */
export async function endFailureSeries(manager: EntityManager, key: string): Promise<void> {
  await manager.query('DELETE FROM login_throttle WHERE key = $1', [key]);
}
