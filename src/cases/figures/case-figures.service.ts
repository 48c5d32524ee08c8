import { Injectable } from '@nestjs/common';
import { addDays, addMonths } from '../../calendar/dates';
import { ApiProperty } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { FacilityActor } from '../../identity/actor';
import { MONTH_LENGTH } from '../../common/http/validators';
import { REFERRAL_KINDS, SESSION_TYPES } from '../case.enums';
import type { ReferralKind, SessionType } from '../case.enums';
import {
  assessmentCounts,
  caseCounts,
  meetingCounts,
  planCounts,
  referralGroups,
  sessionGroups,
} from './case-figures.queries';

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
 * queries (case-figures.queries.ts), no loop over residents. Steps at the month's end come from the dates each case reached
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
    const period = { facilityId, first, last };

    const sessions = await sessionGroups(manager, period);
    const byType = zeros(SESSION_TYPES);
    let total = { n: 0, people: 0, minutes: 0 };
    for (const r of sessions) {
      if (r.type === null) total = r;
      else byType[r.type] = r.n;
    }

    const cases = await caseCounts(manager, period);
    const c = cases[0];

    const assessments = await assessmentCounts(manager, period);

    const plans = await planCounts(manager, period);

    const referrals = await referralGroups(manager, period);
    const byKind = zeros(REFERRAL_KINDS);
    let ref = { n: 0, sharing: 0, consent: 0, overridden: 0 };
    for (const r of referrals) {
      if (r.kind === null) ref = r;
      else byKind[r.kind] = r.n;
    }

    const meetings = await meetingCounts(manager, period);

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
