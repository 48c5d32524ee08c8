import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CRON_ZONE, JobOutcome, JobRunner } from '../jobs/job-runner';
import { raiseMissedDoses, raiseRepeatedRefusals } from './medication-alerts.queries';

export const MEDICATION_JOB = 'medication-alerts';

/** Both medication checks in one run. */
export async function runMedicationChecks(
  manager: EntityManager,
  graceMinutes: number,
): Promise<JobOutcome> {
  const missed = await raiseMissedDoses(manager, graceMinutes);
  const refusals = await raiseRepeatedRefusals(manager);
  return { raised: missed.raised + refusals.raised, closed: missed.closed + refusals.closed };
}

@Injectable()
export class MedicationAlertsJob implements OnModuleInit {
  constructor(
    private readonly runner: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private readonly check = (manager: EntityManager) =>
    runMedicationChecks(manager, this.config.medicationGraceMinutes);

  onModuleInit(): void {
    this.runner.runAtStartup(MEDICATION_JOB, this.check);
  }

  /**
   * Every 15 minutes: a missed dose is seen within a quarter of an hour after its grace. No
   * period: every tick runs (under the advisory lock), and the alerts' unique keys make each dose
   * alert once across ticks and replicas.
   */
  @Cron('*/15 * * * *', { name: MEDICATION_JOB, timeZone: CRON_ZONE })
  async run(): Promise<JobOutcome | null> {
    return this.runner.runExclusive(MEDICATION_JOB, this.check);
  }
}
