import { hostname } from 'node:os';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { JobRun } from './job-run.entity';

export interface JobOutcome {
  raised: number;
  closed: number;
}

/**
 * Runs a scheduled job on at most one replica at a time. Every replica's cron fires; the one that
 * gets the transaction-scoped advisory lock runs the job, the others skip. The lock is released
 * when the transaction ends — also when the process dies or its connection drops — so no lock
 * stays stuck after a crash. The job's work and its `job_run` row commit together.
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
    options: { force?: boolean } = {},
  ): Promise<JobOutcome | null> {
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
        const outcome = await job(manager);
        await manager.insert(JobRun, {
          job: name,
          startedAt,
          finishedAt: new Date(),
          raised: outcome.raised,
          closed: outcome.closed,
          ok: true,
          error: null,
          runner: this.runner,
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
        })
        .catch(() => undefined);
      return null;
    }
  }
}
