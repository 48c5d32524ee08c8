import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FacilityActor } from '../../identity/actor';
import { conflict, invalid } from '../../common/errors/problem.exception';
import type { Facility } from '../../facilities/facility.entity';
import { Room } from '../../facilities/room.entity';
import { areaNeeded, PRESENT_STATUSES } from '../model/resident-rules';

export interface RoomOccupancy {
  roomId: string;
  occupied: number;
  areaUsedM2: number;
}

/** Beds and floor area: who fits where (facility capacity, room beds, TT 33/2017 area per resident). */
@Injectable()
export class OccupancyService {
  /** Residents present today (active or on leave): the census. */
  async countPresent(manager: EntityManager, facilityId: string): Promise<number> {
    const rows: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM resident WHERE facility_id = $1 AND status = ANY($2)`,
      [facilityId, PRESENT_STATUSES],
    );
    return rows[0]?.n ?? 0;
  }

  async assertFacilityHasBed(manager: EntityManager, facility: Facility): Promise<void> {
    const present = await this.countPresent(manager, facility.id);
    if (present >= facility.capacity) {
      throw conflict({
        vi: `Cơ sở đã đủ ${facility.capacity} chỗ`,
        en: `The facility is full (${facility.capacity} places)`,
      });
    }
  }

  /**
   * Checks that a room of the caller's facility can take one more resident: active, a free bed,
   * the bed label free, and enough floor area for everybody in it. Locks the room row.
   */
  async assertRoomTakes(
    manager: EntityManager,
    actor: FacilityActor,
    roomId: string,
    resident: { needs24hCare: boolean; bed: string | null; excludeResidentId: string | null },
  ): Promise<Room> {
    const room = await manager
      .getRepository(Room)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :id AND r.facilityId = :f', { id: roomId, f: actor.facilityId })
      .getOne();
    if (!room) {
      throw invalid([
        {
          field: 'roomId',
          code: 'unknownReference',
          text: { vi: 'Không có phòng này trong cơ sở', en: 'No such room in this facility' },
        },
      ]);
    }
    if (!room.active) {
      throw conflict({
        vi: `Phòng ${room.code} đã ngừng sử dụng`,
        en: `Room ${room.code} is not in use`,
      });
    }
    const occupants: { bed: string | null; needs24h_care: boolean }[] = await manager.query(
      `SELECT bed, needs24h_care FROM resident
        WHERE room_id = $1 AND status = ANY($2) AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [room.id, PRESENT_STATUSES, resident.excludeResidentId],
    );
    if (occupants.length + 1 > room.beds) {
      throw conflict({
        vi: `Phòng ${room.code} đã hết giường (${room.beds})`,
        en: `Room ${room.code} has no free bed (${room.beds} beds)`,
      });
    }
    if (resident.bed && occupants.some((o) => o.bed === resident.bed)) {
      throw conflict({
        vi: `Giường ${resident.bed} của phòng ${room.code} đã có người`,
        en: `Bed ${resident.bed} of room ${room.code} is taken`,
      });
    }
    const needed =
      occupants.reduce((sum, o) => sum + areaNeeded(o.needs24h_care), 0) +
      areaNeeded(resident.needs24hCare);
    if (needed > room.areaM2) {
      throw conflict({
        vi: `Phòng ${room.code} (${room.areaM2} m²) sẽ dưới mức diện tích tối thiểu (6 m²/người, 8 m² với người cần chăm sóc 24/24)`,
        en: `Room ${room.code} (${room.areaM2} m²) would fall below the minimum area (6 m² per resident, 8 m² for 24-hour care)`,
      });
    }
    return room;
  }

  /** Present residents and the area they need, per room of a facility: one grouped query. */
  async byRoom(manager: EntityManager, facilityId: string): Promise<Map<string, RoomOccupancy>> {
    const rows: { room_id: string; occupied: number; area: number }[] = await manager.query(
      `SELECT room_id, count(*)::int AS occupied, sum(CASE WHEN needs24h_care THEN 8 ELSE 6 END)::int AS area
         FROM resident
        WHERE facility_id = $1 AND room_id IS NOT NULL AND status = ANY($2)
        GROUP BY room_id`,
      [facilityId, PRESENT_STATUSES],
    );
    return new Map(
      rows.map((r) => [r.room_id, { roomId: r.room_id, occupied: r.occupied, areaUsedM2: r.area }]),
    );
  }
}
