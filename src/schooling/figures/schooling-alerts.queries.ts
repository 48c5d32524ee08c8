import type { EntityManager } from 'typeorm';
import type { ResidentCategory } from '../../residents/model/categories';
import { PRESENT_STATUSES } from '../../residents/model/resident-rules';
import { birthDateSql } from '../../residents/model/birth-date';

/**
 * Every present resident with today's date in the facility's time zone, the birth date (1 January
 * when only the year is known) and whether they study: an enrolment with status `studying` or a
 * vocational course `ongoing` (ND 20/2021 Điều 5(2): học văn hóa, học nghề, trung cấp, cao đẳng,
 * đại học all count). Only people young enough for an age rule.
 */
const PEOPLE = `
  WITH p AS (
    SELECT r.id, r.facility_id, r.code, r.full_name, r.categories,
           ${birthDateSql('r')} AS born,
           (now() AT TIME ZONE f.timezone)::date AS today,
           (EXISTS (SELECT 1 FROM enrollment e
                     WHERE e.resident_id = r.id AND e.status = 'studying' AND e.voided_at IS NULL)
            OR EXISTS (SELECT 1 FROM vocational_training v
                        WHERE v.resident_id = r.id AND v.status = 'ongoing')) AS studying
      FROM resident r
      JOIN facility f ON f.id = r.facility_id
     WHERE r.status = ANY($1)
       AND ${birthDateSql('r')} > current_date - interval '40 years'
  )`;

const INSERT = `INSERT INTO alert (facility_id, resident_id, kind, severity, source_key, source_type, source_id, due_on, message, message_en, version)`;

/** A vocational_referral alert for each child between `fromAge` and `toAge` who neither studies nor trains; once per resident and school year (due the later of the birthday and 1 August). Returns how many were raised. */
export async function raiseVocationalReferrals(
  manager: EntityManager,
  fromAge: number,
  toAge: number,
): Promise<number> {
  const raised: unknown[] = await manager.query(
    `${PEOPLE}
     ${INSERT}
     SELECT p.facility_id, p.id, 'vocational_referral', 'warning',
            'schooling_not_studying:' || p.id || ':' || d.due_on, 'schooling_not_studying', p.id, d.due_on,
            p.code || ' ' || p.full_name || ': ' || date_part('year', age(p.today, p.born))::int
              || ' tuổi, không đi học — giới thiệu học nghề',
            p.code || ' ' || p.full_name || ': aged ' || date_part('year', age(p.today, p.born))::int
              || ', not in school — refer to vocational training',
            1
       FROM p
      CROSS JOIN LATERAL (
        SELECT greatest((p.born + make_interval(years => $2))::date,
                        make_date(date_part('year', p.today - interval '7 months')::int, 8, 1)) AS due_on
      ) d
      WHERE NOT p.studying
        AND (p.born + make_interval(years => $2))::date <= p.today
        AND (p.born + make_interval(years => $3))::date > p.today
     ON CONFLICT (facility_id, kind, source_key) DO NOTHING
     RETURNING 1`,
    [PRESENT_STATUSES, fromAge, toAge],
  );
  return raised.length;
}

/** A discharge_review alert for each resident of `childCategories` who reached `fromAge` (under `toAge`) and does not study; once, dated on the birthday. Returns how many were raised. */
export async function raiseNotStudyingReviews(
  manager: EntityManager,
  fromAge: number,
  toAge: number,
  childCategories: readonly ResidentCategory[],
): Promise<number> {
  const raised: unknown[] = await manager.query(
    `${PEOPLE}
     ${INSERT}
     SELECT p.facility_id, p.id, 'discharge_review', 'warning',
            'schooling_not_studying:' || p.id || ':' || d.due_on, 'schooling_not_studying', p.id, d.due_on,
            p.code || ' ' || p.full_name || ': đủ 16 tuổi ngày ' || to_char(d.due_on, 'DD/MM/YYYY')
              || ', không đi học — xem xét thôi trợ giúp (NĐ 20/2021 Điều 30 d)',
            p.code || ' ' || p.full_name || ': turned 16 on ' || to_char(d.due_on, 'YYYY-MM-DD')
              || ', not studying — review for discharge (Decree 20/2021 art. 30 d)',
            1
       FROM p
      CROSS JOIN LATERAL (SELECT (p.born + make_interval(years => $2))::date AS due_on) d
      WHERE NOT p.studying
        AND p.categories && $4::varchar[]
        AND d.due_on <= p.today
        AND (p.born + make_interval(years => $3))::date > p.today
     ON CONFLICT (facility_id, kind, source_key) DO NOTHING
     RETURNING 1`,
    [PRESENT_STATUSES, fromAge, toAge, childCategories],
  );
  return raised.length;
}

/** A discharge_review alert for each student who reached `age`; once, dated on the birthday. Returns how many were raised. */
export async function raiseStudentAgeReviews(manager: EntityManager, age: number): Promise<number> {
  const raised: unknown[] = await manager.query(
    `${PEOPLE}
     ${INSERT}
     SELECT p.facility_id, p.id, 'discharge_review', 'warning',
            'schooling_student_22:' || p.id || ':' || d.due_on, 'schooling_student_22', p.id, d.due_on,
            p.code || ' ' || p.full_name || ': đủ 22 tuổi ngày ' || to_char(d.due_on, 'DD/MM/YYYY')
              || ', hết thời gian trợ giúp khi đang đi học — xem xét thôi trợ giúp (NĐ 20/2021 Điều 30 d)',
            p.code || ' ' || p.full_name || ': turned 22 on ' || to_char(d.due_on, 'YYYY-MM-DD')
              || ' while studying — support ends, review for discharge (Decree 20/2021 art. 30 d)',
            1
       FROM p
      CROSS JOIN LATERAL (SELECT (p.born + make_interval(years => $2))::date AS due_on) d
      WHERE p.studying AND d.due_on <= p.today
     ON CONFLICT (facility_id, kind, source_key) DO NOTHING
     RETURNING 1`,
    [PRESENT_STATUSES, age],
  );
  return raised.length;
}

/** Closes the age-rule alerts whose cause is gone: the resident left, or the child now studies. */
export async function closeResolvedSchoolingAlerts(manager: EntityManager): Promise<number> {
  const closed: [unknown[], number] = await manager.query(
    `UPDATE alert a SET status = 'closed', closed_at = now(), version = a.version + 1
       FROM resident r
      WHERE a.resident_id = r.id AND a.status <> 'closed'
        AND a.source_type IN ('schooling_not_studying', 'schooling_student_22')
        AND (NOT (r.status = ANY($1))
             OR (a.source_type = 'schooling_not_studying'
                 AND (EXISTS (SELECT 1 FROM enrollment e
                               WHERE e.resident_id = r.id AND e.status = 'studying' AND e.voided_at IS NULL)
                      OR EXISTS (SELECT 1 FROM vocational_training v
                                  WHERE v.resident_id = r.id AND v.status = 'ongoing'))))`,
    [PRESENT_STATUSES],
  );
  return closed[1];
}
