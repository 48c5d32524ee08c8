import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * A named statement: PostgreSQL parses and plans it once per connection, then runs the prepared
 * plan (`pg` sends Parse only the first time a connection meets the name). For hot paths whose
 * SQL TypeORM would build and whose rows it would hydrate on every request; the feature keeps its
 * statements in one `*.queries.ts` file, so the SQL can be read.
 */
export interface Statement {
  name: string;
  text: string;
}

export function statement(name: string, text: string): Statement {
  return { name, text };
}

/** The connection pool behind TypeORM's data source (the same connections, limits and timeouts). */
export function poolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as PostgresDriver).master as Pool;
}

/**
 * A connection lent for a few statements. Errors are TypeORM's QueryFailedError, so the problem
 * filter answers them as it answers TypeORM's (unique violation 409, database down 503, a
 * COMMIT without answer `outcomeUnknown`).
 */
export class Sql {
  /** Set when the connection's state is unknown (a failed ROLLBACK): it is closed, not reused. */
  discard = false;

  constructor(private readonly client: PoolClient) {}

  async rows<T extends QueryResultRow>(s: Statement, values: unknown[] = []): Promise<T[]> {
    try {
      const r = await this.client.query<T>({ name: s.name, text: s.text, values });
      return r.rows;
    } catch (err) {
      throw asQueryFailed(s.text, values, err);
    }
  }

  /** BEGIN, COMMIT and ROLLBACK (no parameters, no plan). */
  async control(command: 'BEGIN' | 'COMMIT' | 'ROLLBACK'): Promise<void> {
    try {
      await this.client.query(command);
    } catch (err) {
      throw asQueryFailed(command, [], err);
    }
  }
}

function asQueryFailed(text: string, values: unknown[], err: unknown): unknown {
  if (!(err instanceof Error) || err instanceof QueryFailedError) return err;
  return new QueryFailedError(text, values, err);
}

/** Runs `fn` on one pooled connection without a transaction (one statement is atomic alone). */
export async function withSql<T>(pool: Pool, fn: (sql: Sql) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  const sql = new Sql(client);
  let broken: Error | undefined;
  // The pool listens for errors only on idle connections: while lent, a connection the server
  // ends (restart, administrator command) emits 'error' here, which would otherwise go unhandled
  // and end the process. It is then closed on release, never lent again (as TypeORM does).
  const onError = (err: Error): void => {
    broken = err;
  };
  client.on('error', onError);
  try {
    return await fn(sql);
  } catch (err) {
    if (isConnectionLost(err)) broken = err as Error;
    throw err;
  } finally {
    client.removeListener('error', onError);
    client.release(broken ?? (sql.discard ? new Error('connection discarded') : undefined));
  }
}

/** Runs `fn` in a transaction on one pooled connection: COMMIT if it returns, ROLLBACK if it throws. */
export async function sqlTransaction<T>(pool: Pool, fn: (sql: Sql) => Promise<T>): Promise<T> {
  return withSql(pool, async (sql) => {
    await sql.control('BEGIN');
    let result: T;
    try {
      result = await fn(sql);
    } catch (err) {
      await sql.control('ROLLBACK').catch(() => {
        sql.discard = true;
      });
      throw err;
    }
    await sql.control('COMMIT');
    return result;
  });
}

/** A connection that failed this way is not lent out again. */
function isConnectionLost(err: unknown): boolean {
  const e = (err as { driverError?: unknown })?.driverError ?? err;
  const message = (e as { message?: unknown })?.message;
  return (
    typeof message === 'string' &&
    /terminated|not queryable|Connection ended|read timeout/i.test(message)
  );
}

/** A unique index refused the row (PostgreSQL 23505), from pg or through TypeORM. */
export function isUniqueViolation(err: unknown): boolean {
  const e = (err as { driverError?: unknown })?.driverError ?? err;
  return (e as { code?: unknown })?.code === '23505';
}
