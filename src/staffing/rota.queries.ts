import type { EntityManager } from 'typeorm';
import type { Role } from '../identity/role';
import type { AssignmentView } from './dto/staffing.dto';

/** The rota's SQL: the week's row and its version, the week's assignments, who and what may be assigned. */

/** One assignment of the week, with its staff member's name and role. */
export interface AssignmentRow {
  id: string;
  user_id: string;
  full_name: string;
  role: Role;
  date: string;
  shift: AssignmentView['shift'];
  room_ids: string[];
  cover: boolean;
}

/** The week's version (0: no rota written yet). */
export async function rotaWeekVersion(
  manager: EntityManager,
  facilityId: string,
  weekStart: string,
): Promise<number> {
  const rows = await manager.query<{ version: number }[]>(
    `SELECT version FROM rota_week WHERE facility_id = $1 AND week_start = $2`,
    [facilityId, weekStart],
  );
  return rows[0]?.version ?? 0;
}

/** The week's row, created at version 0 if it is the week's first rota, then locked: its version. */
export async function lockRotaWeek(
  manager: EntityManager,
  facilityId: string,
  weekStart: string,
  userId: string,
): Promise<number> {
  await manager.query(
    `INSERT INTO rota_week (facility_id, week_start, updated_by, version) VALUES ($1, $2, $3, 0)
         ON CONFLICT DO NOTHING`,
    [facilityId, weekStart, userId],
  );
  const [locked] = await manager.query<{ version: number }[]>(
    `SELECT version FROM rota_week WHERE facility_id = $1 AND week_start = $2 FOR UPDATE`,
    [facilityId, weekStart],
  );
  return locked?.version ?? 0;
}

/** The next version of the week, written by `userId`. */
export async function bumpRotaWeek(
  manager: EntityManager,
  facilityId: string,
  weekStart: string,
  userId: string,
): Promise<void> {
  await manager.query(
    `UPDATE rota_week SET version = version + 1, updated_by = $3, updated_at = now()
          WHERE facility_id = $1 AND week_start = $2`,
    [facilityId, weekStart, userId],
  );
}

/** The facility's active staff who may be on the rota (every role but the officer), by id. */
export async function rotaStaffRoles(
  manager: EntityManager,
  facilityId: string,
): Promise<Map<string, Role>> {
  const users = await manager.query<{ id: string; role: Role }[]>(
    `SELECT id, role FROM app_user WHERE facility_id = $1 AND active AND role <> 'officer'`,
    [facilityId],
  );
  return new Map(users.map((u) => [u.id, u.role]));
}

/** The ids of the facility's rooms. */
export async function roomIdsOf(manager: EntityManager, facilityId: string): Promise<Set<string>> {
  const rooms = await manager.query<{ id: string }[]>(
    `SELECT id FROM room WHERE facility_id = $1`,
    [facilityId],
  );
  return new Set(rooms.map((r) => r.id));
}

/**
 * The week's assignments from its Monday (every one, or only `userId`'s), by day, shift (morning,
 * afternoon, night), role, name and id.
 */
export function weekAssignments(
  manager: EntityManager,
  facilityId: string,
  weekStart: string,
  userId: string | null,
): Promise<AssignmentRow[]> {
  return manager.query(
    `SELECT a.id, a.user_id, u.full_name, u.role, to_char(a.work_date, 'YYYY-MM-DD') AS date,
              a.shift, a.room_ids, a.cover
         FROM staff_assignment a JOIN app_user u ON u.id = a.user_id
        WHERE a.facility_id = $1 AND a.work_date BETWEEN $2 AND $2::date + 6
          AND ($3::uuid IS NULL OR a.user_id = $3)
        ORDER BY a.work_date, array_position(ARRAY['morning', 'afternoon', 'night'], a.shift::text),
                 u.role, u.full_name, a.id`,
    [facilityId, weekStart, userId],
  );
}

/** Deletes the facility's assignments from `from` to `to`. */
export async function deleteAssignments(
  manager: EntityManager,
  facilityId: string,
  from: string,
  to: string,
): Promise<void> {
  await manager.query(
    `DELETE FROM staff_assignment WHERE facility_id = $1 AND work_date BETWEEN $2 AND $3`,
    [facilityId, from, to],
  );
}
