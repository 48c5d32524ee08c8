import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FacilityActor } from '../../identity/actor';
import { conflict, invalid } from '../../common/errors/problem.exception';
import type { Facility } from '../../facilities/facility.entity';
import { Room } from '../../facilities/room.entity';
import { areaNeeded } from '../model/resident-rules';
import { OccupancyQueries } from './occupancy.queries';

export interface RoomOccupancy {
  roomId: string;
  occupied: number;
  areaUsedM2: number;
}

/** Beds and floor area: who fits where (facility capacity, room beds, TT 33/2017 area per resident). */
@Injectable()
export class OccupancyService {
  /** Residents present today (active or on leave): the census. */
  countPresent(manager: EntityManager, facilityId: string): Promise<number> {
    return OccupancyQueries.countPresent(manager, facilityId);
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
    const room = await OccupancyQueries.lockRoom(manager, actor.facilityId, roomId);
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
    const occupants = await OccupancyQueries.occupants(
      manager,
      room.id,
      resident.excludeResidentId,
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
    const rows = await OccupancyQueries.byRoom(manager, facilityId);
    return new Map(
      rows.map((r) => [r.room_id, { roomId: r.room_id, occupied: r.occupied, areaUsedM2: r.area }]),
    );
  }
}
