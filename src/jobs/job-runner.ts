import { hostname } from 'node:os';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { todayIn } from '../calendar/dates';
import { allowLongStatements } from '../database/long-statements';
import { JobRun } from './job-run.entity';

export interface JobOutcome {
  raised: number;
  closed: number;
}

/** The time zone of the crons (every facility is in Vietnam today). */
export const CRON_ZONE = 'Asia/Ho_Chi_Minh';

/** The period a daily cron tick stands for: the calendar day in the cron's time zone. */
export function dayPeriod(timeZone: string, now: Date = new Date()): string {
  return todayIn(timeZone, now);
}

/** The period a monthly cron tick stands for: YYYY-MM in the cron's time zone. */
export function monthPeriod(timeZone: string, now: Date = new Date()): string {
  return todayIn(timeZone, now).slice(0, 7);
}

/**
 * Runs a scheduled job on at most one replica at a time. Every replica's cron fires; the one that
 * gets the transaction-scoped advisory lock runs the job, the others skip. The lock is released
 * when the transaction ends — also when the process dies or its connection drops — so no lock
 * stays stuck after a crash. The job's work and its `job_run` row commit together.
 *
 * A cron tick names its period (the day, the month): the lock alone only keeps runs apart in
 * time, and a replica whose tick fires after another's run has committed (clocks a second apart)
 * would run the job again. Under the lock, a successful `job_run` of the same job and period
 * makes the tick a no-op, so the job runs once per period across replicas; a failed run does not
 * count, and the next tick (or replica) tries again.
 */
@Injectable()
export class JobRunner {
  private readonly logger = new Logger(JobRunner.name);
  private stopping = false;
  private readonly runner = `${hostname()}:${process.pid}`;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private readonly startup: {
    name: string;
    job: (manager: EntityManager) => Promise<JobOutcome>;
  }[] = [];

  stop(): void {
    this.stopping = true;
  }

  /** A job that also runs once when the service starts (after migrations and the demo seed). */
  runAtStartup(name: string, job: (manager: EntityManager) => Promise<JobOutcome>): void {
    this.startup.push({ name, job });
  }

  async runStartupJobs(): Promise<void> {
    for (const { name, job } of this.startup) await this.runExclusive(name, job);
  }

  /** Runs `job` if no other replica is running it; returns its outcome, or null when skipped. */
  async runExclusive(
    name: string,
    job: (manager: EntityManager) => Promise<JobOutcome>,
    options: { force?: boolean; period?: string } = {},
  ): Promise<JobOutcome | null> {
    const period = options.period ?? null;
    if ((!this.config.runJobs && !options.force) || this.stopping) return null;
    const startedAt = new Date();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const rows: { locked: boolean }[] = await manager.query(
          `SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`,
          [`mai-am:job:${name}`],
        );
        if (!rows[0]?.locked) {
          this.logger.log({ job: name }, 'job running on another replica; skipped');
          return null;
        }
        if (period !== null && (await manager.existsBy(JobRun, { job: name, period, ok: true }))) {
          this.logger.log({ job: name, period }, 'job already ran for this period; skipped');
          return null;
        }
        // a job's statements work on every facility at once: its own bound, not a request's
        const long = await allowLongStatements(manager, this.config.jobStatementTimeoutMs);
        let outcome: JobOutcome;
        try {
          outcome = await job(manager);
        } finally {
          long.restore();
        }
        await manager.insert(JobRun, {
          job: name,
          startedAt,
          finishedAt: new Date(),
          raised: outcome.raised,
          closed: outcome.closed,
          ok: true,
          error: null,
          runner: this.runner,
          period,
        });
        this.logger.log(
          { job: name, ...outcome, ms: Date.now() - startedAt.getTime() },
          'job done',
        );
        return outcome;
      });
    } catch (err) {
      const message = err instanceof Error ? err.message.slice(0, 400) : 'unknown error';
      this.logger.error({ job: name, error: message }, 'job failed');
      await this.dataSource
        .getRepository(JobRun)
        .insert({
          job: name,
          startedAt,
          finishedAt: new Date(),
          ok: false,
          error: message,
          runner: this.runner,
          period,
        })
        .catch(() => undefined);
      return null;
    }
  }
}
