import type { EntityManager } from 'typeorm';
import type { Sql } from '../database/sql';
import { SHIFT_DOSES, type ShiftDosesRow } from '../medication/shift-doses.queries';
import type { Medication, Shift } from './care.enums';

/**
 * The daily record's medication fields: what the medication round (src/medication) recorded for
 * the resident in that date and shift. The round records every dose; the record only reports it.
 */
export interface ShiftMedication {
  given: Medication | null;
  note: string | null;
}

export interface ShiftKey {
  residentId: string;
  recordDate: string;
  shift: Shift;
}

/** How SHIFT_DOSES is run: on a lent pg connection or on TypeORM's manager. */
export type DosesReader = (facilityId: string, keys: ShiftKey[]) => Promise<ShiftDosesRow[]>;

const params = (facilityId: string, keys: ShiftKey[]) => [
  facilityId,
  keys.map((k) => k.residentId),
  keys.map((k) => k.recordDate),
  keys.map((k) => k.shift),
];

export const dosesOnSql =
  (sql: Sql): DosesReader =>
  (facilityId, keys) =>
    sql.rows<ShiftDosesRow>(SHIFT_DOSES, params(facilityId, keys));

export const dosesOnManager =
  (manager: EntityManager): DosesReader =>
  (facilityId, keys) =>
    manager.query<ShiftDosesRow[]>(SHIFT_DOSES.text, params(facilityId, keys));

/** `yes` all given, `no` one not given, `not_prescribed` none due, null one not recorded yet. */
export function medicationOfDoses(row: ShiftDosesRow | undefined): ShiftMedication {
  if (!row || row.doses === 0) return { given: 'not_prescribed', note: null };
  if (row.not_given > 0) return { given: 'no', note: row.summary };
  if (row.not_recorded > 0) return { given: null, note: row.summary };
  return { given: 'yes', note: row.summary };
}

const keyOf = (residentId: string, recordDate: string, shift: string) =>
  `${residentId}|${recordDate}|${shift}`;

/** The medication of each record's resident, date and shift, read in one statement. */
export async function shiftMedication(
  read: DosesReader,
  facilityId: string,
  keys: ShiftKey[],
): Promise<(key: ShiftKey) => ShiftMedication> {
  const rows = keys.length === 0 ? [] : await read(facilityId, keys);
  const byKey = new Map(rows.map((r) => [keyOf(r.resident_id, r.record_date, r.shift), r]));
  return (k) => medicationOfDoses(byKey.get(keyOf(k.residentId, k.recordDate, k.shift)));
}
