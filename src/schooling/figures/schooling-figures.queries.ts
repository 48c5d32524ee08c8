import type { EntityManager } from 'typeorm';
import { ABSENCE_ALERT_DAYS } from '../rules/enrollment-rules';
import type { EnrollmentStatus, SchoolLevel } from '../rules/levels';
import type { Promotion } from '../rules/promotion';
import type { SchoolTerm } from '../rules/rating-scales';

/** The results of a term with the same scale, ratings and promotion, counted. */
export interface ResultGroup {
  term: SchoolTerm;
  scale: string;
  rating: string | null;
  learning_rating: string | null;
  conduct_rating: string | null;
  promotion: Promotion | null;
  high_absence: number;
  n: number;
}

export interface VocationalCounts {
  trainings: number;
  started: number;
  completed: number;
  certificates: number;
  placed: number;
  school_enrollments: number;
}

// Voided enrolments count for nothing in any of these.

/** Residents enrolled in the school year, by level. */
export function residentsByLevel(
  manager: EntityManager,
  facilityId: string,
  schoolYear: string,
): Promise<{ level: SchoolLevel; n: number }[]> {
  return manager.query(
    `SELECT level, count(DISTINCT resident_id)::int AS n FROM enrollment
      WHERE facility_id = $1 AND school_year = $2 AND voided_at IS NULL
      GROUP BY level`,
    [facilityId, schoolYear],
  );
}

/** Residents enrolled in the school year, by enrolment status. */
export function residentsByStatus(
  manager: EntityManager,
  facilityId: string,
  schoolYear: string,
): Promise<{ status: EnrollmentStatus; n: number }[]> {
  return manager.query(
    `SELECT status, count(DISTINCT resident_id)::int AS n FROM enrollment
      WHERE facility_id = $1 AND school_year = $2 AND voided_at IS NULL AND status IS NOT NULL
      GROUP BY status`,
    [facilityId, schoolYear],
  );
}

/** Residents enrolled at a school (a level other than not enrolled) in the school year. */
export async function studentCount(
  manager: EntityManager,
  facilityId: string,
  schoolYear: string,
): Promise<number> {
  const totals: { students: number }[] = await manager.query(
    `SELECT count(DISTINCT resident_id)::int AS students FROM enrollment
      WHERE facility_id = $1 AND school_year = $2 AND voided_at IS NULL AND level <> 'not_enrolled'`,
    [facilityId, schoolYear],
  );
  return totals[0]?.students ?? 0;
}

/** The results of the school year's enrolments, grouped; high absence as the alerts count it. */
export function resultGroups(
  manager: EntityManager,
  facilityId: string,
  schoolYear: string,
): Promise<ResultGroup[]> {
  return manager.query(
    `SELECT sr.term, sr.scale, sr.rating, sr.learning_rating, sr.conduct_rating, sr.promotion,
            count(*) FILTER (WHERE sr.days_absent > CASE sr.term WHEN 'year' THEN $3::int ELSE $4::int END)::int AS high_absence,
            count(*)::int AS n
       FROM school_result sr
       JOIN enrollment e ON e.id = sr.enrollment_id
      WHERE sr.facility_id = $1 AND e.school_year = $2 AND e.voided_at IS NULL
      GROUP BY sr.term, sr.scale, sr.rating, sr.learning_rating, sr.conduct_rating, sr.promotion`,
    [facilityId, schoolYear, ABSENCE_ALERT_DAYS.year, ABSENCE_ALERT_DAYS.HK1],
  );
}

/**
 * Vocational courses running at some point between `from` and `to` (the school year,
 * 1 September – 31 August), and the residents enrolled at a vocational school or college.
 */
export async function vocationalCounts(
  manager: EntityManager,
  facilityId: string,
  schoolYear: string,
  from: string,
  to: string,
): Promise<VocationalCounts | undefined> {
  const rows: VocationalCounts[] = await manager.query(
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
  return rows[0];
}
