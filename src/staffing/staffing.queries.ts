import type { EntityManager } from 'typeorm';
import type { Shift } from '../daily-care/care.enums';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';

/**
 * Which rooms a caller's round covers on a date: every room (`null`: not a caretaker, or the
 * facility keeps no rota for that date), or the rooms of their assignment in that shift (any
 * shift of the day when `shift` is null) and whether the admin let them cover other rooms.
 */
export interface RoomScope {
  rooms: ReadonlySet<string>;
  cover: boolean;
}

export async function roundRoomScope(
  manager: EntityManager,
  actor: FacilityActor,
  date: string,
  shift: Shift | null,
): Promise<RoomScope | null> {
  if (actor.role !== Role.Caretaker) return null;
  const rows: { rota: boolean; room_ids: string[] | null; cover: boolean | null }[] =
    await manager.query(
      `SELECT EXISTS (SELECT 1 FROM staff_assignment WHERE facility_id = $1 AND work_date = $3) AS rota,
              (SELECT array_agg(DISTINCT room_id) FROM staff_assignment s, unnest(s.room_ids) AS room_id
                WHERE s.user_id = $2 AND s.facility_id = $1 AND s.work_date = $3
                  AND ($4::text IS NULL OR s.shift = $4)) AS room_ids,
              (SELECT bool_or(cover) FROM staff_assignment s
                WHERE s.user_id = $2 AND s.facility_id = $1 AND s.work_date = $3
                  AND ($4::text IS NULL OR s.shift = $4)) AS cover`,
      [actor.facilityId, actor.id, date, shift],
    );
  const row = rows[0];
  if (!row?.rota) return null;
  return { rooms: new Set(row.room_ids ?? []), cover: row.cover ?? false };
}

/** Whether a scope lets its caller write for a resident of `roomId`. */
export function mayWriteFor(scope: RoomScope | null, roomId: string | null): boolean {
  if (scope === null || scope.cover) return true;
  return roomId !== null && scope.rooms.has(roomId);
}

/** The rooms a round lists: the one asked for (if the scope allows it), else the scope's. */
export function listedRooms(
  scope: RoomScope | null,
  room: string | undefined,
): { rooms: string[] | null; allowed: boolean } {
  if (room) return { rooms: [room], allowed: mayWriteFor(scope, room) };
  return { rooms: scope === null ? null : [...scope.rooms], allowed: true };
}
