import type { EntityManager } from 'typeorm';
import { Room } from '../../facilities/room.entity';
import { Ethnicity } from '../model/ethnicity.entity';
import type { RowContext } from './import-row';
import { Vocabulary } from './import-words';

/** The facility's rooms, ethnic groups and taken register codes, read once per import. */
export async function importContext(
  manager: EntityManager,
  facilityId: string,
): Promise<RowContext> {
  const rooms = await manager.findBy(Room, { facilityId });
  const ethnicities = await manager.find(Ethnicity);
  const codes: { code: string }[] = await manager.query(
    'SELECT code FROM resident WHERE facility_id = $1',
    [facilityId],
  );
  return {
    rooms: new Map(rooms.map((r) => [r.code.toUpperCase(), r.id])),
    ethnicities: new Vocabulary(ethnicities.map((e) => [e.code, [e.name]] as const)),
    takenCodes: new Set(codes.map((c) => c.code)),
  };
}
