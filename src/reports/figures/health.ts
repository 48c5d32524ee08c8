import type { EntityManager } from 'typeorm';
import { INCIDENT_KINDS, INCIDENT_SEVERITIES } from '../../daily-care/care.enums';
import { mealFigures } from '../../daily-care/meals-summary';
import type { HealthFigures, IncidentFigures } from '../monthly-figures';
import { healthCounts, incidentCounts, specialDiets } from '../monthly-figures.queries';

/** Incidents of the period by kind and severity, every kind and severity present (zeros too). */
export async function incidents(
  manager: EntityManager,
  facilityId: string,
  first: string,
  last: string,
): Promise<IncidentFigures> {
  const rows = await incidentCounts(manager, facilityId, first, last);
  const byKind: Record<string, number> = Object.fromEntries(INCIDENT_KINDS.map((k) => [k, 0]));
  const bySeverity: Record<string, number> = Object.fromEntries(
    INCIDENT_SEVERITIES.map((k) => [k, 0]),
  );
  for (const r of rows) {
    byKind[r.kind] = (byKind[r.kind] ?? 0) + r.n;
    bySeverity[r.severity] = (bySeverity[r.severity] ?? 0) + r.n;
  }
  return { total: rows.reduce((a, r) => a + r.n, 0), byKind, bySeverity };
}

export async function health(
  manager: EntityManager,
  facilityId: string,
  first: string,
  last: string,
): Promise<HealthFigures> {
  const rows = await healthCounts(manager, facilityId, first, last);
  const r = rows[0];
  return {
    examsDone: r?.done ?? 0,
    examsDueInMonth: r?.due ?? 0,
    overdueAtMonthEnd: r?.overdue ?? 0,
    vaccinationsGiven: r?.doses ?? 0,
    hospitalReferrals: r?.referrals ?? 0,
    growthFlags: { recorded: true, value: r?.flagged ?? 0 },
    seriousIncidents: { recorded: true, value: r?.incidents ?? 0 },
  };
}

/**
 * Meals served and refused (the daily records); special diets: the residents present at the end
 * of the period whose plan in force that day (plans are versioned: created, superseded) was not
 * the normal diet, so a later change of plan leaves a closed period as it was.
 */
export async function nutrition(
  manager: EntityManager,
  facilityId: string,
  first: string,
  last: string,
) {
  const m = await mealFigures(manager, facilityId, first, last);
  const special = await specialDiets(manager, facilityId, last);
  return {
    recorded: true as const,
    value: { mealsServed: m.mealsServed, mealsRefused: m.mealsRefused, specialDiets: special },
  };
}
