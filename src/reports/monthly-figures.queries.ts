import type { EntityManager } from 'typeorm';
import { birthDateSql } from '../residents/model/birth-date';
import type { ResidentCategory } from '../residents/model/categories';
import { AGE_BANDS } from '../residents/register/resident-query.dto';
import { factsOn } from './history/resident-facts';
import type { MonthMovementRow } from './monthly-figures';

/** The SQL of the report's figures: one function per grouped query, over the history. */

/**
 * Residents present on a day (the last stay event on or before it decides: history, not status),
 * with the categories, disability level and HIV status they had that day (resident_fact), not
 * today's; the register's only for a resident with no history row covering the day.
 */
const PRESENT_ON = `
  SELECT r.id, r.sex, r.date_of_birth, r.birth_year, r.ethnicity_code,
         coalesce(h.categories, r.categories) AS categories,
         CASE WHEN h.id IS NULL THEN r.disability_level ELSE h.disability_level END AS disability_level,
         coalesce(h.hiv_status, (SELECT s.hiv_status FROM resident_sensitive s WHERE s.resident_id = r.id)) AS hiv_status
    FROM resident r
    JOIN (SELECT DISTINCT ON (resident_id) resident_id, kind FROM resident_event
           WHERE facility_id = $1 AND event_date <= $2
           ORDER BY resident_id, event_date DESC, created_at DESC) last ON last.resident_id = r.id
    ${factsOn('$2')}
   WHERE last.kind IN ('admitted', 'readmitted', 'leave_started', 'leave_ended')`;

const AGE_SQL = `date_part('year', age($2::date, ${birthDateSql('p')}))::int`;

async function count(manager: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const rows: { n: number }[] = await manager.query(sql, params);
  return rows[0]?.n ?? 0;
}

/** Follow-ups after reintegration done in the period. */
export function followUpsDone(
  manager: EntityManager,
  facilityId: string,
  first: string,
  last: string,
): Promise<number> {
  return count(
    manager,
    `SELECT count(*)::int AS n FROM follow_up WHERE facility_id = $1 AND done_on BETWEEN $2 AND $3`,
    [facilityId, first, last],
  );
}

/** Incidents of the period counted by kind and severity. */
export function incidentCounts(
  manager: EntityManager,
  facilityId: string,
  first: string,
  last: string,
): Promise<{ kind: string; severity: string; n: number }[]> {
  return manager.query(
    `SELECT i.kind, i.severity, count(*)::int AS n
         FROM incident i JOIN facility f ON f.id = i.facility_id
        WHERE i.facility_id = $1 AND (i.occurred_at AT TIME ZONE f.timezone)::date BETWEEN $2 AND $3
        GROUP BY i.kind, i.severity`,
    [facilityId, first, last],
  );
}

/** Admitted, left and present at the end of each month of the period: one grouped query. */
export function movementByMonth(
  manager: EntityManager,
  facilityId: string,
  first: string,
  last: string,
): Promise<MonthMovementRow[]> {
  return manager.query(
    `WITH months AS (
         SELECT m::date AS first, (m + interval '1 month - 1 day')::date AS last
           FROM generate_series($2::date, $3::date, interval '1 month') m
       )
       SELECT to_char(months.first, 'YYYY-MM') AS month,
              (SELECT count(*)::int FROM resident_event e WHERE e.facility_id = $1
                  AND e.kind IN ('admitted', 'readmitted') AND e.event_date BETWEEN months.first AND months.last) AS admitted,
              (SELECT count(*)::int FROM resident_event e WHERE e.facility_id = $1
                  AND e.kind IN ('discharged', 'died', 'transferred') AND e.event_date BETWEEN months.first AND months.last) AS "left",
              (SELECT count(*)::int FROM (
                  SELECT DISTINCT ON (resident_id) kind FROM resident_event
                   WHERE facility_id = $1 AND event_date <= months.last
                   ORDER BY resident_id, event_date DESC, created_at DESC) x
                WHERE x.kind IN ('admitted', 'readmitted', 'leave_started', 'leave_ended')) AS "atEnd"
         FROM months ORDER BY months.first`,
    [facilityId, first, last],
  );
}

