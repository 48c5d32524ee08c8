import type { EntityManager } from 'typeorm';
import type { Shift } from '../daily-care/care.enums';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { CARER_GROUP_CODES, CARER_UNIT, carerUnits, type CarerGroup } from './staffing.enums';
import { birthDateSql } from '../residents/model/birth-date';

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

/** One shift of one day in one facility: the residents present and the staff assigned. */
export interface StaffingRow {
  facility_id: string;
  day: string;
  shift: Shift;
  residents: number;
  groups: Partial<Record<CarerGroup, number>>;
  required_carers: number;
  assigned_carers: number;
  /** Nurses and social workers assigned to any shift of the day. */
  day_nurses: number;
  day_social_workers: number;
  has_rota: boolean;
}

const GROUP_UNITS = `CASE grp ${CARER_GROUP_CODES.map((g) => `WHEN '${g}' THEN ${carerUnits(g)}`).join(' ')} END`;

/**
 * The staffing of every shift from `from` to `to` (of one facility, or of all when null), in one
 * statement: the residents present each day (the last stay event on or before it: admitted,
 * readmitted or back from leave; history, not today's status, so a past month keeps its figures)
 * counted into the carer groups of TT 33/2017 Điều 5 by their age that day, disability, HIV status
 * (as the history held them that day, resident_fact) and self-care (needing 24-hour care,
 * bedridden or in a wheelchair), the carers those groups require (rounded up), and the
 * caretakers, nurses and social workers of the rota.
 */
export const STAFFING_SQL = `WITH days AS (
       SELECT f.id AS facility_id, d::date AS day
         FROM facility f, generate_series($2::date, $3::date, interval '1 day') AS d
        WHERE ($1::uuid IS NULL OR f.id = $1)
     ), people AS (
       SELECT days.facility_id, days.day,
              CASE WHEN x.months < 18 THEN 'infant'
                   WHEN x.months < 72 THEN CASE WHEN x.special THEN 'young_child_special' ELSE 'young_child' END
                   WHEN x.months < 192 THEN CASE WHEN x.special THEN 'child_special' ELSE 'child' END
                   WHEN x.dependent THEN 'adult_dependent' ELSE 'adult_self_care' END AS grp
         FROM days
         JOIN resident r ON r.facility_id = days.facility_id
         CROSS JOIN LATERAL (
           SELECT e.kind FROM resident_event e WHERE e.resident_id = r.id AND e.event_date <= days.day
            ORDER BY e.event_date DESC, e.created_at DESC LIMIT 1
         ) AS last
         LEFT JOIN resident_fact h ON h.resident_id = r.id AND h.valid_from <= days.day
              AND (h.valid_to IS NULL OR h.valid_to > days.day)
         LEFT JOIN resident_sensitive s ON s.resident_id = r.id
         CROSS JOIN LATERAL (
           SELECT (extract(year FROM age(days.day, ${birthDateSql('r')})) * 12
                   + extract(month FROM age(days.day, ${birthDateSql('r')})))::int AS months,
                  (r.disability_kind IS NOT NULL
                   OR (CASE WHEN h.id IS NULL THEN r.disability_level ELSE h.disability_level END) IS NOT NULL
                   OR coalesce(h.categories, r.categories) && ARRAY['k1_disabled_severe', 'k1_child_hiv']::varchar[]
                   OR coalesce(h.hiv_status, s.hiv_status) = 'positive') AS special,
                  (r.needs24h_care OR r.mobility IN ('bedridden', 'wheelchair')) AS dependent
         ) AS x
        WHERE last.kind IN ('admitted', 'readmitted', 'leave_ended')
     ), by_group AS (
       SELECT facility_id, day, grp, count(*)::int AS n FROM people GROUP BY facility_id, day, grp
     ), need AS (
       SELECT facility_id, day, sum(n)::int AS residents, jsonb_object_agg(grp, n) AS groups,
              ((sum(n * ${GROUP_UNITS}) + ${CARER_UNIT - 1}) / ${CARER_UNIT})::int AS required_carers
         FROM by_group GROUP BY facility_id, day
     ), rota AS (
       SELECT a.facility_id, a.work_date AS day, a.shift,
              count(DISTINCT a.user_id) FILTER (WHERE u.role = 'caretaker')::int AS carers
         FROM staff_assignment a JOIN app_user u ON u.id = a.user_id
        WHERE a.work_date BETWEEN $2 AND $3 AND ($1::uuid IS NULL OR a.facility_id = $1)
        GROUP BY a.facility_id, a.work_date, a.shift
     ), day_staff AS (
       SELECT a.facility_id, a.work_date AS day,
              count(DISTINCT a.user_id) FILTER (WHERE u.role = 'nurse')::int AS nurses,
              count(DISTINCT a.user_id) FILTER (WHERE u.role = 'social_worker')::int AS social_workers
         FROM staff_assignment a JOIN app_user u ON u.id = a.user_id
        WHERE a.work_date BETWEEN $2 AND $3 AND ($1::uuid IS NULL OR a.facility_id = $1)
        GROUP BY a.facility_id, a.work_date
     )
     SELECT days.facility_id, to_char(days.day, 'YYYY-MM-DD') AS day, sh.shift,
            coalesce(need.residents, 0) AS residents, coalesce(need.groups, '{}') AS groups,
            coalesce(need.required_carers, 0) AS required_carers,
            coalesce(rota.carers, 0) AS assigned_carers,
            coalesce(day_staff.nurses, 0) AS day_nurses,
            coalesce(day_staff.social_workers, 0) AS day_social_workers,
            day_staff.day IS NOT NULL AS has_rota
       FROM days
      CROSS JOIN unnest(ARRAY['morning', 'afternoon', 'night']) WITH ORDINALITY AS sh(shift, n)
       LEFT JOIN need ON need.facility_id = days.facility_id AND need.day = days.day
       LEFT JOIN rota ON rota.facility_id = days.facility_id AND rota.day = days.day AND rota.shift = sh.shift
       LEFT JOIN day_staff ON day_staff.facility_id = days.facility_id AND day_staff.day = days.day
      ORDER BY days.facility_id, days.day, sh.n`;

export function staffingRows(
  manager: EntityManager,
  facilityId: string | null,
  from: string,
  to: string,
): Promise<StaffingRow[]> {
  return manager.query(STAFFING_SQL, [facilityId, from, to]);
}
