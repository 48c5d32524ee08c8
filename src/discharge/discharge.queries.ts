import type { EntityManager } from 'typeorm';

/** Discharge's SQL: the stay figures (movements), the follow-up job's alerts, readmission's closing. */

/** The stay events that make someone present (the last event on or before a day decides). */
const PRESENT_EVENTS = `('admitted', 'readmitted', 'leave_started', 'leave_ended')`;

/** The census at the end of a day, read from the stay history. */
export async function presentOn(
  manager: EntityManager,
  facilityId: string,
  onDay: string,
): Promise<number> {
  const rows: { n: number }[] = await manager.query(
    `SELECT count(*)::int AS n FROM (
       SELECT DISTINCT ON (resident_id) kind FROM resident_event
        WHERE facility_id = $1 AND event_date <= $2
        ORDER BY resident_id, event_date DESC, created_at DESC
     ) last WHERE kind IN ${PRESENT_EVENTS}`,
    [facilityId, onDay],
  );
  return rows[0]?.n ?? 0;
}

/** The stay events of a period counted by kind (admissions by type, discharges by ground). */
export async function stayEventCounts(
  manager: EntityManager,
  facilityId: string,
  first: string,
  last: string,
): Promise<{ kind: string; sub: string | null; n: number }[]> {
  const rows: { kind: string; sub: string | null; n: number }[] = await manager.query(
    `SELECT kind, CASE WHEN kind = 'admitted' THEN details->>'type' WHEN kind = 'discharged' THEN details->>'ground' END AS sub,
            count(*)::int AS n
       FROM resident_event
      WHERE facility_id = $1 AND event_date BETWEEN $2 AND $3
        AND kind IN ('admitted', 'readmitted', 'discharged', 'died', 'transferred')
      GROUP BY 1, 2`,
    [facilityId, first, last],
  );
  return rows;
}

/** Discharge decisions of a period taken late (more than 7 working days after the request). */
export async function lateDecisionCount(
  manager: EntityManager,
  facilityId: string,
  first: string,
  last: string,
): Promise<number> {
  const late: { n: number }[] = await manager.query(
    `SELECT count(*)::int AS n FROM discharge
      WHERE facility_id = $1 AND decision_late AND decision_date BETWEEN $2 AND $3`,
    [facilityId, first, last],
  );
  return late[0]?.n ?? 0;
}

/** Raises an alert for each follow-up visit past its due date, not done; returns how many. */
export async function raiseOverdueFollowUps(manager: EntityManager): Promise<number> {
  const followUps: unknown[] = await manager.query(
    `INSERT INTO alert (facility_id, resident_id, kind, severity, source_key, source_type, source_id, due_on, message, message_en, version)
     SELECT fu.facility_id, fu.resident_id, 'follow_up_overdue', 'warning', 'follow_up:' || fu.id || ':' || fu.due_on, 'follow_up', fu.id, fu.due_on,
            r.code || ' ' || r.full_name || ': quá hạn theo dõi sau hòa nhập từ ' || to_char(fu.due_on, 'DD/MM/YYYY'),
            r.code || ' ' || r.full_name || ': follow-up overdue since ' || to_char(fu.due_on, 'YYYY-MM-DD'), 1
       FROM follow_up fu JOIN resident r ON r.id = fu.resident_id JOIN facility f ON f.id = fu.facility_id
      WHERE fu.done_on IS NULL AND fu.closed_outcome IS NULL AND fu.due_on < (now() AT TIME ZONE f.timezone)::date
     ON CONFLICT (facility_id, kind, source_key) DO NOTHING RETURNING 1`,
  );
  return followUps.length;
}

/** Raises an alert for each reintegration step past its due date, not done; returns how many. */
export async function raiseOverdueReintegrationSteps(manager: EntityManager): Promise<number> {
  const steps: unknown[] = await manager.query(
    `INSERT INTO alert (facility_id, resident_id, kind, severity, source_key, source_type, source_id, due_on, message, message_en, version)
     SELECT s.facility_id, s.resident_id, 'reintegration_step_overdue', 'warning', 'reintegration_step:' || s.id || ':' || s.due_on, 'reintegration_step', s.id, s.due_on,
            r.code || ' ' || r.full_name || ': quá hạn bước tái hòa nhập "' || left(s.description, 100) || '"',
            r.code || ' ' || r.full_name || ': reintegration step overdue "' || left(s.description, 100) || '"', 1
       FROM reintegration_step s JOIN resident r ON r.id = s.resident_id JOIN facility f ON f.id = s.facility_id
      WHERE s.done_on IS NULL AND r.status IN ('active', 'on_leave') AND s.due_on < (now() AT TIME ZONE f.timezone)::date
     ON CONFLICT (facility_id, kind, source_key) DO NOTHING RETURNING 1`,
  );
  return steps.length;
}

/**
 * A readmission: the last stay's visits not done are no longer due, closed (`readmitted`).
 * Returns the closed ones (their alerts are closed by the caller).
 */
export async function closeFollowUpsOnReadmission(
  manager: EntityManager,
  residentId: string,
  on: string,
): Promise<{ id: string }[]> {
  // An UPDATE … RETURNING answers [rows, count] through TypeORM's PostgreSQL driver.
  const [closed]: [{ id: string }[], number] = await manager.query(
    `UPDATE follow_up SET closed_outcome = 'readmitted', closed_on = $2, version = version + 1
      WHERE resident_id = $1 AND done_on IS NULL AND closed_outcome IS NULL RETURNING id`,
    [residentId, on],
  );
  return closed;
}
