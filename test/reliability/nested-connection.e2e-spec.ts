import type { DataSource } from 'typeorm';
import { Facility } from '../../src/facilities/facility.entity';
import { NestedConnectionError } from '../../src/database/held-connection';
import { poolOf, sqlTransaction, statement, withSql } from '../../src/database/sql';
import { startTestApp, TestApp } from '../support/test-app';

const ONE = statement('test:one', 'SELECT 1 AS one');
const NESTED = /^a second pooled connection was requested while this request holds one: /;

/**
 * Code that holds a pooled connection and asks for a second is refused at once, on the app's
 * own data source (src/database/held-connection.ts), instead of deadlocking when the pool is busy
 * (test/reliability/pool-of-one.e2e-spec.ts finds that only on the routes it calls).
 */
describe('a second pooled connection asked for while one is held (real PostgreSQL)', () => {
  let t: TestApp;
  let ds: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    ds = t.dataSource;
  });
  afterAll(() => t.close());

  /** Every connection is back in the pool once the refused code has unwound. */
  const allReturned = () => {
    const pool = poolOf(ds);
    return { lent: pool.totalCount - pool.idleCount, waiting: pool.waitingCount };
  };

  it('refuses withSql inside withSql, naming where each was asked', async () => {
    const pool = poolOf(ds);
    const nested = withSql(pool, async (sql) => {
      await sql.rows(ONE);
      return withSql(pool, (inner) => inner.rows(ONE));
    });
    await expect(nested).rejects.toThrow(NestedConnectionError);
    await expect(withSql(pool, () => withSql(pool, (inner) => inner.rows(ONE)))).rejects.toThrow(
      /: withSql taken at .*nested-connection\.e2e-spec\.ts:\d+.*; asked at .*nested-connection\.e2e-spec\.ts:\d+/,
    );
    expect(allReturned()).toEqual({ lent: 0, waiting: 0 });
  });

  it('refuses withSql, a query and a repository read inside a TypeORM transaction', async () => {
    const pool = poolOf(ds);
    await expect(
      ds.transaction(async (manager) => {
        await manager.query('SELECT 1');
        return withSql(pool, (sql) => sql.rows(ONE));
      }),
    ).rejects.toThrow(/: a TypeORM transaction taken at /);
    await expect(ds.transaction(() => ds.query('SELECT 1'))).rejects.toThrow(NESTED);
    await expect(ds.manager.transaction(() => ds.getRepository(Facility).count())).rejects.toThrow(
      NESTED,
    );
    expect(allReturned()).toEqual({ lent: 0, waiting: 0 });
  });

  it('refuses a TypeORM transaction or query inside withSql and sqlTransaction', async () => {
    const pool = poolOf(ds);
    await expect(withSql(pool, () => ds.transaction(() => Promise.resolve(1)))).rejects.toThrow(
      NESTED,
    );
    await expect(withSql(pool, () => ds.query('SELECT 1'))).rejects.toThrow(NESTED);
    await expect(sqlTransaction(pool, () => ds.query('SELECT 1'))).rejects.toThrow(NESTED);
    expect(allReturned()).toEqual({ lent: 0, waiting: 0 });
  });

  it('still lends connections one after the other, and side by side', async () => {
    const pool = poolOf(ds);
    expect(await withSql(pool, (sql) => sql.rows(ONE))).toEqual([{ one: 1 }]);
    expect(await withSql(pool, (sql) => sql.rows(ONE))).toEqual([{ one: 1 }]);
    expect(
      await ds.transaction(async (manager) => {
        // The transaction's own manager runs on its connection: not a second one.
        await manager.query('SELECT 1');
        return manager.transaction((inner) => inner.query<{ two: number }[]>('SELECT 2 AS two'));
      }),
    ).toEqual([{ two: 2 }]);
    const [a, b, c] = await Promise.all([
      withSql(pool, (sql) => sql.rows(ONE)),
      ds.query('SELECT 1 AS one'),
      ds.transaction((m) => m.query('SELECT 1 AS one')),
    ]);
    expect([a, b, c]).toEqual([[{ one: 1 }], [{ one: 1 }], [{ one: 1 }]]);
    expect(allReturned()).toEqual({ lent: 0, waiting: 0 });
  });
});
