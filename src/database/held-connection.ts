import { AsyncLocalStorage } from 'node:async_hooks';
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Pool, PoolClient } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';

/**
 * A pooled connection held by the code running in this async context: lent by `withSql`, or a
 * TypeORM transaction's. Code that holds one must not ask the pool for another: alone it works,
 * but with as many such requests as the pool has connections each holds one and waits for a
 * second that never comes (the round view did: docs/benchmarks.md). The pool refuses the second
 * at once instead (`guardPooledConnections`), whatever the load.
 */
export class ConnectionHold {
  private released = false;
  /** Where it was taken; its stack is formatted only if a nested request is refused. */
  private readonly taken = new Error();

  constructor(readonly by: string) {}

  /** Runs `fn` (and everything it starts) as holding this connection. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    return holds.run(this, fn);
  }

  /** The connection went back to the pool: a floating promise of `fn` may ask again. */
  release(): void {
    this.released = true;
  }

  get held(): boolean {
    return !this.released;
  }

  where(): string {
    return `${this.by} taken at ${callSite(this.taken)}`;
  }
}

const holds = new AsyncLocalStorage<ConnectionHold>();

/** Asking the pool for a connection while this async context holds one (a programming error). */
export class NestedConnectionError extends Error {
  constructor(hold: ConnectionHold) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 40;
    const asked = new Error();
    Error.stackTraceLimit = limit;
    super(
      `a second pooled connection was requested while this request holds one: ${hold.where()}; ` +
        `asked at ${callSite(asked)}. Use the connection held (its Sql or EntityManager), or ` +
        `read before taking it or after giving it back.`,
    );
    this.name = 'NestedConnectionError';
  }
}

/** Throws NestedConnectionError if this async context holds a pooled connection. */
export function refuseIfHolding(): void {
  const hold = holds.getStore();
  if (hold?.held) throw new NestedConnectionError(hold);
}

/** Runs `fn` outside any hold: for tests that open a second connection on purpose. */
export function outsideHold<T>(fn: () => T): T {
  return holds.exit(fn);
}

type ConnectCallback = (
  err: Error | undefined,
  client: PoolClient | undefined,
  done: (release?: unknown) => void,
) => void;

const guarded = new WeakSet<object>();

/**
 * Makes the data source's pool refuse a connection to code that already holds one: `withSql`
 * marks its callback as holding (sql.ts), this marks the callback of every transaction begun on
 * `dataSource.manager` (`dataSource.transaction`, `manager.transaction`, a repository's manager).
 * A statement run on the data source outside a transaction (`dataSource.query`, `repo.find`)
 * takes a connection and gives it back before its promise settles: it holds nothing. The app
 * builds no QueryRunner by hand (a test in held-connection.spec.ts keeps it so): the hold of one
 * could not be seen.
 */
export function guardPooledConnections(dataSource: DataSource): DataSource {
  if (guarded.has(dataSource)) return dataSource;
  guarded.add(dataSource);
  guardPool((dataSource.driver as unknown as { master: Pool }).master);
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (
    isolation: IsolationLevel | undefined,
    run: (m: EntityManager) => Promise<unknown>,
  ) => Promise<unknown>;
  manager.transaction = async (
    isolationOrRun: IsolationLevel | ((m: EntityManager) => Promise<unknown>),
    run?: (m: EntityManager) => Promise<unknown>,
  ) => {
    const isolation = typeof isolationOrRun === 'string' ? isolationOrRun : undefined;
    const inTransaction = typeof isolationOrRun === 'function' ? isolationOrRun : run;
    if (!inTransaction) return transaction(isolation, run as never);
    // The transaction's own connection is asked for outside the hold; its callback runs inside.
    const hold = new ConnectionHold('a TypeORM transaction');
    try {
      return await transaction(isolation, (m) => hold.run(() => inTransaction(m)));
    } finally {
      hold.release();
    }
  };
  return dataSource;
}

/** The pool's `connect`, both forms (a promise; TypeORM's callback), refusing a nested request. */
function guardPool(pool: Pool): void {
  if (guarded.has(pool)) return;
  guarded.add(pool);
  const connect = pool.connect.bind(pool) as (callback?: ConnectCallback) => unknown;
  const guardedConnect = (callback?: ConnectCallback): unknown => {
    const hold = holds.getStore();
    if (hold?.held) {
      const err = new NestedConnectionError(hold);
      if (!callback) return Promise.reject(err);
      callback(err, undefined, () => undefined);
      return undefined;
    }
    return connect(callback);
  };
  pool.connect = guardedConnect as Pool['connect'];
}

/** The app's own folders (src/ or dist/src/): a library's source map may place its frames there. */
const APP = join(__dirname, '..');
const ROOT = join(APP, '..');
let appEntries: Set<string> | undefined;

/** Whether a stack frame is of the app's (or its tests') own code, and not this file or sql.ts. */
function isOwnFrame(frame: string): boolean {
  const path = /\(?((?:\/|[A-Za-z]:\\)[^():]+):\d+:\d+\)?$/.exec(frame)?.[1];
  if (!path || !path.startsWith(ROOT) || /node_modules/.test(path)) return false;
  if (/[/\\]database[/\\](held-connection|sql)\.[jt]s$/.test(path)) return false;
  if (!path.startsWith(APP + sep)) return true;
  appEntries ??= new Set(readdirSync(APP));
  return appEntries.has(path.slice(APP.length + 1).split(/[/\\]/)[0]);
}

/** The first frame of the app's own code in a stack, relative to the project. */
function callSite(err: Error): string {
  const frames = (err.stack ?? '')
    .split('\n')
    .slice(1)
    .map((line) => line.trim().replace(/^at /, ''));
  return (frames.find(isOwnFrame) ?? 'an unknown place').replace(ROOT, '.');
}
