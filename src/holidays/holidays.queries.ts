import type { EntityManager } from 'typeorm';
import { sourceKey } from '../alerts/alerts.queries';

/**
 * The holidays' SQL: the alert of a year whose holiday decision is missing, raised by the
 * holiday-decision job (one set-based statement over the facilities) and closed when the decision
 * is recorded, with the source key alerts.queries' sourceKey builds.
 */

/** The alert of a year whose decision is missing: its source key's type (no source row). */
export const HOLIDAY_YEAR_SOURCE = 'holiday_year';

/** The alert source key of a year's missing decision (as `sourceKey` builds it). */
export function holidayYearKey(year: number): string {
  return sourceKey(HOLIDAY_YEAR_SOURCE, null, `${year}-01-01`);
}

/**
 * Raises, for each facility where it is `fromMonth` or later in the year (its own time zone at
 * `now`), the alert of next year's missing decision; returns how many were raised.
 */
export async function raiseMissingDecisionAlerts(
  manager: EntityManager,
  fromMonth: number,
  now: Date,
): Promise<number> {
  const raised: unknown[] = await manager.query(
    `INSERT INTO alert (facility_id, resident_id, kind, severity, source_key, source_type, source_id, due_on, message, message_en, version)
     SELECT f.id, NULL, 'holiday_decision_missing', 'warning',
            $1 || ':-:' || (t.y + 1) || '-01-01', $1, NULL, make_date(t.y + 1, 1, 1),
            'Chưa nhập lịch nghỉ lễ, Tết năm ' || (t.y + 1) || ' theo quyết định của Thủ tướng (ngày nghỉ hoán đổi, ngày liền kề Quốc khánh)',
            'The ' || (t.y + 1) || ' holiday decision is not entered (swapped days, the National Day companion day)',
            1
       FROM facility f
       CROSS JOIN LATERAL (
         SELECT extract(year FROM ($3::timestamptz AT TIME ZONE f.timezone))::int AS y,
                extract(month FROM ($3::timestamptz AT TIME ZONE f.timezone))::int AS m) t
      WHERE t.m >= $2
        AND NOT EXISTS (SELECT 1 FROM holiday_decision d WHERE d.facility_id = f.id AND d.year = t.y + 1)
        AND NOT EXISTS (SELECT 1 FROM holiday_override o WHERE extract(year FROM o.date) = t.y + 1)
     ON CONFLICT (facility_id, kind, source_key) DO NOTHING
     RETURNING 1`,
    [HOLIDAY_YEAR_SOURCE, fromMonth, now],
  );
  return raised.length;
}

/** Closes the facility's alert of the year's missing decision (it is recorded now). */
export async function closeHolidayDecisionAlert(
  manager: EntityManager,
  facilityId: string,
  year: number,
): Promise<void> {
  await manager.query(
    `UPDATE alert SET status = 'closed', closed_at = now(), version = version + 1
      WHERE facility_id = $1 AND kind = 'holiday_decision_missing' AND source_key = $2
        AND status <> 'closed'`,
    [facilityId, holidayYearKey(year)],
  );
}
