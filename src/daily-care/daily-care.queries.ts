import { In, type EntityManager } from 'typeorm';
import { Page, paginate } from '../common/http/pagination';
import { statement } from '../database/sql';
import type { FacilityActor } from '../identity/actor';
import type { ResidentStatus } from '../residents/model/resident.enums';
import type { Allergy } from '../nutrition/nutrition-plan.entity';
import type { Shift } from './care.enums';
import { DailyRecord } from './daily-record.entity';
import type { ResidentRecordsQuery } from './dto/daily-record.dto';

/**
 * The SQL of daily care's hot paths, as named statements (src/database/sql.ts): a shift's end
 * writes a record per resident, so the write is one statement where TypeORM sent six.
 */

/** The columns of a record as its view names them (DailyRecordRow → toRecordView). */
const RECORD_COLUMNS = `d.id, d.facility_id, d.resident_id, d.record_date, d.shift, d.meals, d.fluids_ml,
  d.sleep, d.sleep_hours, d.mood, d.hygiene, d.toileting, d.temperature_c, d.behaviour_notes, d.notes, d.handover, d.handover_message, d.created_by,
  d.updated_by, d.version, d.created_at, d.updated_at`;

/**
 * The stored columns of a new record, in the order both INSERTs give them. The medication
 * columns are no longer written: the medication round holds every dose (shift-medication.ts).
 */
const INSERT_COLUMNS = `id, facility_id, resident_id, record_date, shift, meals, fluids_ml, sleep,
  sleep_hours, mood, hygiene, toileting, temperature_c, behaviour_notes, notes, handover,
  handover_message, created_by, version`;

/**
 * One record, its audit row, in one statement. The resident must be of the facility, present
 * and admitted on the record's date (share-locked, so a discharge waits for this write); else
 * nothing is written and no row comes back (the caller then finds out why). A record of the same
 * resident, date and shift is refused by the unique index (23505).
 * $1 facility, $2 resident, $3 id, $4 date, $5 shift, $6 meals … $17 handover message,
 * $18 author, $19 audit changes, $20 request id, $21 client address.
 */
export const CREATE_RECORD = statement(
  'daily-care:create-record',
  `WITH r AS (
     SELECT id FROM resident
      WHERE id = $2 AND facility_id = $1 AND status IN ('active', 'on_leave') AND admitted_on <= $4::date
        FOR SHARE
   ), d AS (
     INSERT INTO daily_record (${INSERT_COLUMNS})
     SELECT $3::uuid, $1::uuid, r.id, $4::date, $5::varchar, $6::jsonb, $7::int, $8::varchar,
            $9::numeric, $10::varchar, $11::varchar, $12::varchar, $13::numeric, $14::varchar,
            $15::varchar, $16::boolean, $17::varchar, $18::uuid, 1
       FROM r
     RETURNING *
   ), a AS (
     INSERT INTO audit_log (user_id, facility_id, action, entity, entity_id, changes, request_id, ip)
     SELECT $18::uuid, $1::uuid, 'create', 'daily_record', d.id, $19::jsonb, $20::varchar, $21::varchar
       FROM d
   )
   SELECT ${RECORD_COLUMNS} FROM d`,
);

/** CREATE_RECORD's parameters, in its order. */
export function createRecordParams(
  actor: FacilityActor,
  residentId: string,
  id: string,
  key: { recordDate: string; shift: Shift },
  row: Partial<DailyRecord>,
  changes: Record<string, unknown>,
): unknown[] {
  return [
    actor.facilityId,
    residentId,
    id,
    key.recordDate,
    key.shift,
    JSON.stringify(row.meals),
    row.fluidsMl,
    row.sleep,
    row.sleepHours,
    row.mood,
    row.hygiene,
    row.toileting,
    row.temperatureC,
    row.behaviourNotes,
    row.notes,
    row.handover,
    row.handoverMessage,
    actor.id,
    JSON.stringify(changes),
    actor.requestId || null,
    actor.ip,
  ];
}

