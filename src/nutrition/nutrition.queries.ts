import type { EntityManager } from 'typeorm';
import { Page, paginate } from '../common/http/pagination';
import type { MeasurementQuery } from './dto/nutrition.dto';
import { Measurement } from './measurement.entity';
import { NutritionPlan } from './nutrition-plan.entity';

/** Nutrition's SQL: a resident's measurements, the weight-loss look-back, the plan's lock. */

/** One resident's measurements, a page: newest first. */
export function measurementsPage(
  manager: EntityManager,
  facilityId: string,
  residentId: string,
  query: MeasurementQuery,
): Promise<Page<Measurement>> {
  const qb = manager
    .getRepository(Measurement)
    .createQueryBuilder('m')
    .where('m.facilityId = :f AND m.residentId = :r', { f: facilityId, r: residentId });
  return paginate(
    qb,
    [
      { sql: 'm.measuredOn', value: (m) => m.measuredOn },
      { sql: 'm.id', value: (m) => m.id },
    ],
    query,
    'DESC',
  );
}

/** The resident's last measurement on or before a day (the one a new one is compared with). */
export function latestMeasurementUpTo(
  manager: EntityManager,
  residentId: string,
  on: string,
): Promise<Measurement | null> {
  return manager
    .getRepository(Measurement)
    .createQueryBuilder('m')
    .where('m.residentId = :r AND m.measuredOn <= :on', { r: residentId, on })
    .orderBy('m.measuredOn', 'DESC')
    .addOrderBy('m.createdAt', 'DESC')
    .getOne();
}

/** The heaviest weight measured from `from` up to (not including) `before`, if any. */
export async function heaviestWeightBetween(
  manager: EntityManager,
  residentId: string,
  from: string,
  before: string,
): Promise<number | null> {
  const rows: { max: string | null }[] = await manager.query(
    `SELECT max(weight_kg) AS max FROM measurement
      WHERE resident_id = $1 AND measured_on >= $2 AND measured_on < $3 AND weight_kg IS NOT NULL`,
    [residentId, from, before],
  );
  return rows[0]?.max === null || rows[0]?.max === undefined ? null : Number(rows[0].max);
}

/** The resident's current plan (not superseded), locked while a new one replaces it. */
export function lockedCurrentPlan(
  manager: EntityManager,
  facilityId: string,
  residentId: string,
): Promise<NutritionPlan | null> {
  return manager
    .getRepository(NutritionPlan)
    .createQueryBuilder('p')
    .setLock('pessimistic_write')
    .where('p.residentId = :r AND p.facilityId = :f AND p.supersededAt IS NULL', {
      r: residentId,
      f: facilityId,
    })
    .getOne();
}
