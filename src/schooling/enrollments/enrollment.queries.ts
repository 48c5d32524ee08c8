import type { EntityManager } from 'typeorm';

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
