import type { EntityManager } from 'typeorm';
import { addDays } from '../calendar/dates';
import { Sql } from '../database/sql';
import { REFUSED_MEALS_PER_WEEK } from './care.enums';
import { weekStart } from './care-rules';
import { RAISE_REFUSED_MEAL_ALERTS } from './daily-care.queries';
import type { MealEntry } from './daily-record.entity';

/** Only a record that refuses a meal can raise the alert (the others need no statement). */
export function refusesAMeal(meals: readonly Pick<MealEntry, 'intake'>[] | undefined): boolean {
  return (meals ?? []).some((m) => m.intake === 'refused');
}

function parameters(facilityId: string, residentIds: string[], date: string): unknown[] {
  const monday = weekStart(date);
  return [facilityId, residentIds, monday, addDays(monday, 6), REFUSED_MEALS_PER_WEEK];
}

/**
 * After daily records of `date` were written: one statement raises a `meals_refused` alert for
 * each of the residents with more than REFUSED_MEALS_PER_WEEK refused meals in that week. The
 * source key holds the resident and the week, so a week raises at most one alert per resident.
 */
export async function raiseRefusedMealAlerts(
  on: EntityManager | Sql,
  facilityId: string,
  residentIds: string[],
  date: string,
): Promise<number> {
  if (residentIds.length === 0) return 0;
  const values = parameters(facilityId, residentIds, date);
  const rows: unknown[] =
    on instanceof Sql
      ? await on.rows(RAISE_REFUSED_MEAL_ALERTS, values)
      : await on.query(RAISE_REFUSED_MEAL_ALERTS.text, values);
  return rows.length;
}
