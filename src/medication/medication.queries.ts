import { In, type EntityManager } from 'typeorm';
import { addDays } from '../calendar/dates';
import { MedicationAdministration } from './medication-administration.entity';
import { Prescription } from './prescription.entity';
import type { DoseOutcome, MedicineForm, MedicineRoute } from './medication.enums';

/** A medicine's facts as the round reads them. */
export interface MedicineRow {
  resident_id: string;
  code: string;
  full_name: string;
  preferred_name: string | null;
  room_id: string | null;
  room_code: string | null;
  bed: string | null;
  prescription_id: string;
  medicine_name: string;
  strength: string | null;
  form: MedicineForm;
  dose: string;
  route: MedicineRoute;
  instructions: string | null;
  indication: string | null;
  sensitive: boolean;
  caretaker_label: string | null;
}

export interface DueDoseRow extends MedicineRow {
  time: string;
  a_id: string | null;
  outcome: DoseOutcome | null;
  reason: string | null;
  note: string | null;
  administered_at: Date | null;
  recorded_by: string | null;
  recorded_by_name: string | null;
  recorded_at: Date | null;
}

export interface AsNeededRow extends MedicineRow {
  prn_reason: string;
  max_per24h: number;
  given_last_24h: number;
}

const MEDICINE_COLUMNS = `r.id AS resident_id, r.code, r.full_name, r.preferred_name, r.room_id,
  room.code AS room_code, r.bed, p.id AS prescription_id, p.medicine_name, p.strength, p.form,
  p.dose, p.route, p.instructions, p.indication, p.sensitive, p.caretaker_label`;

/**
 * Scheduled doses due on `date` (at `slot`, or all day) for the residents in the facility (of
 * `roomIds`, or every room when null), with the record of each dose once there is one. A
 * prescription is due between its start and end dates and, once stopped, only for doses timed
 * before the stop (or already recorded). The dose's instant is its local time in the facility's zone.
 */
export function dueDoses(
  manager: EntityManager,
  facilityId: string,
  date: string,
  slot: string | null,
  roomIds: string[] | null,
): Promise<DueDoseRow[]> {
  return manager.query(
    `SELECT ${MEDICINE_COLUMNS}, t.time,
            a.id AS a_id, a.outcome, a.reason, a.note, a.administered_at, a.recorded_by, a.recorded_at,
            u.full_name AS recorded_by_name
       FROM prescription p
       JOIN facility f ON f.id = p.facility_id
       JOIN resident r ON r.id = p.resident_id
       LEFT JOIN room ON room.id = r.room_id
       CROSS JOIN LATERAL jsonb_array_elements_text(p.times) AS t(time)
       LEFT JOIN medication_administration a
              ON a.prescription_id = p.id AND a.dose_date = $2 AND a.dose_time = t.time
       LEFT JOIN app_user u ON u.id = a.recorded_by
      WHERE p.facility_id = $1 AND NOT p.as_needed AND r.status = 'active'
        AND p.start_date <= $2 AND (p.end_date IS NULL OR p.end_date >= $2)
        AND (p.stopped_at IS NULL OR a.id IS NOT NULL
             OR (($2::date + t.time::time) AT TIME ZONE f.timezone) < p.stopped_at)
        AND ($3::text IS NULL OR t.time = $3)
        AND ($4::uuid[] IS NULL OR r.room_id = ANY($4::uuid[]))
      ORDER BY room.code NULLS LAST, r.bed NULLS LAST, r.sort_name, r.id, t.time, p.created_at, p.id`,
    [facilityId, date, slot, roomIds],
  );
}

/** As-needed prescriptions in force on `date`, with the doses given in the last 24 hours. */
export function asNeededMedicines(
  manager: EntityManager,
  facilityId: string,
  date: string,
  roomIds: string[] | null,
): Promise<AsNeededRow[]> {
  return manager.query(
    `SELECT ${MEDICINE_COLUMNS}, p.prn_reason, p.max_per24h,
            (SELECT count(*)::int FROM medication_administration a
              WHERE a.prescription_id = p.id AND a.outcome = 'given'
                AND a.administered_at > now() - interval '24 hours') AS given_last_24h
       FROM prescription p
       JOIN resident r ON r.id = p.resident_id
       LEFT JOIN room ON room.id = r.room_id
      WHERE p.facility_id = $1 AND p.as_needed AND p.status = 'active' AND r.status = 'active'
        AND p.start_date <= $2 AND (p.end_date IS NULL OR p.end_date >= $2)
        AND ($3::uuid[] IS NULL OR r.room_id = ANY($3::uuid[]))
      ORDER BY room.code NULLS LAST, r.bed NULLS LAST, r.sort_name, r.id, p.created_at, p.id`,
    [facilityId, date, roomIds],
  );
}

