import type { EntityManager } from 'typeorm';
import type { JobOutcome } from '../jobs/job-runner';
import { REFUSALS_IN_A_ROW } from './medication.enums';

/** The medication alerts job's statements (medication-alerts.job.ts runs them). */

/** A scheduled dose's instant: its date and local time in the facility's zone. */
const DOSE_AT = `((d.day + t.time::time) AT TIME ZONE f.timezone)`;

/**
 * Raises "dose not recorded" for every scheduled dose of today or yesterday (the facility's days)
 * whose time passed more than `graceMinutes` ago with no record, for a present resident, while the
 * prescription was in force and already written; closes those whose dose was recorded late. One
 * statement each for every facility; the source key names the dose (prescription, date, time)
 * and is unique per facility and kind, so two replicas or a re-run raise each dose once. The
 * message names the resident and the time, never the medicine (it may be a sensitive one).
 */
export async function raiseMissedDoses(
  manager: EntityManager,
  graceMinutes: number,
): Promise<JobOutcome> {
  const raised: unknown[] = await manager.query(
    `INSERT INTO alert (facility_id, resident_id, kind, severity, source_key, source_type, source_id, due_on, message, message_en, version)
     SELECT p.facility_id, p.resident_id, 'dose_not_recorded', 'warning',
            'dose:' || p.id || ':' || d.day || ':' || t.time, 'prescription', p.id, d.day,
            r.code || ' ' || r.full_name || ': liều thuốc lúc ' || t.time || ' ngày ' || to_char(d.day, 'DD/MM/YYYY') || ' chưa được ghi',
            r.code || ' ' || r.full_name || ': the ' || t.time || ' dose of ' || to_char(d.day, 'YYYY-MM-DD') || ' is not recorded',
            1
       FROM prescription p
       JOIN facility f ON f.id = p.facility_id
       JOIN resident r ON r.id = p.resident_id
       CROSS JOIN LATERAL (VALUES ((now() AT TIME ZONE f.timezone)::date),
                                  ((now() AT TIME ZONE f.timezone)::date - 1)) AS d(day)
       CROSS JOIN LATERAL jsonb_array_elements_text(p.times) AS t(time)
      WHERE NOT p.as_needed AND r.status = 'active'
        AND p.start_date <= d.day AND (p.end_date IS NULL OR p.end_date >= d.day)
        AND (p.stopped_at IS NULL OR ${DOSE_AT} < p.stopped_at)
        AND ${DOSE_AT} >= p.created_at
        AND ${DOSE_AT} < now() - make_interval(mins => $1)
        AND NOT EXISTS (SELECT 1 FROM medication_administration a
                         WHERE a.prescription_id = p.id AND a.dose_date = d.day AND a.dose_time = t.time)
     ON CONFLICT (facility_id, kind, source_key) DO NOTHING
     RETURNING 1`,
    [graceMinutes],
  );
  const closed: [unknown[], number] = await manager.query(
    `UPDATE alert al SET status = 'closed', closed_at = now(), version = al.version + 1
       FROM medication_administration a
      WHERE al.kind = 'dose_not_recorded' AND al.status <> 'closed' AND al.source_type = 'prescription'
        AND a.prescription_id = al.source_id AND a.dose_date = al.due_on
        AND al.source_key = 'dose:' || a.prescription_id || ':' || a.dose_date || ':' || a.dose_time`,
  );
  return { raised: raised.length, closed: closed[1] };
}

/**
 * Raises "repeated refusals" for a scheduled prescription whose last `inARow` or more recorded
 * doses were all refused. The key names the streak (the last dose taken before it), so a streak
 * alerts once however long it grows, and a new streak after a dose taken alerts again.
 */
export async function raiseRepeatedRefusals(
  manager: EntityManager,
  inARow: number = REFUSALS_IN_A_ROW,
): Promise<JobOutcome> {
  const raised: unknown[] = await manager.query(
    `WITH last_taken AS (
       SELECT p.id AS prescription_id,
              (SELECT max(a.dose_date + a.dose_time::time) FROM medication_administration a
                WHERE a.prescription_id = p.id AND a.dose_time IS NOT NULL AND a.outcome <> 'refused') AS taken_at
         FROM prescription p
        WHERE NOT p.as_needed AND p.status = 'active'
     ), streak AS (
       SELECT a.facility_id, a.resident_id, a.prescription_id, l.taken_at,
              count(*) AS refused, max(a.dose_date) AS last_day
         FROM medication_administration a
         JOIN last_taken l ON l.prescription_id = a.prescription_id
        WHERE a.dose_time IS NOT NULL AND a.outcome = 'refused'
          AND (l.taken_at IS NULL OR a.dose_date + a.dose_time::time > l.taken_at)
        GROUP BY a.facility_id, a.resident_id, a.prescription_id, l.taken_at
       HAVING count(*) >= $1
     )
     INSERT INTO alert (facility_id, resident_id, kind, severity, source_key, source_type, source_id, due_on, message, message_en, version)
     SELECT s.facility_id, s.resident_id, 'medication_refused', 'warning',
            'refusals:' || s.prescription_id || ':' || coalesce(to_char(s.taken_at, 'YYYY-MM-DD"T"HH24:MI'), 'start'),
            'prescription', s.prescription_id, s.last_day,
            r.code || ' ' || r.full_name || ': từ chối thuốc ' || s.refused || ' lần liên tiếp',
            r.code || ' ' || r.full_name || ': refused medication ' || s.refused || ' times in a row',
            1
       FROM streak s JOIN resident r ON r.id = s.resident_id
      WHERE r.status = 'active'
     ON CONFLICT (facility_id, kind, source_key) DO NOTHING
     RETURNING 1`,
    [inARow],
  );
  return { raised: raised.length, closed: 0 };
}
