import type { EntityManager } from 'typeorm';
import { STAFFING_SQL } from './staffing.queries';

/** The staffing job's SQL: raising and closing `shift_short` alerts over a range of days. */

const SHIFT_VI = `CASE s.shift WHEN 'morning' THEN 'ca sáng' WHEN 'afternoon' THEN 'ca chiều' ELSE 'ca đêm' END`;

/** The shifts from `$2` to `$3`, in every facility with a rota that day, short of caretakers. */
const SHORT_SQL = `SELECT s.* FROM (${STAFFING_SQL}) AS s WHERE s.has_rota AND s.assigned_carers < s.required_carers`;

/**
 * A `shift_short` alert for each short shift from `from` to `to` (once per facility, day and
 * shift: the source key names them); returns how many were raised.
 */
export async function raiseShortShifts(
  manager: EntityManager,
  from: string,
  to: string,
): Promise<number> {
  const raised: unknown[] = await manager.query(
    `INSERT INTO alert (facility_id, resident_id, kind, severity, source_key, source_type, source_id, due_on, message, message_en, version)
     SELECT s.facility_id, NULL, 'shift_short', 'warning', 'staffing:' || s.day || ':' || s.shift,
            'staffing', NULL, s.day::date,
            'Ngày ' || to_char(s.day::date, 'DD/MM/YYYY') || ', ' || ${SHIFT_VI} || ': ' || s.assigned_carers
              || ' nhân viên chăm sóc, cần ' || s.required_carers || ' (TT 33/2017)',
            s.day || ' ' || s.shift || ' shift: ' || s.assigned_carers || ' carers, '
              || s.required_carers || ' required (TT 33/2017)',
            1
       FROM (${SHORT_SQL}) AS s
     ON CONFLICT (facility_id, kind, source_key) DO NOTHING
     RETURNING 1`,
    [null, from, to],
  );
  return raised.length;
}

/** Closes the open `shift_short` alerts from `from` to `to` whose shift is no longer short. */
export async function closeShiftsNoLongerShort(
  manager: EntityManager,
  from: string,
  to: string,
): Promise<number> {
  const closed: [unknown[], number] = await manager.query(
    `UPDATE alert a SET status = 'closed', closed_at = now(), version = a.version + 1
      WHERE a.kind = 'shift_short' AND a.status <> 'closed' AND a.due_on BETWEEN $2 AND $3
        AND NOT EXISTS (SELECT 1 FROM (${SHORT_SQL}) AS s
                         WHERE s.facility_id = a.facility_id AND a.source_key = 'staffing:' || s.day || ':' || s.shift)`,
    [null, from, to],
  );
  return closed[1];
}
