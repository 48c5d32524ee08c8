import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { JobRunner } from '../../src/jobs/job-runner';
import { createTestDatabase, dropTestDatabase, testConfig } from '../support/test-app';

/**
 * A scheduled job's statements have their own bound (JOB_STATEMENT_TIMEOUT_MS), beyond a
 * request's (DATABASE_STATEMENT_TIMEOUT_MS): at 10 M health schedules the overdue job's raise ran
 * past the request's 30 s and the job failed. Here a request's bound is 1 s and a statement takes
 * 1.5 s; a pool of one connection shows that the request's bound is back once the job is done.
 */
describe("a job's statements: their own timeout, the request's afterwards (real PostgreSQL)", () => {
  let url: string;
  let ds: DataSource;
  const SLOW = `SELECT pg_sleep(1.5)`;

  beforeAll(async () => {
    url = await createTestDatabase();
    ds = await new DataSource(
      dataSourceOptions(url, 1, { connectMs: 5000, statementMs: 1000 }),
    ).initialize();
  }, 60_000);
  afterAll(async () => {
    await ds?.destroy();
    await dropTestDatabase(url);
  });

  const runner = (jobMs: string) =>
    new JobRunner(ds, testConfig({ RUN_JOBS: 'true', JOB_STATEMENT_TIMEOUT_MS: jobMs }));

  it("refuses the slow statement as a request's (the bound this test relies on)", async () => {
    await expect(ds.query(SLOW)).rejects.toThrow(/statement timeout/);
  });

  it('runs it in a job with a longer bound, then the request bound holds again on that connection', async () => {
    const outcome = await runner('10000').runExclusive('slow-test-job', async (m) => {
      await m.query(SLOW);
      return { raised: 1, closed: 0 };
    });
    expect(outcome).toEqual({ raised: 1, closed: 0 });
    await expect(ds.query(SLOW)).rejects.toThrow(/statement timeout/);
    const [run] = await ds.query<{ ok: boolean }[]>(
      `SELECT ok FROM job_run WHERE job = 'slow-test-job'`,
    );
    expect(run?.ok).toBe(true);
  });

  it("a job's own bound still ends a statement that runs past it (the run is recorded as failed)", async () => {
    const outcome = await runner('1000').runExclusive('slow-test-job-2', async (m) => {
      await m.query(SLOW);
      return { raised: 1, closed: 0 };
    });
    expect(outcome).toBeNull();
    const [run] = await ds.query<{ ok: boolean; error: string }[]>(
      `SELECT ok, error FROM job_run WHERE job = 'slow-test-job-2'`,
    );
    expect(run).toMatchObject({ ok: false, error: expect.stringMatching(/statement timeout/) });
  });
});
