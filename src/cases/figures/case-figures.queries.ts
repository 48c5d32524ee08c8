import type { EntityManager } from 'typeorm';
import type { ReferralKind, SessionType } from '../case.enums';

/** A facility and whole days first..last; "at the end" means on `last`. */
export interface Period {
  facilityId: string;
  first: string;
  last: string;
}

const params = (p: Period): string[] => [p.facilityId, p.first, p.last];
const END = `$3::date`;
const IN_MONTH = (col: string): string => `${col} BETWEEN $2::date AND ${END}`;

/** Counselling sessions of the period by type, with the ROLLUP total (type null). */
export function sessionGroups(
  manager: EntityManager,
  period: Period,
): Promise<{ type: SessionType; n: number; people: number; minutes: number }[]> {
  return manager.query(
    `SELECT type, count(*)::int AS n, count(DISTINCT resident_id)::int AS people,
            coalesce(sum(duration_minutes), 0)::int AS minutes
       FROM counselling_session WHERE facility_id = $1 AND ${IN_MONTH('session_on')}
      GROUP BY ROLLUP (type)`,
    params(period),
  );
}

/** Cases opened and closed in the period, open at its end and their step then (from the dates each case reached a step). */
export function caseCounts(
  manager: EntityManager,
  period: Period,
): Promise<
  {
    opened: number;
    closed: number;
    open_end: number;
    assessment: number;
    planning: number;
    implementation: number;
    monitoring: number;
  }[]
> {
  return manager.query(
    `WITH c AS (
       SELECT *, (opened_on <= ${END} AND (closed_on IS NULL OR closed_on > ${END})) AS open_end,
              CASE WHEN monitoring_since <= ${END} THEN 'monitoring'
                   WHEN implementation_since <= ${END} THEN 'implementation'
                   WHEN planning_since <= ${END} THEN 'planning'
                   ELSE 'assessment' END AS step_end
         FROM case_file WHERE facility_id = $1)
     SELECT count(*) FILTER (WHERE ${IN_MONTH('opened_on')})::int AS opened,
            count(*) FILTER (WHERE ${IN_MONTH('closed_on')})::int AS closed,
            count(*) FILTER (WHERE open_end)::int AS open_end,
            count(*) FILTER (WHERE open_end AND step_end = 'assessment')::int AS assessment,
            count(*) FILTER (WHERE open_end AND step_end = 'planning')::int AS planning,
            count(*) FILTER (WHERE open_end AND step_end = 'implementation')::int AS implementation,
            count(*) FILTER (WHERE open_end AND step_end = 'monitoring')::int AS monitoring
       FROM c`,
    params(period),
  );
}

/** Needs assessments of the period, by kind. */
export function assessmentCounts(
  manager: EntityManager,
  period: Period,
): Promise<{ total: number; safety: number; comprehensive: number; re: number }[]> {
  return manager.query(
    `SELECT count(*)::int AS total,
            count(*) FILTER (WHERE kind = 'initial_safety')::int AS safety,
            count(*) FILTER (WHERE kind = 'comprehensive')::int AS comprehensive,
            count(*) FILTER (WHERE kind = 'reassessment')::int AS re
       FROM needs_assessment WHERE facility_id = $1 AND ${IN_MONTH('assessed_on')}`,
    params(period),
  );
}

/** Plans approved and reviews done in the period; plans in force at its end whose review is overdue. */
export function planCounts(
  manager: EntityManager,
  period: Period,
): Promise<{ approved: number; reviews: number; overdue: number }[]> {
  return manager.query(
    `SELECT
       (SELECT count(*) FROM intervention_plan WHERE facility_id = $1 AND ${IN_MONTH('approved_on')})::int AS approved,
       (SELECT count(*) FROM plan_review WHERE facility_id = $1 AND ${IN_MONTH('reviewed_on')})::int AS reviews,
       (SELECT count(*) FROM intervention_plan p
          JOIN case_file cf ON cf.id = p.case_id
         WHERE p.facility_id = $1 AND p.approved_on <= ${END}
           AND cf.opened_on <= ${END} AND (cf.closed_on IS NULL OR cf.closed_on > ${END})
           -- the plan in force at the month's end: no revision approved by then
           AND NOT EXISTS (SELECT 1 FROM intervention_plan n
                            WHERE n.previous_plan_id = p.id AND n.approved_on <= ${END})
           AND (SELECT greatest(p.starts_on, max(r.reviewed_on)) FROM plan_review r
                 WHERE r.plan_id = p.id AND r.reviewed_on <= ${END})
               + make_interval(months => CASE p.review_frequency WHEN 'monthly' THEN 1
                   WHEN 'quarterly' THEN 3 WHEN 'six_monthly' THEN 6 ELSE 12 END) <= ${END}
       )::int AS overdue`,
    params(period),
  );
}

/** Referrals of the period by kind, with the ROLLUP total (kind null). */
export function referralGroups(
  manager: EntityManager,
  period: Period,
): Promise<
  {
    kind: ReferralKind | null;
    n: number;
    sharing: number;
    consent: number;
    overridden: number;
  }[]
> {
  return manager.query(
    `SELECT kind, count(*)::int AS n,
              count(*) FILTER (WHERE shares_personal_data)::int AS sharing,
              count(*) FILTER (WHERE shares_personal_data AND consent IS NOT NULL)::int AS consent,
              count(*) FILTER (WHERE consent_override_reason IS NOT NULL)::int AS overridden
         FROM referral WHERE facility_id = $1 AND ${IN_MONTH('referred_on')}
        GROUP BY ROLLUP (kind)`,
    params(period),
  );
}

/** Children's meetings held in the period and the concerns raised. */
export function meetingCounts(
  manager: EntityManager,
  period: Period,
): Promise<{ held: number; concerns: number }[]> {
  return manager.query(
    `SELECT count(*)::int AS held, coalesce(sum(jsonb_array_length(concerns)), 0)::int AS concerns
       FROM children_meeting WHERE facility_id = $1 AND ${IN_MONTH('held_on')}`,
    params(period),
  );
}
