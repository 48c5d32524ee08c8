import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import type { AppConfig } from './config/app-config';
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

export async function migrate(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext('mai-am:migrations'))`);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner
      .query(`SELECT pg_advisory_unlock(hashtext('mai-am:migrations'))`)
      .catch(() => undefined);
    await runner.release();
  }
}

export function stopJobs(app: NestExpressApplication): void {
  app.get(JobRunner).stop();
}
