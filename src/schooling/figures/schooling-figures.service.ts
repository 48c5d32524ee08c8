import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type {
  SchoolingFiguresView,
  TermFiguresView,
  YearTermFiguresView,
} from './schooling-figures.view';
import { ENROLLMENT_STATUS_CODES, SCHOOL_LEVEL_CODES } from '../rules/levels';
import { type Promotion, PROMOTIONS } from '../rules/promotion';
import { PRIMARY_RATINGS, SECONDARY_RATINGS, type SchoolTerm } from '../rules/rating-scales';
import { parseSchoolYear } from '../rules/school-year';
import {
  type ResultGroup,
  resultGroups,
  residentsByLevel,
  residentsByStatus,
  studentCount,
  vocationalCounts,
} from './schooling-figures.queries';

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * The schooling figures of a facility for one school year, for the screen and for the reports:
 * residents by level and status, dropouts, ratings per term, the promotion rate of the whole-year
 * results, vocational enrolments and courses. The grouped queries are in
 * schooling-figures.queries.ts; voided enrolments count for nothing.
 */
@Injectable()
export class SchoolingFiguresService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forYear(
    facilityId: string,
    schoolYear: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SchoolingFiguresView> {
    const year = parseSchoolYear(schoolYear);
    if (!year) throw new RangeError(`not a school year: ${schoolYear}`);

    const levels = await residentsByLevel(manager, facilityId, schoolYear);
    const statuses = await residentsByStatus(manager, facilityId, schoolYear);
    const students = await studentCount(manager, facilityId, schoolYear);
    const results = await resultGroups(manager, facilityId, schoolYear);
    // Courses running at some point of the school year (1 September – 31 August).
    const v = await vocationalCounts(
      manager,
      facilityId,
      schoolYear,
      `${year.start}-09-01`,
      `${year.end}-08-31`,
    );

    const byLevel = zeros(SCHOOL_LEVEL_CODES);
    for (const l of levels) byLevel[l.level] = l.n;
    const byStatus = zeros(ENROLLMENT_STATUS_CODES);
    for (const s of statuses) byStatus[s.status] = s.n;
    const terms = {
      HK1: this.term(results, 'HK1'),
      HK2: this.term(results, 'HK2'),
      year: this.yearTerm(results),
    };
    return {
      schoolYear,
      students,
      byLevel,
      notEnrolled: byLevel.not_enrolled,
      byStatus,
      dropouts: byStatus.dropped_out,
      terms,
      promotionRate: terms.year.promotionRate,
      vocational: {
        schoolEnrollments: v?.school_enrollments ?? 0,
        trainings: v?.trainings ?? 0,
        started: v?.started ?? 0,
        completed: v?.completed ?? 0,
        certificates: v?.certificates ?? 0,
        placedInJobs: v?.placed ?? 0,
      },
    };
  }

  private term(groups: ResultGroup[], term: SchoolTerm): TermFiguresView {
    const out: TermFiguresView = {
      results: 0,
      primary: zeros(Object.keys(PRIMARY_RATINGS)),
      secondaryLearning: zeros(Object.keys(SECONDARY_RATINGS)),
      secondaryConduct: zeros(Object.keys(SECONDARY_RATINGS)),
      highAbsence: 0,
    };
    for (const g of groups.filter((x) => x.term === term)) {
      out.results += g.n;
      out.highAbsence += g.high_absence;
      if (g.scale === 'tt27_2020' && g.rating)
        out.primary[g.rating] = (out.primary[g.rating] ?? 0) + g.n;
      if (g.scale === 'tt22_2021' && g.learning_rating) {
        out.secondaryLearning[g.learning_rating] =
          (out.secondaryLearning[g.learning_rating] ?? 0) + g.n;
      }
      if (g.scale === 'tt22_2021' && g.conduct_rating) {
        out.secondaryConduct[g.conduct_rating] =
          (out.secondaryConduct[g.conduct_rating] ?? 0) + g.n;
      }
    }
    return out;
  }

  private yearTerm(groups: ResultGroup[]): YearTermFiguresView {
    const promotion = zeros(PROMOTIONS);
    for (const g of groups.filter((x) => x.term === 'year' && x.promotion)) {
      promotion[g.promotion as Promotion] += g.n;
    }
    const decided = PROMOTIONS.reduce((sum, p) => sum + promotion[p], 0);
    return {
      ...this.term(groups, 'year'),
      promotion,
      promotionRate:
        decided === 0 ? null : Math.round((promotion.promoted / decided) * 10000) / 10000,
    };
  }
}
