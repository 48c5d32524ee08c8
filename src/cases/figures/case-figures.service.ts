import { Injectable } from '@nestjs/common';
import { addDays, addMonths } from '../../calendar/dates';
import { ApiProperty } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { FacilityActor } from '../../identity/actor';
import { MONTH_LENGTH } from '../../common/http/validators';
import { REFERRAL_KINDS, SESSION_TYPES } from '../case.enums';
import type { ReferralKind, SessionType } from '../case.enums';

export type OpenStep = 'assessment' | 'planning' | 'implementation' | 'monitoring';

export class CounsellingFigures {
  @ApiProperty() sessions!: number;
  /** Distinct residents with at least one session in the month. */
  @ApiProperty() peopleCounselled!: number;
  @ApiProperty() minutes!: number;
  @ApiProperty({ example: { individual: 12, group: 3, family: 2, crisis: 1, therapy: 0 } })
  byType!: Record<SessionType, number>;
}

export class CaseFigures {
  @ApiProperty({ example: '2026-11', maxLength: MONTH_LENGTH }) month!: string;
  @ApiProperty({ type: CounsellingFigures }) counselling!: CounsellingFigures;
  @ApiProperty({
    example: {
      opened: 3,
      closed: 1,
      openAtMonthEnd: 60,
      byStep: { assessment: 5, planning: 10, implementation: 20, monitoring: 25 },
    },
  })
  cases!: {
    opened: number;
    closed: number;
    openAtMonthEnd: number;
    byStep: Record<OpenStep, number>;
  };
  @ApiProperty({ example: { total: 4, initialSafety: 1, comprehensive: 2, reassessment: 1 } })
  assessments!: {
    total: number;
    initialSafety: number;
    comprehensive: number;
    reassessment: number;
  };
  @ApiProperty({ example: { approved: 2, reviewsDone: 7, reviewsOverdue: 1 } })
  plans!: { approved: number; reviewsDone: number; reviewsOverdue: number };
  @ApiProperty({
    example: {
      total: 3,
      byKind: { hospital: 1, school: 1, ngo: 1 },
      sharingPersonalData: 2,
      withConsent: 1,
      consentOverridden: 1,
    },
  })
  referrals!: {
    total: number;
    byKind: Record<ReferralKind, number>;
    sharingPersonalData: number;
    withConsent: number;
    consentOverridden: number;
  };
  @ApiProperty({ example: { held: 4, concernsRaised: 6 } })
  childrenMeetings!: { held: number; concernsRaised: number };
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * Case-management figures of one facility and month, for the monthly report: a handful of grouped
 * queries, no loop over residents. Steps at the month's end come from the dates each case reached
 * them, so a past month's figures do not change when cases move on.
 */
@Injectable()
export class CaseFiguresService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `GET /cases/figures?month=`: the caller's facility. */
  ofMonth(actor: FacilityActor, month: string): Promise<CaseFigures> {
    return this.forMonth(this.dataSource.manager, actor.facilityId, month);
  }

  forMonth(manager: EntityManager, facilityId: string, month: string): Promise<CaseFigures> {
    const first = `${month}-01`;
    return this.forPeriod(manager, facilityId, first, addDays(addMonths(first, 1), -1), month);
  }