/** As-needed doses given of a prescription in the 24 hours before `at` (and up to it). */
export async function givenInDay(
  manager: EntityManager,
  prescriptionId: string,
  at: Date,
): Promise<Date[]> {
  const rows: { administered_at: Date }[] = await manager.query(
    `SELECT administered_at FROM medication_administration
      WHERE prescription_id = $1 AND outcome = 'given'
        AND administered_at > $2::timestamptz - interval '24 hours'
        AND administered_at < $2::timestamptz + interval '24 hours'`,
    [prescriptionId, at.toISOString()],
  );
  return rows.map((r) => r.administered_at);
}

/**
 * The facility's prescriptions a round names, locked: two rounds giving the same as-needed
 * medicine are counted one after the other.
 */
export function lockedPrescriptions(
  manager: EntityManager,
  facilityId: string,
  ids: string[],
): Promise<Prescription[]> {
  return manager
    .getRepository(Prescription)
    .createQueryBuilder('p')
    .setLock('pessimistic_write')
    .where('p.facilityId = :f AND p.id IN (:...ids)', { f: facilityId, ids })
    .getMany();
}

/** Whether each resident is present and in which room (who may record their doses). */
export function residentsOfDoses(
  manager: EntityManager,
  residentIds: string[],
): Promise<{ id: string; status: string; room_id: string | null }[]> {
  return manager.query(`SELECT id, status, room_id FROM resident WHERE id = ANY($1::uuid[])`, [
    residentIds,
  ]);
}

/** The doses of these prescriptions already recorded on `date`, as `prescription@time`. */
export async function recordedDoseKeys(
  manager: EntityManager,
  prescriptionIds: string[],
  date: string,
): Promise<Set<string>> {
  const recorded = await manager.find(MedicationAdministration, {
    where: { prescriptionId: In(prescriptionIds), doseDate: date },
    select: { prescriptionId: true, doseTime: true },
  });
  return new Set(recorded.map((a) => `${a.prescriptionId}@${a.doseTime}`));
}

/** Whether a dose (its date and local time in the facility's `zone`) came before `stoppedAt`. */
export async function doseBeforeStop(
  manager: EntityManager,
  date: string,
  time: string,
  zone: string,
  stoppedAt: Date,
): Promise<boolean> {
  const due = await manager.query<{ due: boolean }[]>(
    `SELECT (($1::date + $2::time) AT TIME ZONE $3) < $4::timestamptz AS due`,
    [date, time, zone, stoppedAt.toISOString()],
  );
  return due[0]?.due ?? false;
}

/** The last day of a month (YYYY-MM). */
export const lastDayOf = (month: string) =>
  addDays(`${addDays(`${month}-01`, 31).slice(0, 7)}-01`, -1);

/**
 * The medicine purchases of a month (their total) and the residents present in it (counted
 * from the stay history: present on its first day, or admitted or readmitted during it).
 */
export async function purchasesAndResidentsOfMonth(
  manager: EntityManager,
  facilityId: string,
  month: string,
): Promise<{ total: string; residents: number } | undefined> {
  const [row] = await manager.query<{ total: string; residents: number }[]>(
    `SELECT (SELECT coalesce(sum(amount_vnd), 0) FROM medicine_purchase
              WHERE facility_id = $1 AND purchased_on BETWEEN $2 AND $3) AS total,
            (SELECT count(DISTINCT x.resident_id)::int FROM (
                SELECT s.resident_id FROM (
                  SELECT DISTINCT ON (resident_id) resident_id, kind FROM resident_event
                   WHERE facility_id = $1 AND event_date <= $2
                   ORDER BY resident_id, event_date DESC, created_at DESC) s
                 WHERE s.kind IN ('admitted', 'readmitted', 'leave_started', 'leave_ended')
                UNION
                SELECT resident_id FROM resident_event
                 WHERE facility_id = $1 AND kind IN ('admitted', 'readmitted')
                   AND event_date > $2 AND event_date <= $3) x) AS residents`,
    [facilityId, `${month}-01`, lastDayOf(month)],
  );
  return row;
}
