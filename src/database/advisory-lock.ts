import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';

/**
 * Runs `fn` under a session advisory lock, so replicas starting together do it once (migrations,
 * the demo seed). The lock is held on a connection of its own, outside the pool: `fn` takes the
 * pool's connections, and with a pool of one (DATABASE_POOL_SIZE=1) a lock held on the pool would
 * wait for itself. Closing that session releases the lock, whatever state `fn` left.
 */
export async function withAdvisoryLock<T>(
  dataSource: DataSource,
  key: string,
  fn: () => Promise<T>,
): Promise<T> {
  const { url, connectTimeoutMS } = dataSource.options as PostgresDataSourceOptions;
  const lock = new Client({
    connectionString: url,
    connectionTimeoutMillis: connectTimeoutMS,
    application_name: 'mai-am lock',
  });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    return await fn();
  } finally {
    await lock.end().catch(() => undefined);
  }
}
