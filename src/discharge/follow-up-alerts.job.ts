import { Injectable, OnModuleInit } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import type { EntityManager } from 'typeorm';
import { CRON_ZONE, dayPeriod, JobOutcome, JobRunner } from '../jobs/job-runner';
import { raiseOverdueFollowUps, raiseOverdueReintegrationSteps } from './discharge.queries';

/**
 * Follow-ups not done by their due date and reintegration steps past theirs raise alerts for the
 * social worker: set-based, idempotent (the due date is part of the key), "today" per facility.
 */
export async function raiseFollowUpAlerts(manager: EntityManager): Promise<JobOutcome> {
  const followUps = await raiseOverdueFollowUps(manager);
  const steps = await raiseOverdueReintegrationSteps(manager);
  return { raised: followUps + steps, closed: 0 };
}

@Injectable()
export class FollowUpAlertsJob implements OnModuleInit {
  constructor(private readonly runner: JobRunner) {}

  onModuleInit(): void {
    this.runner.runAtStartup('follow-up-alerts', raiseFollowUpAlerts);
  }

  @Cron('0 6 * * *', { name: 'follow-up-alerts', timeZone: CRON_ZONE })
  async run(): Promise<void> {
    await this.runner.runExclusive('follow-up-alerts', raiseFollowUpAlerts, {
      period: dayPeriod(CRON_ZONE),
    });
  }
}
