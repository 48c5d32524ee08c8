import type { EntityManager } from 'typeorm';

interface TimedClient {
  connectionParameters: { query_timeout?: number };
}

/**
 * Lets the statements of this transaction (the manager's, from now until `restore()`) run up to
 * `ms`: PostgreSQL's `statement_timeout` for the transaction (`SET LOCAL`), and the client's read
 * timeout for its connection, which would otherwise give up at the request's bound and close it.
 * For scheduled jobs, whose statements work on every facility at once. `restore()` must run before
 * the transaction ends (the connection goes back to the pool with the request's bound).
 */
export async function allowLongStatements(
  manager: EntityManager,
  ms: number,
): Promise<{ restore(): void }> {
  await manager.query(`SELECT set_config('statement_timeout', $1, true)`, [String(ms)]);
  const client = (
    manager.queryRunner as unknown as { databaseConnection?: TimedClient } | undefined
  )?.databaseConnection;
  if (!client?.connectionParameters) return { restore: () => undefined };
  const previous = client.connectionParameters.query_timeout;
  // the client waits 5 s longer than the server, as for requests (data-source-options.ts)
  client.connectionParameters.query_timeout = ms + 5000;
  return {
    restore: () => {
      client.connectionParameters.query_timeout = previous;
    },
  };
}
