import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { VocationalTraining } from './vocational-training.entity';

/** A resident's vocational courses, for a paged list. */
export function trainingsOfResident(
  manager: EntityManager,
  facilityId: string,
  residentId: string,
): SelectQueryBuilder<VocationalTraining> {
  return manager
    .getRepository(VocationalTraining)
    .createQueryBuilder('v')
    .where('v.facilityId = :f AND v.residentId = :r', { f: facilityId, r: residentId });
}
