import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { FacilityActor } from '../identity/actor';
import { notFound, staleVersion } from '../common/errors/problem.exception';
import type { Text } from '../common/errors/messages';

/** Every facility-owned entity has these. */
export interface FacilityOwned extends ObjectLiteral {
  id: string;
  facilityId: string | null;
}

/** A facility-owned record that can be edited: it carries the version clients send in If-Match. */
export interface VersionedFacilityOwned extends FacilityOwned {
  version: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one way services load a facility's record by id: the caller's facility is part of the
 * query, so another facility's record is "not found" exactly like a missing one.
 */
export async function findInFacility<T extends FacilityOwned>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  actor: FacilityActor,
  id: string,
  options: { lock?: boolean; what?: Text } = {},
): Promise<T> {
  if (!UUID.test(id)) throw notFound(options.what);
  const qb = manager
    .getRepository(entity)
    .createQueryBuilder('e')
    .where('e.id = :id AND e.facilityId = :facilityId', { id, facilityId: actor.facilityId });
  if (options.lock) qb.setLock('pessimistic_write');
  const row = await qb.getOne();
  if (!row) throw notFound(options.what);
  return row;
}

/**
 * Locks the record, refuses a stale version (412), applies the changes (TypeORM bumps
 * `version` and `updatedAt`) and returns the before and after states for the audit trail.
 */
export async function updateVersioned<T extends VersionedFacilityOwned>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  actor: FacilityActor,
  id: string,
  expectedVersion: number,
  changes: Partial<T>,
  what?: Text,
): Promise<{ before: T; after: T }> {
  const before = await findInFacility(manager, entity, actor, id, { lock: true, what });
  if (before.version !== expectedVersion) throw staleVersion(before.version);
  await manager.update(entity, { id: before.id }, changes);
  const after = await findInFacility(manager, entity, actor, id, { what });
  return { before, after };
}
