import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Facility } from '../../facilities/facility.entity';
import { OutgoingDocument } from './outgoing-document.entity';

/**
 * The next number of the facility's register for the year. The counter's upsert locks its row
 * until the transaction ends: a concurrent issue waits and takes the next number.
 */
export async function nextNumber(
  manager: EntityManager,
  facilityId: string,
  year: number,
): Promise<number | undefined> {
  const rows: { last_number: number }[] = await manager.query(
    `INSERT INTO document_counter (facility_id, year, last_number) VALUES ($1, $2, 1)
     ON CONFLICT (facility_id, year) DO UPDATE SET last_number = document_counter.last_number + 1
     RETURNING last_number`,
    [facilityId, year],
  );
  return rows[0]?.last_number;
}

/** The facility's register lines, to page over. */
export function registerLines(
  manager: EntityManager,
  facilityId: string,
): SelectQueryBuilder<OutgoingDocument> {
  return manager
    .getRepository(OutgoingDocument)
    .createQueryBuilder('d')
    .where('d.facilityId = :f', { f: facilityId });
}

/** The facility, locked for update: one change of the register's settings at a time. */
export function lockFacility(manager: EntityManager, facilityId: string): Promise<Facility> {
  return manager
    .getRepository(Facility)
    .createQueryBuilder('f')
    .setLock('pessimistic_write')
    .where('f.id = :id', { id: facilityId })
    .getOneOrFail();
}
