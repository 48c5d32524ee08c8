import type { EntityManager } from 'typeorm';
import { Room } from '../../facilities/room.entity';
import { PRESENT_STATUSES } from '../model/resident-rules';

/** Who occupies the facility's beds: the residents present (active or on leave). */
export const OccupancyQueries = {
  /** Residents present today (active or on leave): the census. */
  async countPresent(manager: EntityManager, facilityId: string): Promise<number> {
    const rows: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM resident WHERE facility_id = $1 AND status = ANY($2)`,
      [facilityId, PRESENT_STATUSES],
    );
    return rows[0]?.n ?? 0;
  },

  /** A room of the facility, its row locked, or null. */
  lockRoom(manager: EntityManager, facilityId: string, roomId: string): Promise<Room | null> {
    return manager
      .getRepository(Room)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :id AND r.facilityId = :f', { id: roomId, f: facilityId })
      .getOne();
  },

  /** The residents present in a room (but `excludeResidentId`): their beds and care needs. */
  occupants(
    manager: EntityManager,
    roomId: string,
    excludeResidentId: string | null,
  ): Promise<{ bed: string | null; needs24h_care: boolean }[]> {
    return manager.query(
      `SELECT bed, needs24h_care FROM resident
        WHERE room_id = $1 AND status = ANY($2) AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [roomId, PRESENT_STATUSES, excludeResidentId],
    );
  },

  /** Present residents and the area they need, per room of a facility: one grouped query. */
  byRoom(
    manager: EntityManager,
    facilityId: string,
  ): Promise<{ room_id: string; occupied: number; area: number }[]> {
    return manager.query(
      `SELECT room_id, count(*)::int AS occupied, sum(CASE WHEN needs24h_care THEN 8 ELSE 6 END)::int AS area
         FROM resident
        WHERE facility_id = $1 AND room_id IS NOT NULL AND status = ANY($2)
        GROUP BY room_id`,
      [facilityId, PRESENT_STATUSES],
    );
  },
};
