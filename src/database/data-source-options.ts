import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { types } from 'pg';
import type { DatabaseTimeouts } from '../config/app-config';
import { DiscardingClient } from './discarding-client';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// A DATE is a calendar day, not an instant: keep 'YYYY-MM-DD' instead of a midnight in some zone.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/** The defaults of DATABASE_CONNECT_TIMEOUT_MS and DATABASE_STATEMENT_TIMEOUT_MS. */
export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { connectMs: 5000, statementMs: 30000 };

/** The one description of the database used by the app, the migration CLI and the tests. */
export function dataSourceOptions(
  url: string,
  poolSize = 10,
  timeouts: DatabaseTimeouts = DEFAULT_DATABASE_TIMEOUTS,
): DataSourceOptions {
  return {
    type: 'postgres',
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    url,
    entities: [join(__dirname, '..', '**', '*.entity.{ts,js}')],
    migrations: [join(__dirname, '..', '..', 'migrations', '*.{ts,js}')],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    // No request waits for the database without bound: a connection (new, or a free one of a busy
    // pool) within connectMs, a statement within statementMs (the server cancels it), and the
    // client gives up 5 s later if the server does not answer at all (a dead network, a hung
    // server): it then closes that connection (DiscardingClient) instead of lending it out again.
    connectTimeoutMS: timeouts.connectMs,
    extra: {
      Client: DiscardingClient,
      max: poolSize,
      application_name: 'mai-am',
      statement_timeout: timeouts.statementMs,
      query_timeout: timeouts.statementMs + 5000,
      keepAlive: true,
    },
    // TypeORM's own error log prints query parameters (names, birth dates): errors are logged by
    // the exception filter instead, without parameters.
    logging: false,
  };
}