  /**
   * The same figures over whole days first..last (a month, or the six months and the year of the
   * periodic reports); "at the end" means on `last`. `label` is what `month` says.
   */
  async forPeriod(
    manager: EntityManager,
    facilityId: string,
    first: string,
    last: string,
    label: string,
  ): Promise<CaseFigures> {
    const params = [facilityId, first, last];
    const END = `$3::date`;
    const IN_MONTH = (col: string) => `${col} BETWEEN $2::date AND ${END}`;

    const sessions: { type: SessionType; n: number; people: number; minutes: number }[] =
      await manager.query(
        `SELECT type, count(*)::int AS n, count(DISTINCT resident_id)::int AS people,
                coalesce(sum(duration_minutes), 0)::int AS minutes
           FROM counselling_session WHERE facility_id = $1 AND ${IN_MONTH('session_on')}
          GROUP BY ROLLUP (type)`,
        params,
      );
    const byType = zeros(SESSION_TYPES);
    let total = { n: 0, people: 0, minutes: 0 };
    for (const r of sessions) {
      if (r.type === null) total = r;
      else byType[r.type] = r.n;
    }

    const cases: {
      opened: number;
      closed: number;
      open_end: number;
      assessment: number;
      planning: number;
      implementation: number;
      monitoring: number;
    }[] = await manager.query(
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
      params,
    );
    const c = cases[0];

    const assessments: { total: number; safety: number; comprehensive: number; re: number }[] =
      await manager.query(
        `SELECT count(*)::int AS total,
                count(*) FILTER (WHERE kind = 'initial_safety')::int AS safety,
                count(*) FILTER (WHERE kind = 'comprehensive')::int AS comprehensive,
                count(*) FILTER (WHERE kind = 'reassessment')::int AS re
           FROM needs_assessment WHERE facility_id = $1 AND ${IN_MONTH('assessed_on')}`,
        params,
      );

    const plans: { approved: number; reviews: number; overdue: number }[] = await manager.query(
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
      params,
    );

    const referrals: {
      kind: ReferralKind | null;
      n: number;
      sharing: number;
      consent: number;
      overridden: number;
    }[] = await manager.query(
      `SELECT kind, count(*)::int AS n,
                count(*) FILTER (WHERE shares_personal_data)::int AS sharing,
                count(*) FILTER (WHERE shares_personal_data AND consent IS NOT NULL)::int AS consent,
                count(*) FILTER (WHERE consent_override_reason IS NOT NULL)::int AS overridden
           FROM referral WHERE facility_id = $1 AND ${IN_MONTH('referred_on')}
          GROUP BY ROLLUP (kind)`,
      params,
    );
    const byKind = zeros(REFERRAL_KINDS);
    let ref = { n: 0, sharing: 0, consent: 0, overridden: 0 };
    for (const r of referrals) {
      if (r.kind === null) ref = r;
      else byKind[r.kind] = r.n;
    }

    const meetings: { held: number; concerns: number }[] = await manager.query(
      `SELECT count(*)::int AS held, coalesce(sum(jsonb_array_length(concerns)), 0)::int AS concerns
         FROM children_meeting WHERE facility_id = $1 AND ${IN_MONTH('held_on')}`,
      params,
    );

    const a = assessments[0];
    const p = plans[0];
    return {
      month: label,
      counselling: {
        sessions: total.n,
        peopleCounselled: total.people,
        minutes: total.minutes,
        byType,
      },
      cases: {
        opened: c?.opened ?? 0,
        closed: c?.closed ?? 0,
        openAtMonthEnd: c?.open_end ?? 0,
        byStep: {
          assessment: c?.assessment ?? 0,
          planning: c?.planning ?? 0,
          implementation: c?.implementation ?? 0,
          monitoring: c?.monitoring ?? 0,
        },
      },
      assessments: {
        total: a?.total ?? 0,
        initialSafety: a?.safety ?? 0,
        comprehensive: a?.comprehensive ?? 0,
        reassessment: a?.re ?? 0,
      },
      plans: {
        approved: p?.approved ?? 0,
        reviewsDone: p?.reviews ?? 0,
        reviewsOverdue: p?.overdue ?? 0,
      },
      referrals: {
        total: ref.n,
        byKind,
        sharingPersonalData: ref.sharing,
        withConsent: ref.consent,
        consentOverridden: ref.overridden,
      },
      childrenMeetings: {
        held: meetings[0]?.held ?? 0,
        concernsRaised: meetings[0]?.concerns ?? 0,
      },
    };
  }
}