export interface CompositionRow {
  total: number;
  male: number;
  female: number;
  minority: number;
  disabled: number;
  hiv_children: number;
  bands: Record<string, number> | null;
}

/** The residents present on a day by sex, age band, ethnicity, disability and HIV (children). */
export function compositionCounts(
  manager: EntityManager,
  facilityId: string,
  onDay: string,
): Promise<CompositionRow[]> {
  const bandCase = Object.entries(AGE_BANDS)
    .map(([band, [min, max]]) => `WHEN ${AGE_SQL} BETWEEN ${min} AND ${max} THEN '${band}'`)
    .join(' ');
  return manager.query(
    `WITH p AS (${PRESENT_ON}),
              banded AS (SELECT p.*, CASE ${bandCase} END AS band FROM p)
         SELECT count(*)::int AS total,
                count(*) FILTER (WHERE sex = 'male')::int AS male,
                count(*) FILTER (WHERE sex = 'female')::int AS female,
                count(*) FILTER (WHERE ethnicity_code NOT IN ('01', '55'))::int AS minority,
                count(*) FILTER (WHERE disability_level IS NOT NULL OR 'k1_disabled_severe' = ANY(categories))::int AS disabled,
                count(*) FILTER (WHERE hiv_status = 'positive' AND band IN ('under4', '4-5', '6-10', '11-15'))::int AS hiv_children,
                (SELECT jsonb_object_agg(band, n) FROM (SELECT band, count(*)::int AS n FROM banded GROUP BY band) x) AS bands
           FROM banded`,
    [facilityId, onDay],
  );
}

/** The residents present on a day by category (a resident counts in each of theirs). */
export function categoryCounts(
  manager: EntityManager,
  facilityId: string,
  onDay: string,
): Promise<{ category: string; n: number }[]> {
  return manager.query(
    `WITH p AS (${PRESENT_ON}) SELECT c AS category, count(*)::int AS n FROM p, unnest(p.categories) c GROUP BY c ORDER BY c`,
    [facilityId, onDay],
  );
}

/** The residents entitled to the allowance on the 1st of a month, under 4 and older. */
export function entitledCounts(
  manager: EntityManager,
  facilityId: string,
  first: string,
): Promise<{ under4: number; older: number }[]> {
  return manager.query(
    `WITH p AS (${PRESENT_ON})
       SELECT count(*) FILTER (WHERE ${AGE_SQL} < 4)::int AS under4, count(*) FILTER (WHERE ${AGE_SQL} >= 4)::int AS older
         FROM p WHERE p.categories && ARRAY['k1_child_abandoned','k1_child_orphan','k1_child_other','k1_child_hiv','k1_elderly_alone','k1_disabled_severe','k2_emergency','k3_administrative']::varchar[]`,
    [facilityId, first],
  );
}

/** Funeral support paid for deaths in the period: the sum and the number of deaths. */
export function funeralSupport(
  manager: EntityManager,
  facilityId: string,
  first: string,
  last: string,
): Promise<{ total: number; n: number }[]> {
  return manager.query(
    `SELECT coalesce(sum(funeral_support_vnd), 0)::int AS total, count(funeral_support_vnd)::int AS n
         FROM discharge WHERE facility_id = $1 AND ground = 'death' AND died_on BETWEEN $2 AND $3`,
    [facilityId, first, last],
  );
}

export interface HealthRow {
  done: number;
  referrals: number;
  due: number;
  overdue: number;
  doses: number;
  flagged: number;
  incidents: number;
}

