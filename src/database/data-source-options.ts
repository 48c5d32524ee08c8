import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { types } from 'pg';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// A DATE is a calendar day, not an instant: keep 'YYYY-MM-DD' instead of a midnight in some zone.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/** The one description of the database used by the app, the migration CLI and the tests. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
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
    extra: { max: poolSize, application_name: 'mai-am' },
    // TypeORM's own error log prints query parameters (names, birth dates): errors are logged by
    // the exception filter instead, without parameters.
    logging: false,
  };
}
