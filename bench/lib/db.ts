import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { startEmbeddedPostgres, withDatabase } from '../../src/database/embedded-postgres';
import { freePort } from '../../test/support/test-server';

export interface BenchServer {
  /** URL of the server's maintenance database (`postgres`). */
  url: string;
  /** "machine PostgreSQL (DATABASE_URL)" or "embedded PostgreSQL". */
  kind: string;
  stop(): Promise<void>;
}

/**
 * The PostgreSQL server the benchmarks run on: DATABASE_URL's server if set (the database named in
 * it is left alone; bench databases are created beside it), else an embedded server whose data
 * lives in .data/bench-postgres (kept between runs, so `--skip-seed` can reuse a loaded data set).
 */
export async function benchServer(): Promise<BenchServer> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) {
    return {
      url: withDatabase(fromEnv, 'postgres'),
      kind: 'DATABASE_URL server',
      stop: () => Promise.resolve(),
    };
  }
  const dataDir = resolve(process.env.BENCH_PG_DATA_DIR ?? join('.data', 'bench-postgres'));
  mkdirSync(dataDir, { recursive: true });
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  return { url: server.url, kind: 'embedded PostgreSQL', stop: () => server.stop() };
}

export async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Drops and creates a database, then runs every migration on it. Returns its URL. */
export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad database name ${name}`);
  await withClient(serverUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
  });
  const url = withDatabase(serverUrl, name);
  const ds = new DataSource(dataSourceOptions(url, 2));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
  return url;
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

export async function databaseSize(url: string): Promise<string> {
  return withClient(url, async (c) => {
    const r = await c.query<{ s: string }>(
      `SELECT pg_size_pretty(pg_database_size(current_database())) AS s`,
    );
    return r.rows[0].s;
  });
}

export { withDatabase };
