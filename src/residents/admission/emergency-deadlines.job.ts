import { Injectable, OnModuleInit } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import type { EntityManager } from 'typeorm';
import { CRON_ZONE, dayPeriod, JobOutcome, JobRunner } from '../../jobs/job-runner';
import { EmergencyDeadlineQueries } from './emergency-deadlines.queries';

/**
 * Emergency admissions: the dossier alert (raised at the admission, as information; raised here
 * too for an admission that has none) turns into a warning from the admission's warning date and
 * critical once the deadline has passed while the admission decision is missing; the stay alert
 * warns 14 days before the end of the 3-month emergency-protection stay and turns critical once
 * the stay has ended while the person is still present. Set-based and idempotent, "today" in each
 * facility's time zone. `raised` counts the alerts raised and those raised in severity.
 */
export async function raiseEmergencyDeadlineAlerts(manager: EntityManager): Promise<JobOutcome> {
  const dossier = await EmergencyDeadlineQueries.raiseDossierAlerts(manager, null);
  const stay = await EmergencyDeadlineQueries.raiseStayAlerts(manager);
  const escalated = await EmergencyDeadlineQueries.escalate(manager);
  const closed = await EmergencyDeadlineQueries.closeOfLeft(manager);
  return { raised: dossier + stay + escalated, closed };
}

@Injectable()
export class EmergencyDeadlinesJob implements OnModuleInit {
  constructor(private readonly runner: JobRunner) {}

  onModuleInit(): void {
    this.runner.runAtStartup('emergency-deadlines', raiseEmergencyDeadlineAlerts);
  }

  /** 06:00 in Vietnam, and at start-up. */
  @Cron('0 6 * * *', { name: 'emergency-deadlines', timeZone: CRON_ZONE })
  async run(): Promise<JobOutcome | null> {
    return this.runner.runExclusive('emergency-deadlines', raiseEmergencyDeadlineAlerts, {
      period: dayPeriod(CRON_ZONE),
    });
  }
}
