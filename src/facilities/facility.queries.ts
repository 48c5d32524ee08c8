import type { EntityManager } from 'typeorm';
import { Facility } from './facility.entity';
import { Room } from './room.entity';

/** Facilities' SQL: the facility's lock, a room code already taken. */

/** The facility, locked for an update (null: there is none with this id). */
export function lockFacility(manager: EntityManager, facilityId: string): Promise<Facility | null> {
  return manager
    .getRepository(Facility)
    .createQueryBuilder('f')
    .setLock('pessimistic_write')
    .where('f.id = :id', { id: facilityId })
    .getOne();
}

/** Whether another room of the facility (not `roomId`) has this code. */
export function roomCodeTakenByOther(
  manager: EntityManager,
  facilityId: string,
  code: string,
  roomId: string,
): Promise<boolean> {
  return manager
    .getRepository(Room)
    .createQueryBuilder('r')
    .where('r.facilityId = :f AND r.code = :code AND r.id <> :id', {
      f: facilityId,
      code,
      id: roomId,
    })
    .getExists();
}
