import { Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import type { EntityManager } from 'typeorm';
import {
  deleteEndedRefreshTokens,
  deleteOldIdempotencyKeys,
  deleteOldLoginThrottles,
} from './housekeeping.queries';
import { JobOutcome, JobRunner } from './job-runner';

/**
 * Forgets stored idempotent answers after a day, refresh tokens a week after they ended, and
 * failed-login series a day after their last failure.
 */
@Injectable()
export class HousekeepingJob {
  constructor(private readonly runner: JobRunner) {}

  @Cron(CronExpression.EVERY_HOUR, { name: 'housekeeping' })
  async run(): Promise<void> {
    await this.runner.runExclusive('housekeeping', (m) => purgeExpired(m));
  }
}

export async function purgeExpired(manager: EntityManager): Promise<JobOutcome> {
  const keys = await deleteOldIdempotencyKeys(manager);
  const tokens = await deleteEndedRefreshTokens(manager);
  const throttles = await deleteOldLoginThrottles(manager);
  return { raised: 0, closed: keys + tokens + throttles };
}
