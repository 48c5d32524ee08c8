import 'reflect-metadata';
import { DataSource, type EntityManager } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { runOverdueCheck } from '../../src/health/overdue.job';
import { dropDatabase, freshDatabase, withClient } from '../lib/db';
import { generate } from '../lib/generate';
import { Results } from '../lib/results';

const DB = 'maiam_bench_overdue';
const SCHEDULES_PER_RESIDENT = 10;
const FACILITIES = 10;

export interface OverdueRun {
  schedules: number;
  loadSeconds: number;
  firstMs: number;
  raised: number;
  rerunMs: number;
  rerunRaised: number;
}

/**
 * The overdue job at growing numbers of schedules, each size in a fresh database: 10 facilities,
 * 10 schedules per resident, 7 % of them overdue. The job runs as in production (one transaction,
 * the real `runOverdueCheck` SQL); then again, as the next day's run would, raising nothing new.
 * A history of closed alerts (one per two schedules) sits in the table, as it would after years.
 */
export async function overdueScenario(
  serverUrl: string,
  sizes: number[],
  results: Results,
  onLog: (s: string) => void,
): Promise<OverdueRun[]> {
  const runs: OverdueRun[] = [];
  try {
    await measureSizes(serverUrl, sizes, runs, onLog, results);
  } finally {
    await dropDatabase(serverUrl, DB);
  }
  addRows(runs, results);
  return runs;
}

async function measureSizes(
  serverUrl: string,
  sizes: number[],
  runs: OverdueRun[],
  onLog: (s: string) => void,
  plans?: Results,
): Promise<void> {
  for (const size of sizes) {
    const url = await freshDatabase(serverUrl, DB);
    const t0 = Date.now();
    await withClient(url, (c) =>
      generate(c, {
        facilities: FACILITIES,
        residentsPerFacility: Math.ceil(size / SCHEDULES_PER_RESIDENT / FACILITIES / 1.15),
        years: 1,
        schedulesPerResident: SCHEDULES_PER_RESIDENT,
        schedulesOnly: true,
        onStep: (st) => {
          if (st.seconds >= 5) onLog(`  load: ${st.table} ${st.rows} rows in ${st.seconds.toFixed(0)} s`);
        },
      }),
    );
    // three years of closed alerts behind the open ones: about one for every other schedule
    await withClient(url, (c) =>
      c.query(
        `INSERT INTO alert (facility_id, resident_id, kind, severity, source_key, source_type, source_id, due_on,
                            message, message_en, status, closed_at, version)
         SELECT facility_id, resident_id, 'checkup_overdue', 'warning',
                'health_schedule:' || id || ':' || (next_due_on - 400), 'health_schedule', id, next_due_on - 400,
                'Khám quá hạn', 'Check-up overdue', 'closed', now() - interval '300 days', 2
           FROM health_schedule WHERE random() < 0.5`,
      ),
    );
    await withClient(url, (c) => c.query('VACUUM (ANALYZE)'));
    const schedules = await withClient(url, async (c) =>
      Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM health_schedule`)).rows[0].n),
    );
    const loadSeconds = (Date.now() - t0) / 1000;
    const ds = new DataSource(dataSourceOptions(url, 2));
    await ds.initialize();
    try {
      if (plans) await explainOverdue(ds, schedules, plans);
      const t1 = process.hrtime.bigint();
      const first = await ds.transaction((m) => runOverdueCheck(m));
      const firstMs = Number(process.hrtime.bigint() - t1) / 1e6;
      const t2 = process.hrtime.bigint();
      const again = await ds.transaction((m) => runOverdueCheck(m));
      const rerunMs = Number(process.hrtime.bigint() - t2) / 1e6;
      const run = {
        schedules,
        loadSeconds,
        firstMs,
        raised: first.raised,
        rerunMs,
        rerunRaised: again.raised,
      };
      runs.push(run);
      onLog(
        `overdue job at ${schedules} schedules (loaded in ${loadSeconds.toFixed(0)} s): ${firstMs.toFixed(0)} ms, ${first.raised} raised; re-run ${rerunMs.toFixed(0)} ms, ${again.raised} raised`,
      );
    } finally {
      await ds.destroy();
    }
  }
}

function addRows(runs: OverdueRun[], results: Results): void {
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    const prev = runs[i - 1];
    const growth = prev ? r.firstMs / prev.firstMs / (r.schedules / prev.schedules) : null;
    results.add({
      scenario: `Overdue job, ${r.schedules.toLocaleString('en')} schedules`,
      figure:
        `${(r.firstMs / 1000).toFixed(2)} s, ${r.raised.toLocaleString('en')} raised; next run ${(r.rerunMs / 1000).toFixed(2)} s, ${r.rerunRaised} raised` +
        (growth === null
          ? ''
          : `; time grew ${(r.firstMs / prev.firstMs).toFixed(1)}× for ${(r.schedules / prev.schedules).toFixed(1)}× rows`),
      target: 'growth at most linear',
      met: growth === null ? null : growth <= 1.15,
    });
  }
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the job's two statements on the state the timed run starts from,
 * in a transaction rolled back afterwards (so the timed run that follows finds a warm cache).
 */
async function explainOverdue(ds: DataSource, schedules: number, results: Results): Promise<void> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    const explained: { sql: string; plan: string }[] = [];
    const explaining = {
      query: async (sql: string, params?: unknown[]) => {
        const rows = (await runner.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)) as {
          'QUERY PLAN': string;
        }[];
        explained.push({ sql, plan: rows.map((r) => r['QUERY PLAN']).join('\n') });
        return [[], 0];
      },
    };
    await runOverdueCheck(explaining as unknown as EntityManager);
    const raise = explained.find((e) => /^\s*INSERT/i.test(e.sql));
    const close = explained.find((e) => /^\s*UPDATE/i.test(e.sql));
    const size = schedules.toLocaleString('en');
    if (raise) results.plans.push({ title: `Overdue job at ${size} schedules: raise`, ...raise });
    if (close) results.plans.push({ title: `Overdue job at ${size} schedules: close`, ...close });
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}
