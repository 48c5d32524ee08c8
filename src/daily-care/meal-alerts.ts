import type { EntityManager } from 'typeorm';
import { addDays } from '../calendar/dates';
import { REFUSED_MEALS_PER_WEEK } from './care.enums';
import { weekStart } from './care-rules';

/**
 * After daily records of `date` were written: one statement raises a `meals_refused` alert for
 * each of the residents with more than REFUSED_MEALS_PER_WEEK refused meals in that week. The
 * source key holds the resident and the week, so a week raises at most one alert per resident.
 */
export async function raiseRefusedMealAlerts(
  manager: EntityManager,
  facilityId: string,
  residentIds: string[],
  date: string,
): Promise<number> {
  if (residentIds.length === 0) return 0;
  const monday = weekStart(date);
  const rows: unknown[] = await manager.query(
    `INSERT INTO alert (facility_id, resident_id, kind, severity, source_key, source_type, source_id, due_on, message, message_en, version)
     SELECT $1, r.id, 'meals_refused', 'warning', 'meals_week:' || r.id || ':' || $3, 'meals_week', r.id, $3::date,
            r.code || ' ' || r.full_name || ': bỏ ' || x.n || ' bữa trong tuần từ ' || to_char($3::date, 'DD/MM/YYYY'),
            r.code || ' ' || r.full_name || ': ' || x.n || ' meals refused in the week of ' || $3,
            1
       FROM (SELECT d.resident_id, count(*)::int AS n
               FROM daily_record d CROSS JOIN LATERAL jsonb_array_elements(d.meals) m
              WHERE d.facility_id = $1 AND d.resident_id = ANY($2::uuid[])
                AND d.record_date >= $3::date AND d.record_date <= $4::date
                AND m->>'intake' = 'refused'
              GROUP BY d.resident_id
             HAVING count(*) > $5) x
       JOIN resident r ON r.id = x.resident_id
     ON CONFLICT (facility_id, kind, source_key) DO NOTHING
     RETURNING 1`,
    [facilityId, residentIds, monday, addDays(monday, 6), REFUSED_MEALS_PER_WEEK],
  );
  return rows.length;
}
