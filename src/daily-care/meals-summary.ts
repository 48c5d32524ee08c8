import type { EntityManager } from 'typeorm';

export interface MealFigures {
  /** Meals put in front of a resident: eaten fully or partly, or refused. */
  mealsServed: number;
  mealsRefused: number;
  mealsNotServed: number;
  /** Residents whose current nutrition plan is not the normal diet. */
  specialDiets: number;
}

export interface RefusalWeek {
  weekStart: string;
  residentId: string;
  code: string;
  fullName: string;
  refused: number;
}

/** Meals served and refused between two dates (inclusive): one grouped query. */
export async function mealFigures(
  manager: EntityManager,
  facilityId: string,
  first: string,
  last: string,
): Promise<MealFigures> {
  const rows: { served: number; refused: number; not_served: number; special: number }[] =
    await manager.query(
      `SELECT count(*) FILTER (WHERE m->>'intake' IN ('full', 'partial', 'refused'))::int AS served,
              count(*) FILTER (WHERE m->>'intake' = 'refused')::int AS refused,
              count(*) FILTER (WHERE m->>'intake' = 'not_served')::int AS not_served,
              (SELECT count(*)::int FROM nutrition_plan p JOIN resident r ON r.id = p.resident_id
                WHERE p.facility_id = $1 AND p.superseded_at IS NULL AND p.diet_type <> 'normal'
                  AND r.status IN ('active', 'on_leave')) AS special
         FROM daily_record d CROSS JOIN LATERAL jsonb_array_elements(d.meals) m
        WHERE d.facility_id = $1 AND d.record_date BETWEEN $2 AND $3`,
      [facilityId, first, last],
    );
  const r = rows[0];
  return {
    mealsServed: r?.served ?? 0,
    mealsRefused: r?.refused ?? 0,
    mealsNotServed: r?.not_served ?? 0,
    specialDiets: r?.special ?? 0,
  };
}

/**
 * Residents with more than `threshold` refused meals in a week (Monday–Sunday), counting the
 * days of the week that fall between `first` and `last`.
 */
export async function refusalWeeks(
  manager: EntityManager,
  facilityId: string,
  first: string,
  last: string,
  threshold: number,
): Promise<RefusalWeek[]> {
  const rows: {
    week_start: string;
    resident_id: string;
    code: string;
    full_name: string;
    refused: number;
  }[] = await manager.query(
    `SELECT to_char(date_trunc('week', d.record_date), 'YYYY-MM-DD') AS week_start, d.resident_id,
              r.code, r.full_name, count(*)::int AS refused
         FROM daily_record d
         JOIN resident r ON r.id = d.resident_id
         CROSS JOIN LATERAL jsonb_array_elements(d.meals) m
        WHERE d.facility_id = $1 AND d.record_date BETWEEN $2 AND $3 AND m->>'intake' = 'refused'
        GROUP BY 1, 2, 3, 4
       HAVING count(*) > $4
        ORDER BY 1, 3`,
    [facilityId, first, last, threshold],
  );
  return rows.map((r) => ({
    weekStart: r.week_start,
    residentId: r.resident_id,
    code: r.code,
    fullName: r.full_name,
    refused: r.refused,
  }));
}
