import { Client, type ClientConfig } from 'pg';

/** The error node-postgres gives when `query_timeout` passes without an answer from the server. */
export const QUERY_READ_TIMEOUT = 'Query read timeout';

function isReadTimeout(err: unknown): boolean {
  return err instanceof Error && err.message === QUERY_READ_TIMEOUT;
}

/**
 * The pool's connection class (pg-pool's `Client` option). It closes its connection when a
 * statement outlives `query_timeout`.
 *
 * node-postgres answers such a statement with an error but keeps the connection, with the
 * statement still pending on a server that hangs (a frozen VM, a full disk, a partition). The
 * ROLLBACK that follows queues behind it and times out as well, so the request waits twice the
 * bound; and the pool then lends the connection out again with the transaction still open on the
 * server: once the server answers again, the next request's COMMIT would store the refused
 * request's changes too. Closed instead, the server rolls that transaction back when it reads the
 * end of the connection, the ROLLBACK fails at once, and the pool drops the connection.
 */
export class DiscardingClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    const discardOnTimeout = (err: unknown): void => {
      if (isReadTimeout(err)) void this.end().catch(() => undefined);
    };
    // pg's overloads of query() cannot be overridden in TypeScript one by one: the instance's
    // method is wrapped. A callback (pg-pool's pool.query) or a promise (TypeORM) is answered.
    const wrapped = (...args: unknown[]): unknown => {
      const last = args.length - 1;
      const callback = args[last];
      if (typeof callback === 'function') {
        args[last] = (err: unknown, res: unknown) => {
          discardOnTimeout(err);
          (callback as (err: unknown, res: unknown) => void)(err, res);
        };
        return query(...args);
      }
      const result = query(...args);
      if (result instanceof Promise) result.catch(discardOnTimeout);
      return result;
    };
    Object.assign(this, { query: wrapped });
  }
}
