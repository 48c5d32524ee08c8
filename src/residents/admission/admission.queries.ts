import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/errors/problem.exception';
import { Facility } from '../../facilities/facility.entity';
import { KEPT_CODE } from '../model/identifiers';

/** The admission's reads and writes besides its entities: the facility lock, the register codes. */
export const AdmissionQueries = {
  /** Locks the facility row: admissions of one facility are serialized. */
  async lockFacility(manager: EntityManager, facilityId: string): Promise<Facility> {
    const facility = await manager
      .getRepository(Facility)
      .createQueryBuilder('f')
      .setLock('pessimistic_write')
      .where('f.id = :id', { id: facilityId })
      .getOne();
    if (!facility) throw notFound();
    return facility;
  },

  /** DB-<year>-<4-digit sequence>, per facility and year; the counter row serializes concurrent admissions. */
  async nextCode(manager: EntityManager, facilityId: string, year: number): Promise<string> {
    const rows: { last: number }[] = await manager.query(
      `INSERT INTO resident_code_counter (facility_id, year, last) VALUES ($1, $2, 1)
       ON CONFLICT (facility_id, year) DO UPDATE SET last = resident_code_counter.last + 1
       RETURNING last`,
      [facilityId, year],
    );
    const last = rows[0]?.last ?? 1;
    return `DB-${year}-${String(last).padStart(4, '0')}`;
  },

  /** A kept code DB-<year>-<n>: the year's counter moves past n, so no later code repeats it. */
  async keepCode(manager: EntityManager, facilityId: string, code: string): Promise<void> {
    const m = KEPT_CODE.exec(code);
    if (!m) return;
    await manager.query(
      `INSERT INTO resident_code_counter (facility_id, year, last) VALUES ($1, $2, $3)
       ON CONFLICT (facility_id, year) DO UPDATE SET last = GREATEST(resident_code_counter.last, $3)`,
      [facilityId, Number(m[1]), Number(m[2])],
    );
  },
};
