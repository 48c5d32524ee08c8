import { Injectable, OnModuleInit } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import type { EntityManager } from 'typeorm';
import { CRON_ZONE, dayPeriod, JobOutcome, JobRunner } from '../../jobs/job-runner';
import type { ResidentCategory } from '../../residents/categories';
import { PRESENT_STATUSES } from '../../residents/resident-rules';
import { birthDateSql } from '../../residents/birth-date';

/** Children in the sense of ND 20/2021 Điều 5(1): the categories whose stay ends at 16 (or 22). */
export const CHILD_CATEGORIES: readonly ResidentCategory[] = [
  'k1_child_abandoned',
  'k1_child_orphan',
  'k1_child_other',
  'k1_child_hiv',
];
export const VOCATIONAL_REFERRAL_AGE = 13;
export const NOT_STUDYING_DISCHARGE_AGE = 16;
export const STUDENT_DISCHARGE_AGE = 22;

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

/**
 * The age rules of schooling (DOMAIN.md "Leaving the facility", ND 20/2021 Điều 5, 30):
 *  1. vocational_referral — a child 13–15 who neither studies nor trains; once per resident and
 *     school year (the due date is the later of the 13th birthday and 1 August);
 *  2. discharge_review — a resident of a child category who reached 16 and does not study (Điều 30 d);
 *     once, dated on the 16th birthday;
 *  3. discharge_review — a student who reached 22: support while studying ends (Điều 30 d);
 *     once, dated on the 22nd birthday.
 * Three INSERT … SELECT … ON CONFLICT DO NOTHING for all facilities, then one UPDATE closing the
 * alerts whose cause is gone (the child now studies, the resident left). No loop over residents.
 */
export async function raiseSchoolingAlerts(manager: EntityManager): Promise<JobOutcome> {
  const referral: unknown[] = await manager.query(
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
    [PRESENT_STATUSES, VOCATIONAL_REFERRAL_AGE, NOT_STUDYING_DISCHARGE_AGE],
  );
  const notStudying: unknown[] = await manager.query(
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
    [PRESENT_STATUSES, NOT_STUDYING_DISCHARGE_AGE, STUDENT_DISCHARGE_AGE, CHILD_CATEGORIES],
  );
  const student22: unknown[] = await manager.query(
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
    [PRESENT_STATUSES, STUDENT_DISCHARGE_AGE],
  );
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
  return { raised: referral.length + notStudying.length + student22.length, closed: closed[1] };
}

@Injectable()
export class SchoolingAlertsJob implements OnModuleInit {
  constructor(private readonly runner: JobRunner) {}

  onModuleInit(): void {
    this.runner.runAtStartup('schooling-age-rules', raiseSchoolingAlerts);
  }

  /** Daily at 06:00 Vietnam time, and at start-up. */
  @Cron('0 6 * * *', { name: 'schooling-age-rules', timeZone: CRON_ZONE })
  async run(): Promise<JobOutcome | null> {
    return this.runner.runExclusive('schooling-age-rules', raiseSchoolingAlerts, {
      period: dayPeriod(CRON_ZONE),
    });
  }
}
