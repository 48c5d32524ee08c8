import type { EntityManager } from 'typeorm';

/**
 * Records, in the caller's transaction, what the account holds now (its facility and role, or
 * nothing while it is inactive or belongs to no facility) as true from the facility's today on.
 * Call it after every write that may change it: creating an account, a PATCH of its role or of
 * `active` (and any future move to another facility). Reports count a day's staff by the row that
 * covered it, so a change in December leaves November's staff figures as they were.
 *
 * - the open row already says the same: nothing is written;
 * - the row closed today says the same (deactivated and reactivated on one day): it is reopened;
 * - the open row began today: it is overwritten, or deleted if the account no longer counts;
 * - otherwise the open row is closed today and, if the account still counts, a new one opens.
 */
export async function recordStaffRole(manager: EntityManager, userId: string): Promise<void> {
  const rows: {
    facility_id: string | null;
    role: string;
    counts: boolean;
    today: string | null;
    last_id: string | null;
    last_facility_id: string | null;
    last_role: string | null;
    last_from: string | null;
    last_to: string | null;
  }[] = await manager.query(
    `SELECT u.facility_id, u.role::text AS role, (u.active AND u.facility_id IS NOT NULL) AS counts,
            to_char((now() AT TIME ZONE f.timezone)::date, 'YYYY-MM-DD') AS today,
            p.id AS last_id, p.facility_id AS last_facility_id, p.role AS last_role,
            to_char(p.valid_from, 'YYYY-MM-DD') AS last_from, to_char(p.valid_to, 'YYYY-MM-DD') AS last_to
       FROM app_user u
       LEFT JOIN LATERAL (SELECT * FROM staff_role_period WHERE user_id = u.id
                           ORDER BY valid_from DESC LIMIT 1) p ON true
       LEFT JOIN facility f ON f.id = coalesce(u.facility_id, p.facility_id)
      WHERE u.id = $1`,
    [userId],
  );
  const u = rows[0];
  // An officer (no facility, never any row) is no staff of a facility.
  if (!u?.today) return;
  const today = u.today;
  const open = u.last_id !== null && u.last_to === null;
  const same = u.counts && u.last_facility_id === u.facility_id && u.last_role === u.role;
  if (same && (open || u.last_to === today)) {
    if (!open) {
      await manager.query(`UPDATE staff_role_period SET valid_to = NULL WHERE id = $1`, [
        u.last_id,
      ]);
    }
    return;
  }
  if (open && u.last_from === today) {
    if (u.counts) {
      await manager.query(
        `UPDATE staff_role_period SET facility_id = $2, role = $3, recorded_at = now() WHERE id = $1`,
        [u.last_id, u.facility_id, u.role],
      );
    } else {
      await manager.query(`DELETE FROM staff_role_period WHERE id = $1`, [u.last_id]);
    }
    return;
  }
  if (open) {
    await manager.query(`UPDATE staff_role_period SET valid_to = $2 WHERE id = $1`, [
      u.last_id,
      today,
    ]);
  }
  if (u.counts) {
    await manager.query(
      `INSERT INTO staff_role_period (facility_id, user_id, role, valid_from) VALUES ($1, $2, $3, $4)`,
      [u.facility_id, userId, u.role, today],
    );
  }
}

/**
 * Opens a row from `validFrom` for every active facility account that has none: the demo seed,
 * whose staff were employed before its first resident came.
 */
export async function recordStaffWithoutHistory(
  manager: EntityManager,
  validFrom: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO staff_role_period (facility_id, user_id, role, valid_from)
     SELECT u.facility_id, u.id, u.role::text, $1 FROM app_user u
      WHERE u.facility_id IS NOT NULL AND u.active
        AND NOT EXISTS (SELECT 1 FROM staff_role_period p WHERE p.user_id = u.id)`,
    [validFrom],
  );
}

/**
 * The periods of a facility's staff as SQL rows (user_id, role, valid_from, valid_to): the history,
 * or, for an account with no history row (written by a script, bypassing the service), its
 * account: from its creation, until the day it was last written if it is inactive. `$1` is the
 * facility.
 */
export const STAFF_PERIODS = `
  SELECT p.user_id, p.role, p.valid_from, p.valid_to FROM staff_role_period p WHERE p.facility_id = $1
  UNION ALL
  SELECT u.id, u.role::text, (u.created_at AT TIME ZONE f.timezone)::date,
         CASE WHEN u.active THEN NULL ELSE (u.updated_at AT TIME ZONE f.timezone)::date END
    FROM app_user u JOIN facility f ON f.id = u.facility_id
   WHERE u.facility_id = $1 AND NOT EXISTS (SELECT 1 FROM staff_role_period p WHERE p.user_id = u.id)`;
