import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Pool, PoolClient } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { guardPooledConnections, NestedConnectionError, outsideHold } from './held-connection';
import { withSql } from './sql';

/** A pool of `size` fake connections that counts what is lent (no database). */
function fakePool(size = 2): Pool & { lent: number } {
  const pool = {
    lent: 0,
    connect(callback?: (err?: Error, client?: PoolClient, done?: () => void) => void) {
      if (pool.lent >= size) throw new Error('the fake pool is exhausted');
      pool.lent++;
      const client = {
        query: () => Promise.resolve({ rows: [] }),
        on: () => client,
        removeListener: () => client,
        release: () => {
          pool.lent--;
        },
      } as unknown as PoolClient;
      if (!callback) return Promise.resolve(client);
      callback(undefined, client, () => client.release());
      return undefined;
    },
  };
  return pool as unknown as Pool & { lent: number };
}

/**
 * A data source on the fake pool whose transactions take a connection as TypeORM's do (the
 * callback form of `connect`), run their callback, then give it back.
 */
function fakeDataSource(pool: Pool): DataSource {
  const manager = {
    transaction: async (_isolation: unknown, run: (m: EntityManager) => Promise<unknown>) => {
      const client = await new Promise<PoolClient>((ok, fail) =>
        pool.connect((err, c) => (err ? fail(err) : ok(c as PoolClient))),
      );
      try {
        return await run(manager as unknown as EntityManager);
      } finally {
        client.release();
      }
    },
    query: async () => {
      const client = await pool.connect();
      client.release();
      return [];
    },
  };
  return guardPooledConnections({
    driver: { master: pool },
    manager,
    // As TypeORM's DataSource.transaction: through the manager's (guarded) method.
    transaction: (...args: unknown[]) =>
      (manager.transaction as (...a: unknown[]) => Promise<unknown>)(...args),
  } as unknown as DataSource);
}

const NESTED = /^a second pooled connection was requested while this request holds one: /;

describe('a pooled connection held by an async context refuses a second one', () => {
  it('refuses withSql inside withSql, naming both places', async () => {
    const pool = fakePool();
    fakeDataSource(pool);
    const nested = withSql(pool, () => withSql(pool, () => Promise.resolve('inner')));
    await expect(nested).rejects.toThrow(NestedConnectionError);
    await expect(
      withSql(pool, () => withSql(pool, () => Promise.resolve('inner'))),
    ).rejects.toThrow(
      /withSql taken at .*held-connection\.spec\.ts:\d+.*; asked at .*spec\.ts:\d+/,
    );
    expect(pool.lent).toBe(0);
  });

  it('refuses withSql and a query on the data source inside a TypeORM transaction', async () => {
    const pool = fakePool();
    const ds = fakeDataSource(pool);
    await expect(ds.transaction(() => withSql(pool, () => Promise.resolve(1)))).rejects.toThrow(
      /: a TypeORM transaction taken at /,
    );
    await expect(ds.manager.transaction(() => ds.manager.query('SELECT 1'))).rejects.toThrow(
      NESTED,
    );
    expect(pool.lent).toBe(0);
  });

  it('refuses a transaction (callback form of connect) inside withSql', async () => {
    const pool = fakePool();
    const ds = fakeDataSource(pool);
    await expect(withSql(pool, () => ds.transaction(() => Promise.resolve(1)))).rejects.toThrow(
      NESTED,
    );
    await expect(withSql(pool, () => ds.manager.query('SELECT 1'))).rejects.toThrow(NESTED);
    expect(pool.lent).toBe(0);
  });

  it('lends connections one after the other, and side by side, as before', async () => {
    const pool = fakePool();
    const ds = fakeDataSource(pool);
    expect(await withSql(pool, () => Promise.resolve('a'))).toBe('a');
    expect(await withSql(pool, () => Promise.resolve('b'))).toBe('b');
    expect(await ds.transaction(() => Promise.resolve('c'))).toBe('c');
    // Two statements of one request side by side: each takes and gives back its own.
    expect(
      await Promise.all([
        withSql(pool, () => Promise.resolve(1)),
        ds.manager.query('SELECT 1').then(() => 2),
      ]),
    ).toEqual([1, 2]);
    // After the hold: a promise the holder left running may take a connection of its own.
    let later: Promise<unknown> = Promise.resolve();
    await withSql(pool, () => {
      later = new Promise((ok) => setImmediate(ok)).then(() =>
        withSql(pool, () => Promise.resolve()),
      );
      return Promise.resolve();
    });
    await expect(later).resolves.toBeUndefined();
    // A test that opens a second connection on purpose says so.
    await expect(
      withSql(pool, () => outsideHold(() => withSql(pool, () => Promise.resolve('second')))),
    ).resolves.toBe('second');
    expect(pool.lent).toBe(0);
  });
});

describe('the app builds no QueryRunner by hand', () => {
  it('has no createQueryRunner in src/ (the hold of a hand-built runner cannot be seen)', () => {
    const src = join(__dirname, '..');
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? files(join(dir, e.name))
          : e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts')
            ? [join(dir, e.name)]
            : [],
      );
    const found = files(src)
      .filter((f) => /createQueryRunner\s*\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(src, f));
    expect(found).toEqual([]);
  });
});
