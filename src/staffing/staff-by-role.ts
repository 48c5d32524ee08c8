import type { EntityManager } from 'typeorm';
import { STAFF_PERIODS } from '../reports/history/staff-roles';
import { RESIDENTS_PER_MEDICAL_STAFF, RESIDENTS_PER_SOCIAL_WORKER } from './staffing.enums';
import { staffingRows } from './staffing.queries';

/** The facility's staff roles a report counts, in the order it lists them. */
export const STAFF_ROLES_COUNTED = ['caretaker', 'social_worker', 'nurse', 'admin'] as const;
export type StaffRoleCounted = (typeof STAFF_ROLES_COUNTED)[number];

/** One role of the facility's staff against what TT 33/2017 Điều 5 requires. */
export interface StaffRoleRow {
  role: StaffRoleCounted;
  /** Staff holding the role on the period's last day (the staff history, not today's accounts). */
  onLastDay: number;
  /** The daily head count averaged over the period's days, to one decimal. */
  average: number;
  /** What the residents present on the last day require; null where the circular names no ratio. */
  required: number | null;
}

/**
 * The facility's staff by role against TT 33/2017 Điều 5 (carers by resident group, social
 * workers 1 per 100 residents, medical staff 1 per 50), from the staff history: every role listed.
 */
export interface StaffRoleFigures {
  /** The period's last day, or the day the figures were taken if the period was still running. */
  lastDay: string;
  /** Residents present on the last day, as the rota's requirement counts them. */
  residents: number;
  roles: StaffRoleRow[];
}

/**
 * Staff by role over `first`..`until` (the staff history: who held which role each day; up to
 * today while the period runs) against what the residents present on its last day require:
 * carers by the TT 33 groups (the rota's own count), social workers ceil(residents / 100),
 * medical staff (nurses) ceil(residents / 50).
 */
export async function staffByRole(
  manager: EntityManager,
  facilityId: string,
  first: string,
  until: string,
): Promise<StaffRoleFigures> {
  // A period still running is counted up to the facility's today, not into days yet to come.
  const [cap] = await manager.query<{ today: string }[]>(
    `SELECT to_char((now() AT TIME ZONE timezone)::date, 'YYYY-MM-DD') AS today FROM facility WHERE id = $1`,
    [facilityId],
  );
  const last = cap && cap.today < until && cap.today >= first ? cap.today : until;
  const counts: { role: string; on_last: number; average: string }[] = await manager.query(
    `WITH days AS (SELECT d::date AS day FROM generate_series($2::date, $3::date, interval '1 day') d),
          staff AS (${STAFF_PERIODS})
     SELECT s.role,
            count(*) FILTER (WHERE days.day = $3::date)::int AS on_last,
            round(count(*)::numeric / (SELECT count(*) FROM days), 1)::text AS average
       FROM days JOIN staff s ON s.valid_from <= days.day AND (s.valid_to IS NULL OR s.valid_to > days.day)
      GROUP BY s.role`,
    [facilityId, first, last],
  );
  const [need] = await staffingRows(manager, facilityId, last, last);
  const residents = need?.residents ?? 0;
  const required: Record<StaffRoleCounted, number | null> = {
    caretaker: need?.required_carers ?? 0,
    social_worker: Math.ceil(residents / RESIDENTS_PER_SOCIAL_WORKER),
    nurse: Math.ceil(residents / RESIDENTS_PER_MEDICAL_STAFF),
    admin: null,
  };
  return {
    lastDay: last,
    residents,
    roles: STAFF_ROLES_COUNTED.map((role) => {
      const c = counts.find((r) => r.role === role);
      return {
        role,
        onLastDay: c?.on_last ?? 0,
        average: c ? Number(c.average) : 0,
        required: required[role],
      };
    }),
  };
}