/** Why a resident cannot have a record written: absent (404), not present (409), or admitted later. */
export const RESIDENT_FOR_RECORD = statement(
  'daily-care:resident-for-record',
  `SELECT status, to_char(admitted_on, 'YYYY-MM-DD') AS admitted_on FROM resident
    WHERE id = $1 AND facility_id = $2`,
);

/** The record in the way of a new one (the 409's existingId and existingVersion). */
export const EXISTING_RECORD = statement(
  'daily-care:existing-record',
  `SELECT id, version FROM daily_record WHERE resident_id = $1 AND record_date = $2 AND shift = $3`,
);

/**
 * Raises a `meals_refused` alert for each of the residents with more than $5 refused meals in
 * the week $3–$4 (once per resident and week: the source key). Each resident's week is read
 * from the (resident, date, shift) index: ~20 rows, whatever the facility's size.
 * $1 facility, $2 residents, $3 Monday, $4 Sunday, $5 the threshold.
 */
export const RAISE_REFUSED_MEAL_ALERTS = statement(
  'daily-care:raise-refused-meal-alerts',
  `INSERT INTO alert (facility_id, resident_id, kind, severity, source_key, source_type, source_id, due_on, message, message_en, version)
   SELECT $1::uuid, r.id, 'meals_refused', 'warning', 'meals_week:' || r.id || ':' || $3, 'meals_week', r.id, $3::date,
          r.code || ' ' || r.full_name || ': bỏ ' || x.n || ' bữa trong tuần từ ' || to_char($3::date, 'DD/MM/YYYY'),
          r.code || ' ' || r.full_name || ': ' || x.n || ' meals refused in the week of ' || $3,
          1
     FROM unnest($2::uuid[]) AS ids(resident_id)
     CROSS JOIN LATERAL (
       SELECT count(*)::int AS n
         FROM daily_record d CROSS JOIN LATERAL jsonb_array_elements(d.meals) m
        WHERE d.resident_id = ids.resident_id AND d.facility_id = $1
          AND d.record_date >= $3::date AND d.record_date <= $4::date
          AND m->>'intake' = 'refused'
     ) x
     JOIN resident r ON r.id = ids.resident_id
    WHERE x.n > $5
   ON CONFLICT (facility_id, kind, source_key) DO NOTHING
   RETURNING 1`,
);

/**
 * A round: every row's record and audit row in one statement, rows given as one JSON array
 * (daily-care's RoundService.save). Only residents of the facility, present and admitted on the
 * date get a record; the caller compares the count and finds out why when one is missing. Two
 * rows of one resident, or a shift already recorded, are refused by the unique index (23505).
 * $1 facility, $2 rows, $3 date, $4 shift, $5 author, $6 request id, $7 client address.
 */
export const CREATE_ROUND = statement(
  'daily-care:create-round',
  `WITH x AS (
     SELECT * FROM jsonb_to_recordset($2::jsonb) AS x(
       id uuid, resident_id uuid, meals jsonb, fluids_ml int, sleep text, sleep_hours numeric,
       mood text, hygiene text, toileting text, temperature_c numeric, behaviour_notes text, notes text, handover boolean,
       handover_message text, changes jsonb)
   ), r AS (
     SELECT id FROM resident
      WHERE facility_id = $1 AND id IN (SELECT resident_id FROM x)
        AND status IN ('active', 'on_leave') AND admitted_on <= $3::date
        FOR SHARE
   ), d AS (
     INSERT INTO daily_record (${INSERT_COLUMNS})
     SELECT x.id, $1::uuid, x.resident_id, $3::date, $4::varchar, x.meals, x.fluids_ml, x.sleep, x.sleep_hours, x.mood,
            x.hygiene, x.toileting, x.temperature_c,
            x.behaviour_notes, x.notes, x.handover, x.handover_message, $5::uuid, 1
       FROM x JOIN r ON r.id = x.resident_id
     RETURNING *
   ), a AS (
     INSERT INTO audit_log (user_id, facility_id, action, entity, entity_id, changes, request_id, ip)
     SELECT $5::uuid, $1::uuid, 'create', 'daily_record', d.id, x.changes, $6::varchar, $7::varchar
       FROM d JOIN x ON x.id = d.id
   )
   SELECT ${RECORD_COLUMNS} FROM d`,
);

