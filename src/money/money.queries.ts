import type { EntityManager } from 'typeorm';
import { BaseLevel } from './base-level.entity';

/** Money's SQL: the base levels (mức chuẩn trợ giúp xã hội). */

/** The latest level effective on a date: the facility's own (`facilityId`), or the national one (null). */
export function latestBaseLevel(
  manager: EntityManager,
  facilityId: string | null,
  on: string,
): Promise<BaseLevel | null> {
  const q = manager
    .getRepository(BaseLevel)
    .createQueryBuilder('b')
    .where('b.effectiveFrom <= :on', { on })
    .orderBy('b.effectiveFrom', 'DESC')
    .limit(1);
  return (
    facilityId
      ? q.andWhere('b.facilityId = :f', { f: facilityId })
      : q.andWhere('b.facilityId IS NULL')
  ).getOne();
}

/** The facility's levels and the national ones, oldest first. */
export function baseLevelsOf(manager: EntityManager, facilityId: string): Promise<BaseLevel[]> {
  return manager
    .getRepository(BaseLevel)
    .createQueryBuilder('b')
    .where('b.facilityId = :f OR b.facilityId IS NULL', { f: facilityId })
    .orderBy('b.effectiveFrom', 'ASC')
    .getMany();
}
