import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import type { AppConfig } from './config/app-config';
import { withAdvisoryLock } from './database/advisory-lock';
import { JobRunner } from './jobs/job-runner';
import { seedDemo } from './seed/demo-seed';

export interface Started {
  app: NestExpressApplication;
  seeded: boolean;
}

/**
 * Creates the application on a database: runs pending migrations (under an advisory lock, so
 * replicas starting together migrate once), seeds the demo data if configured, wires HTTP.
 */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: { logger?: boolean } = {},
): Promise<Started> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrl),
    {
      bodyParser: false,
      bufferLogs: true,
      abortOnError: false,
      logger: options.logger === false ? false : undefined,
    },
  );
  if (options.logger !== false) app.useLogger(app.get(Logger));
  const dataSource = app.get(DataSource);
  await migrate(dataSource);
  configureApp(app, config);
  // Lifecycle hooks run here: modules register their admission hooks and start-up jobs.
  await app.init();
  const seeded = config.seedDemo ? await seedDemo(app) : false;
  await app.get(JobRunner).runStartupJobs();
  return { app, seeded };
}

/** Runs the pending migrations, once when replicas start together. */
export async function migrate(dataSource: DataSource): Promise<void> {
  await withAdvisoryLock(dataSource, 'mai-am:migrations', () =>
    dataSource.runMigrations({ transaction: 'each' }),
  );
}

export function stopJobs(app: NestExpressApplication): void {
  app.get(JobRunner).stop();
}