/** Exams, referrals, due and overdue schedules, doses, growth flags and serious incidents. */
export function healthCounts(
  manager: EntityManager,
  facilityId: string,
  first: string,
  last: string,
): Promise<HealthRow[]> {
  return manager.query(
    `SELECT
         (SELECT count(*)::int FROM health_check WHERE facility_id = $1 AND amends_id IS NULL AND examined_on BETWEEN $2 AND $3) AS done,
         (SELECT count(*)::int FROM health_check WHERE facility_id = $1 AND amends_id IS NULL AND referred_to_hospital AND examined_on BETWEEN $2 AND $3) AS referrals,
         (SELECT count(*)::int FROM alert WHERE facility_id = $1 AND kind IN ('checkup_overdue', 'vaccination_overdue') AND due_on BETWEEN $2 AND $3)
           + (SELECT count(*)::int FROM health_check WHERE facility_id = $1 AND amends_id IS NULL AND schedule_id IS NOT NULL AND examined_on BETWEEN $2 AND $3) AS due,
         (SELECT count(*)::int FROM alert a JOIN facility f ON f.id = a.facility_id
           WHERE a.facility_id = $1 AND a.kind IN ('checkup_overdue', 'vaccination_overdue')
             AND (a.raised_at AT TIME ZONE f.timezone)::date <= $3
             AND (a.closed_at IS NULL OR (a.closed_at AT TIME ZONE f.timezone)::date > $3)) AS overdue,
         (SELECT count(*)::int FROM vaccination WHERE facility_id = $1 AND given_on BETWEEN $2 AND $3) AS doses,
         (SELECT count(DISTINCT resident_id)::int FROM measurement
           WHERE facility_id = $1 AND measured_on BETWEEN $2 AND $3 AND growth->>'kind' = 'child' AND cardinality(flags) > 0) AS flagged,
         (SELECT count(*)::int FROM incident i JOIN facility f ON f.id = i.facility_id
           WHERE i.facility_id = $1 AND i.serious AND (i.occurred_at AT TIME ZONE f.timezone)::date BETWEEN $2 AND $3) AS incidents`,
    [facilityId, first, last],
  );
}

/** The residents present on a day whose diet plan in force that day was not the normal diet. */
export function specialDiets(
  manager: EntityManager,
  facilityId: string,
  last: string,
): Promise<number> {
  return count(
    manager,
    `WITH p AS (${PRESENT_ON})
       SELECT count(DISTINCT np.resident_id)::int AS n
         FROM nutrition_plan np JOIN p ON p.id = np.resident_id JOIN facility f ON f.id = np.facility_id
        WHERE np.facility_id = $1 AND np.diet_type <> 'normal'
          AND (np.created_at AT TIME ZONE f.timezone)::date <= $2
          AND (np.superseded_at IS NULL OR (np.superseded_at AT TIME ZONE f.timezone)::date > $2)`,
    [facilityId, last],
  );
}

export interface AnnexQueryRow {
  kind: string;
  code: string;
  birth_year: number | null;
  categories: ResidentCategory[];
  event_date: string;
  sub: string | null;
}

/** Admissions and departures of the period with the categories held on the day. */
export function annexRows(
  manager: EntityManager,
  facilityId: string,
  first: string,
  last: string,
): Promise<AnnexQueryRow[]> {
  return manager.query(
    `SELECT e.kind, r.code,
                coalesce(r.birth_year, date_part('year', r.date_of_birth)::int) AS birth_year,
                coalesce(h.categories, r.categories) AS categories, to_char(e.event_date, 'YYYY-MM-DD') AS event_date,
                coalesce(e.details->>'type', e.details->>'ground') AS sub
           FROM resident_event e JOIN resident r ON r.id = e.resident_id
           ${factsOn('e.event_date')}
          WHERE e.facility_id = $1 AND e.event_date BETWEEN $2 AND $3
            AND e.kind IN ('admitted', 'readmitted', 'discharged', 'died', 'transferred')
          ORDER BY e.event_date, r.code`,
    [facilityId, first, last],
  );
}
