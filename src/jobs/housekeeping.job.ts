import { Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import type { EntityManager } from 'typeorm';
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
  const keys: [unknown[], number] = await manager.query(
    `DELETE FROM idempotency_key WHERE created_at < now() - interval '24 hours'`,
  );
  const tokens: [unknown[], number] = await manager.query(
    `DELETE FROM refresh_token WHERE greatest(expires_at, coalesce(revoked_at, expires_at)) < now() - interval '7 days'`,
  );
  const throttles: [unknown[], number] = await manager.query(
    `DELETE FROM login_throttle WHERE last_failure_at < now() - interval '24 hours'`,
  );
  return { raised: 0, closed: keys[1] + tokens[1] + throttles[1] };
}
