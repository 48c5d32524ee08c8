import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type {
  SchoolingFiguresView,
  TermFiguresView,
  YearTermFiguresView,
} from './schooling-figures.view';
import { ABSENCE_ALERT_DAYS } from '../rules/enrollment-rules';
import {
  ENROLLMENT_STATUS_CODES,
  type EnrollmentStatus,
  SCHOOL_LEVEL_CODES,
  type SchoolLevel,
} from '../rules/levels';
import { type Promotion, PROMOTIONS } from '../rules/promotion';
import { PRIMARY_RATINGS, SECONDARY_RATINGS, type SchoolTerm } from '../rules/rating-scales';
import { parseSchoolYear } from '../rules/school-year';

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

interface ResultGroup {
  term: SchoolTerm;
  scale: string;
  rating: string | null;
  learning_rating: string | null;
  conduct_rating: string | null;
  promotion: Promotion | null;
  high_absence: number;
  n: number;
}

/**
 * The schooling figures of a facility for one school year, for the screen and for the reports:
 * residents by level and status, dropouts, ratings per term, the promotion rate of the whole-year
 * results, vocational enrolments and courses. A handful of grouped queries; voided enrolments
 * count for nothing.
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

    const levels: { level: SchoolLevel; n: number }[] = await manager.query(
      `SELECT level, count(DISTINCT resident_id)::int AS n FROM enrollment
        WHERE facility_id = $1 AND school_year = $2 AND voided_at IS NULL
        GROUP BY level`,
      [facilityId, schoolYear],
    );
    const statuses: { status: EnrollmentStatus; n: number }[] = await manager.query(
      `SELECT status, count(DISTINCT resident_id)::int AS n FROM enrollment
        WHERE facility_id = $1 AND school_year = $2 AND voided_at IS NULL AND status IS NOT NULL
        GROUP BY status`,
      [facilityId, schoolYear],
    );
    const totals: { students: number }[] = await manager.query(
      `SELECT count(DISTINCT resident_id)::int AS students FROM enrollment
        WHERE facility_id = $1 AND school_year = $2 AND voided_at IS NULL AND level <> 'not_enrolled'`,
      [facilityId, schoolYear],
    );
    const results: ResultGroup[] = await manager.query(
      `SELECT sr.term, sr.scale, sr.rating, sr.learning_rating, sr.conduct_rating, sr.promotion,
              count(*) FILTER (WHERE sr.days_absent > CASE sr.term WHEN 'year' THEN $3::int ELSE $4::int END)::int AS high_absence,
              count(*)::int AS n
         FROM school_result sr
         JOIN enrollment e ON e.id = sr.enrollment_id
        WHERE sr.facility_id = $1 AND e.school_year = $2 AND e.voided_at IS NULL
        GROUP BY sr.term, sr.scale, sr.rating, sr.learning_rating, sr.conduct_rating, sr.promotion`,
      [facilityId, schoolYear, ABSENCE_ALERT_DAYS.year, ABSENCE_ALERT_DAYS.HK1],
    );
    // Courses running at some point of the school year (1 September – 31 August).
    const from = `${year.start}-09-01`;
    const to = `${year.end}-08-31`;
    const vocational: {
      trainings: number;
      started: number;
      completed: number;
      certificates: number;
      placed: number;
      school_enrollments: number;
    }[] = await manager.query(
      `SELECT count(*)::int AS trainings,
              count(*) FILTER (WHERE v.start_date BETWEEN $2 AND $3)::int AS started,
              count(*) FILTER (WHERE v.status = 'completed' AND v.end_date BETWEEN $2 AND $3)::int AS completed,
              count(*) FILTER (WHERE v.certificate_obtained AND v.end_date BETWEEN $2 AND $3)::int AS certificates,
              count(*) FILTER (WHERE v.employer IS NOT NULL AND v.job_started_on BETWEEN $2 AND $3)::int AS placed,
              (SELECT count(DISTINCT resident_id)::int FROM enrollment
                WHERE facility_id = $1 AND school_year = $4 AND voided_at IS NULL
                  AND level IN ('vocational_intermediate', 'college')) AS school_enrollments
         FROM vocational_training v
        WHERE v.facility_id = $1 AND v.start_date <= $3 AND (v.end_date IS NULL OR v.end_date >= $2)`,
      [facilityId, from, to, schoolYear],
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
    const v = vocational[0];
    return {
      schoolYear,
      students: totals[0]?.students ?? 0,
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
