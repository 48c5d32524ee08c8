import { Injectable, OnModuleInit } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import type { EntityManager } from 'typeorm';
import { addDays } from '../calendar/dates';
import { CRON_ZONE, dayPeriod, JobOutcome, JobRunner } from '../jobs/job-runner';
import { STAFFING_SQL } from './staffing.queries';

export const STAFFING_JOB = 'staffing-short';
/** Days ahead (today included) whose rota is checked. */
export const STAFFING_DAYS_AHEAD = 7;

const SHIFT_VI = `CASE s.shift WHEN 'morning' THEN 'ca sáng' WHEN 'afternoon' THEN 'ca chiều' ELSE 'ca đêm' END`;

/**
 * Raises `shift_short` for every shift of the next days, in every facility that has a rota that
 * day, with fewer caretakers assigned than its residents require (TT 33/2017 Điều 5); closes the
 * open ones of shifts no longer short (the rota changed, a resident left). One statement each;
 * the source key names the facility's day and shift, so a shift alerts once across replicas.
 */
export async function runStaffingCheck(
  manager: EntityManager,
  today: string = dayPeriod(CRON_ZONE),
): Promise<JobOutcome> {
  const to = addDays(today, STAFFING_DAYS_AHEAD - 1);
  const short = `SELECT s.* FROM (${STAFFING_SQL}) AS s WHERE s.has_rota AND s.assigned_carers < s.required_carers`;
  const raised: unknown[] = await manager.query(
    `INSERT INTO alert (facility_id, resident_id, kind, severity, source_key, source_type, source_id, due_on, message, message_en, version)
     SELECT s.facility_id, NULL, 'shift_short', 'warning', 'staffing:' || s.day || ':' || s.shift,
            'staffing', NULL, s.day::date,
            'Ngày ' || to_char(s.day::date, 'DD/MM/YYYY') || ', ' || ${SHIFT_VI} || ': ' || s.assigned_carers
              || ' nhân viên chăm sóc, cần ' || s.required_carers || ' (TT 33/2017)',
            s.day || ' ' || s.shift || ' shift: ' || s.assigned_carers || ' carers, '
              || s.required_carers || ' required (TT 33/2017)',
            1
       FROM (${short}) AS s
     ON CONFLICT (facility_id, kind, source_key) DO NOTHING
     RETURNING 1`,
    [null, today, to],
  );
  const closed: [unknown[], number] = await manager.query(
    `UPDATE alert a SET status = 'closed', closed_at = now(), version = a.version + 1
      WHERE a.kind = 'shift_short' AND a.status <> 'closed' AND a.due_on BETWEEN $2 AND $3
        AND NOT EXISTS (SELECT 1 FROM (${short}) AS s
                         WHERE s.facility_id = a.facility_id AND a.source_key = 'staffing:' || s.day || ':' || s.shift)`,
    [null, today, to],
  );
  return { raised: raised.length, closed: closed[1] };
}

@Injectable()
export class StaffingAlertsJob implements OnModuleInit {
  constructor(private readonly runner: JobRunner) {}

  onModuleInit(): void {
    this.runner.runAtStartup(STAFFING_JOB, (m) => runStaffingCheck(m));
  }

  /** Every hour: a rota changed or a resident admitted shows up within the hour. */
  @Cron('5 * * * *', { name: STAFFING_JOB, timeZone: CRON_ZONE })
  async run(): Promise<JobOutcome | null> {
    return this.runner.runExclusive(STAFFING_JOB, (m) => runStaffingCheck(m));
  }
}
