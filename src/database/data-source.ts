// Used by the TypeORM CLI (npm run migration:*). DATABASE_URL is required here.
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

const url = process.env.DATABASE_URL;
if (!url) {
  throw new Error('DATABASE_URL must be set for the migration CLI (see .env.example).');
}

export default new DataSource(dataSourceOptions(url));
