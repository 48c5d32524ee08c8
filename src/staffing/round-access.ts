import { HttpStatus } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { forbidden, ProblemException } from '../common/errors/problem.exception';
import type { Shift } from '../daily-care/care.enums';
import type { FacilityActor } from '../identity/actor';
import { addDays } from '../calendar/dates';
import { listedRooms, mayWriteFor, roundRoomScope } from './staffing.queries';

export const NOT_YOUR_ROOM = {
  vi: 'Phòng này không thuộc ca làm việc của bạn',
  en: 'This room is not in your assignment',
};

/**
 * The rooms a round lists for the caller: `null` for every room (not a caretaker, or no rota that
 * day), else the room asked for or the rooms of their assignment. A room outside the assignment
 * is a 403 unless the admin allowed cover.
 */
export async function roundRooms(
  manager: EntityManager,
  actor: FacilityActor,
  date: string,
  shift: Shift | null,
  room: string | undefined,
): Promise<string[] | null> {
  const { rooms, allowed } = listedRooms(await roundRoomScope(manager, actor, date, shift), room);
  if (allowed) return rooms;
  // Reading the shift that hands over to the caller's own (last night's, before her morning):
  // her assignments of that day or the next, any shift, decide.
  for (const day of [date, addDays(date, 1)]) {
    const wider = await roundRoomScope(manager, actor, day, null);
    if (wider !== null && mayWriteFor(wider, room ?? null)) return rooms;
  }
  throw forbidden(NOT_YOUR_ROOM);
}

/**
 * Refuses (403, naming each row) a round written by a caretaker for residents outside the rooms
 * of their assignment in that shift, unless the admin allowed cover.
 */
export async function assertMayWriteRound(
  manager: EntityManager,
  actor: FacilityActor,
  date: string,
  shift: Shift,
  residentIds: readonly string[],
  field: (i: number) => string,
): Promise<void> {
  const scope = await roundRoomScope(manager, actor, date, shift);
  if (scope === null || scope.cover) return;
  const rows: { id: string; room_id: string | null }[] = await manager.query(
    `SELECT id, room_id FROM resident WHERE facility_id = $1 AND id = ANY($2::uuid[])`,
    [actor.facilityId, [...new Set(residentIds.map((id) => id.toLowerCase()))]],
  );
  const roomOf = new Map(rows.map((r) => [r.id, r.room_id]));
  const refused = residentIds
    .map((id, i) => ({ i, room: roomOf.get(id.toLowerCase()) }))
    .filter(({ room }) => room !== undefined && !mayWriteFor(scope, room))
    .map(({ i }) => ({ field: field(i), code: 'notYourRoom', text: NOT_YOUR_ROOM }));
  if (refused.length > 0)
    throw new ProblemException(HttpStatus.FORBIDDEN, 'forbidden', NOT_YOUR_ROOM, refused);
}
