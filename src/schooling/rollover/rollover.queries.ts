import type { EntityManager } from 'typeorm';
import { birthDateSql } from '../../residents/model/birth-date';
import { PRESENT_STATUSES } from '../../residents/model/resident-rules';
import type { BoardingType, EnrollmentStatus, SchoolLevel } from '../rules/levels';
import type { Promotion } from '../rules/promotion';

/** A present resident's latest enrolment of a school year, with the year's promotion. */
export interface LatestEnrollment {
  id: string;
  resident_id: string;
  resident_code: string;
  resident_name: string;
  born: string | null;
  level: SchoolLevel;
  grade: number | null;
  status: EnrollmentStatus | null;
  school_name: string | null;
  school_commune: string | null;
  boarding_type: BoardingType;
  promotion: Promotion | null;
}

/**
 * Claims the rollover of `from` for the facility (counts filled in later); undefined when the
 * year was already rolled over.
 */
export async function claimRollover(
  manager: EntityManager,
  facilityId: string,
  from: string,
  to: string,
  createdBy: string,
): Promise<string | undefined> {
  const claimed: { id: string }[] = await manager.query(
    `INSERT INTO school_year_rollover (facility_id, from_year, to_year, enrolled, needs_decision, created_by)
     VALUES ($1, $2, $3, 0, 0, $4)
     ON CONFLICT (facility_id, from_year) DO NOTHING
     RETURNING id`,
    [facilityId, from, to, createdBy],
  );
  return claimed[0]?.id;
}

/**
 * Each present resident's latest enrolment of the year (a transferred-away row aside), in the
 * order of their sort names.
 */
export function latestEnrollments(
  manager: EntityManager,
  facilityId: string,
  schoolYear: string,
): Promise<LatestEnrollment[]> {
  return manager.query(
    `SELECT * FROM (
       SELECT DISTINCT ON (e.resident_id)
              e.id, e.resident_id, r.code AS resident_code, r.full_name AS resident_name, r.sort_name,
              to_char(${birthDateSql('r')}, 'YYYY-MM-DD') AS born,
              e.level, e.grade, e.status, e.school_name, e.school_commune, e.boarding_type,
              yr.promotion
         FROM enrollment e
         JOIN resident r ON r.id = e.resident_id
         LEFT JOIN school_result yr ON yr.enrollment_id = e.id AND yr.term = 'year'
        WHERE e.facility_id = $1 AND e.school_year = $2 AND e.voided_at IS NULL
          AND e.status IS DISTINCT FROM 'transferred'
          AND r.status = ANY($3)
        ORDER BY e.resident_id, e.start_date DESC, e.created_at DESC
     ) latest
     ORDER BY sort_name, id`,
    [facilityId, schoolYear, PRESENT_STATUSES],
  );
}

/** The residents with a (not voided) enrolment in the school year. */
export async function residentsEnrolledIn(
  manager: EntityManager,
  facilityId: string,
  schoolYear: string,
): Promise<Set<string>> {
  const rows: { resident_id: string }[] = await manager.query(
    `SELECT DISTINCT resident_id FROM enrollment
      WHERE facility_id = $1 AND school_year = $2 AND voided_at IS NULL`,
    [facilityId, schoolYear],
  );
  return new Set(rows.map((r) => r.resident_id));
}

/** The finished year of each promoted student: completed, ended on the last day of teaching. */
export async function completeEnrollments(
  manager: EntityManager,
  ids: string[],
  closingDay: string,
): Promise<void> {
  await manager.query(
    `UPDATE enrollment
        SET status = 'completed', end_date = coalesce(end_date, greatest(start_date, $2::date)),
            version = version + 1, updated_at = now()
      WHERE id = ANY($1) AND status = 'studying'`,
    [ids, closingDay],
  );
}
