import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { runOverdueCheck } from '../../src/health/overdue.job';
import { generate, GenerateOptions, GenerateResult } from './generate';
import { withClient } from './db';

export interface SeedReport extends GenerateResult {
  alertsRaised: number;
  analyzeSeconds: number;
}

/** Generates, raises today's alerts with the real job SQL, and refreshes the planner statistics. */
export async function seedData(url: string, o: GenerateOptions): Promise<SeedReport> {
  const result = await withClient(url, (c: Client) => generate(c, o));
  const ds = new DataSource(dataSourceOptions(url, 2));
  await ds.initialize();
  let alertsRaised = 0;
  try {
    alertsRaised = (await ds.transaction((m) => runOverdueCheck(m))).raised;
  } finally {
    await ds.destroy();
  }
  const t0 = Date.now();
  await withClient(url, (c) => c.query('VACUUM (ANALYZE)'));
  return { ...result, alertsRaised, analyzeSeconds: (Date.now() - t0) / 1000 };
}