/** A room of the facility (the round view's `room`). $1 room, $2 facility. */
export const ROOM_OF_FACILITY = statement(
  'daily-care:room-of-facility',
  `SELECT 1 FROM room WHERE id = $1 AND facility_id = $2`,
);

/**
 * The round view's residents: every active resident of the facility (of a room), with the diet
 * of the current nutrition plan, in the order of the round. $1 facility, $2 room or null.
 */
export const ROUND_RESIDENTS = statement(
  'daily-care:round-residents',
  `SELECT r.id, r.code, r.full_name, r.preferred_name, room.code AS room_code, r.bed, r.mobility,
          r.care_instructions, p.diet_type, p.texture, p.allergies, p.meals_per_day
     FROM resident r
     LEFT JOIN room ON room.id = r.room_id
     LEFT JOIN nutrition_plan p ON p.resident_id = r.id AND p.superseded_at IS NULL
    WHERE r.facility_id = $1 AND r.status = 'active'
      AND ($2::uuid[] IS NULL OR r.room_id = ANY($2::uuid[]))
    ORDER BY room.code NULLS LAST, r.bed NULLS LAST, r.sort_name, r.id`,
);

/** The round view's records: those residents' records of the day and shifts. */
export const ROUND_RECORDS = statement(
  'daily-care:round-records',
  `SELECT ${RECORD_COLUMNS} FROM daily_record d
    WHERE d.facility_id = $1 AND d.record_date = $2 AND d.shift = ANY($3::varchar[])
      AND d.resident_id = ANY($4::uuid[])`,
);

/** A row of ROUND_RESIDENTS. */
export interface RoundResidentRow {
  id: string;
  code: string;
  full_name: string;
  preferred_name: string | null;
  room_code: string | null;
  bed: string | null;
  mobility: string;
  care_instructions: string | null;
  diet_type: string | null;
  texture: string | null;
  allergies: Allergy[] | null;
  meals_per_day: number | null;
}

/**
 * One resident's records, a page: newest day first, within a day night, afternoon, morning.
 * (resident, date, shift) is unique, so the two keys order one resident's records completely.
 */
export function residentRecordsPage(
  manager: EntityManager,
  facilityId: string,
  residentId: string,
  query: ResidentRecordsQuery,
): Promise<Page<DailyRecord>> {
  const qb = manager
    .getRepository(DailyRecord)
    .createQueryBuilder('d')
    .where('d.facilityId = :f AND d.residentId = :r', { f: facilityId, r: residentId });
  if (query.from) qb.andWhere('d.recordDate >= :from', { from: query.from });
  if (query.to) qb.andWhere('d.recordDate <= :to', { to: query.to });
  return paginate(
    qb,
    [
      { sql: 'd.recordDate', value: (d) => d.recordDate },
      {
        sql: `(CASE d.shift WHEN 'morning' THEN 1 WHEN 'afternoon' THEN 2 ELSE 3 END)`,
        value: (d) => ({ morning: 1, afternoon: 2, night: 3 })[d.shift],
      },
    ],
    query,
    'DESC',
  );
}

/** The residents a refused round names, of the facility: their status and admission date. */
export function roundResidentStates(
  manager: EntityManager,
  facilityId: string,
  residentIds: string[],
): Promise<{ id: string; status: ResidentStatus; admitted_on: string }[]> {
  return manager.query(
    `SELECT id, status, to_char(admitted_on, 'YYYY-MM-DD') AS admitted_on FROM resident
      WHERE facility_id = $1 AND id = ANY($2::uuid[])`,
    [facilityId, residentIds],
  );
}

/** Which of these residents already have a record of that date and shift. */
export async function residentsRecorded(
  manager: EntityManager,
  residentIds: string[],
  recordDate: string,
  shift: Shift,
): Promise<Set<string>> {
  const rows = await manager.find(DailyRecord, {
    where: { residentId: In(residentIds), recordDate, shift },
    select: { residentId: true },
  });
  return new Set(rows.map((r) => r.residentId));
}
