/**
 * CI's migration check, on a fresh database:
 *  1. run every migration, revert them all, run them again (every down() works);
 *  2. ask TypeORM for the SQL that would bring the schema to the entities (what
 *     `migration:generate` would write) and fail if there is any: entities and migrations disagree.
 * Uses DATABASE_URL's server if set, else a throw-away embedded PostgreSQL.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { startEmbeddedPostgres, withDatabase } from '../src/database/embedded-postgres';
import { freePort } from '../test/support/test-server';

async function onServer(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function main(): Promise<number> {
  let serverUrl = process.env.DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'maiam-migcheck-'));
  if (!serverUrl) {
    const server = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      persistent: false,
    });
    serverUrl = server.url;
    stop = () => server.stop();
  }
  const name = `maiam_migcheck_${randomBytes(4).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
  const ds = new DataSource(dataSourceOptions(withDatabase(serverUrl, name), 2));
  try {
    await ds.initialize();
    const applied = await ds.runMigrations({ transaction: 'each' });
    for (let i = 0; i < applied.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    await ds.runMigrations({ transaction: 'each' });
    const pending = await ds.driver.createSchemaBuilder().log();
    if (pending.upQueries.length > 0) {
      process.stderr.write(
        `Entities and migrations disagree; a migration is missing. npm run migration:generate would write:\n` +
          pending.upQueries.map((q) => `  ${q.query}`).join('\n') +
          '\n',
      );
      return 1;
    }
    process.stdout.write(
      `migrations OK: ${applied.length} applied, reverted and re-applied; no drift from the entities\n`,
    );
    return 0;
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await stop?.();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(
      `migration check failed: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exit(1);
  },
);
