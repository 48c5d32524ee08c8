import { Injectable, OnModuleInit } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import type { EntityManager } from 'typeorm';
import { CRON_ZONE, dayPeriod, JobOutcome, JobRunner } from '../jobs/job-runner';
import { raiseMissingDecisionAlerts } from './holidays.queries';

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
  const raised = await raiseMissingDecisionAlerts(manager, DECISION_EXPECTED_FROM_MONTH, now);
  return { raised, closed: 0 };
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
