import { Injectable, OnModuleInit } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import type { EntityManager } from 'typeorm';
import { CRON_ZONE, dayPeriod, JobOutcome, JobRunner } from '../jobs/job-runner';
import { HOLIDAY_YEAR_SOURCE } from './calendar.service';

/** From this month of a year (October) the next year's holiday decision is expected. */
export const DECISION_EXPECTED_FROM_MONTH = 10;

/**
 * In the autumn, tells each facility's director when next year's holiday decision is not recorded
 * (neither the facility's own record nor national rows for that year): without it, the deadlines
 * of next year count only the computed days off. Once per facility and year.
 */
export async function raiseHolidayDecisionAlerts(
  manager: EntityManager,
  now: Date = new Date(),
): Promise<JobOutcome> {
  const raised: unknown[] = await manager.query(
    `INSERT INTO alert (facility_id, resident_id, kind, severity, source_key, source_type, source_id, due_on, message, message_en, version)
     SELECT f.id, NULL, 'holiday_decision_missing', 'warning',
            $1 || ':-:' || (t.y + 1) || '-01-01', $1, NULL, make_date(t.y + 1, 1, 1),
            'Chưa nhập lịch nghỉ lễ, Tết năm ' || (t.y + 1) || ' theo quyết định của Thủ tướng (ngày nghỉ hoán đổi, ngày liền kề Quốc khánh)',
            'The ' || (t.y + 1) || ' holiday decision is not entered (swapped days, the National Day companion day)',
            1
       FROM facility f
       CROSS JOIN LATERAL (
         SELECT extract(year FROM ($3::timestamptz AT TIME ZONE f.timezone))::int AS y,
                extract(month FROM ($3::timestamptz AT TIME ZONE f.timezone))::int AS m) t
      WHERE t.m >= $2
        AND NOT EXISTS (SELECT 1 FROM holiday_decision d WHERE d.facility_id = f.id AND d.year = t.y + 1)
        AND NOT EXISTS (SELECT 1 FROM holiday_override o WHERE extract(year FROM o.date) = t.y + 1)
     ON CONFLICT (facility_id, kind, source_key) DO NOTHING
     RETURNING 1`,
    [HOLIDAY_YEAR_SOURCE, DECISION_EXPECTED_FROM_MONTH, now],
  );
  return { raised: raised.length, closed: 0 };
}

@Injectable()
export class HolidayDecisionJob implements OnModuleInit {
  constructor(private readonly runner: JobRunner) {}

  onModuleInit(): void {
    this.runner.runAtStartup('holiday-decision', (m) => raiseHolidayDecisionAlerts(m));
  }

  /** 06:00 in Vietnam, and at start-up. */
  @Cron('0 6 * * *', { name: 'holiday-decision', timeZone: CRON_ZONE })
  async run(): Promise<void> {
    await this.runner.runExclusive('holiday-decision', (m) => raiseHolidayDecisionAlerts(m), {
      period: dayPeriod(CRON_ZONE),
    });
  }
}
