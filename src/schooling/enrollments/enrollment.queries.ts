import { type EntityManager, In, IsNull, type SelectQueryBuilder } from 'typeorm';
import { SchoolResult } from '../results/school-result.entity';
import { ACTIVE_STATUSES } from '../rules/levels';
import { Enrollment } from './enrollment.entity';

/**
 * What other modules may ask about a resident's schooling. Their code calls these instead of
 * reading the `enrollment` table itself.
 */
export const EnrollmentQueries = {
  /** Whether the resident has a current (studying, not voided) enrolment. */
  async isStudying(manager: EntityManager, residentId: string): Promise<boolean> {
    const found: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM enrollment WHERE resident_id = $1 AND status = 'studying' AND voided_at IS NULL`,
      [residentId],
    );
    return (found[0]?.n ?? 0) > 0;
  },
};

/** The ids of the resident's active enrolments (studying, suspended, not_enrolled) of the year. */
export async function activeEnrollmentIds(
  manager: EntityManager,
  residentId: string,
  schoolYear: string,
): Promise<string[]> {
  const rows = await manager.getRepository(Enrollment).find({
    where: [
      { residentId, schoolYear, voidedAt: IsNull(), status: In([...ACTIVE_STATUSES]) },
      { residentId, schoolYear, voidedAt: IsNull(), status: IsNull() },
    ],
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** The term results of the enrolments. */
export async function resultsOfEnrollments(
  manager: EntityManager,
  ids: string[],
): Promise<SchoolResult[]> {
  if (ids.length === 0) return [];
  return manager.getRepository(SchoolResult).find({ where: { enrollmentId: In(ids) } });
}

/** A resident's enrolments, for a paged list. */
export function enrollmentsOfResident(
  manager: EntityManager,
  facilityId: string,
  residentId: string,
): SelectQueryBuilder<Enrollment> {
  return manager
    .getRepository(Enrollment)
    .createQueryBuilder('e')
    .where('e.facilityId = :f AND e.residentId = :r', { f: facilityId, r: residentId });
}
