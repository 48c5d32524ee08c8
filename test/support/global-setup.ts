import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { migrate } from '../../src/bootstrap';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { databaseUrl, ENV_SERVER_URL, ENV_TEMPLATE, freePort, withClient } from './test-server';

declare global {
  var __maiamStopServer: (() => Promise<void>) | undefined;
}

/**
 * Once per run: a PostgreSQL server (DATABASE_URL's, or a fresh embedded one), and a template
 * database migrated from migrations/. Each test file clones the template into its own database.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = join(__dirname, '..', '..', '.data', `test-postgres-${process.pid}`);
    rmSync(dataDir, { recursive: true, force: true });
    const server = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      persistent: false,
    });
    serverUrl = server.url;
    globalThis.__maiamStopServer = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const template = `maiam_tpl_${process.pid}`;
  await withClient(serverUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${template}`);
    await c.query(`CREATE DATABASE ${template} ENCODING 'UTF8' TEMPLATE template0`);
  });
  const ds = new DataSource(dataSourceOptions(databaseUrl(serverUrl, template), 2));
  await ds.initialize();
  try {
    await migrate(ds);
  } finally {
    await ds.destroy();
  }
  process.env[ENV_SERVER_URL] = serverUrl;
  process.env[ENV_TEMPLATE] = template;
  process.env.MAIAM_TEST_RUN = String(process.pid);
}
