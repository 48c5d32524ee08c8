import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import {
  Answer,
  call,
  expectCleanProblem,
  OwnPostgres,
  sleep,
  waitFor,
} from './reliability-support';
import { countStatuses, expectNoPartialWrite, startFaultApp, startLoad } from './db-load';

/** The configured limits under test: no request may wait for the database longer. */
const CONNECT_TIMEOUT_MS = 1000;
const STATEMENT_TIMEOUT_MS = 5000;
/** Generous: a request answers within the two limits plus scheduling slack on a busy machine. */
const ANSWER_BOUND_MS = CONNECT_TIMEOUT_MS + STATEMENT_TIMEOUT_MS + 9000;
const RECOVERY_BOUND_MS = 30000;

/**
 * Database faults (issue 10, item 4): under load, the service's PostgreSQL is stopped and
 * started again. The server is this file's own (see reliability-support.ts).
 */
describe('database outage under load', () => {
  let pg: OwnPostgres;
  let app: NestExpressApplication;
  let ds: DataSource;
  let base: string;

  beforeAll(async () => {
    ({ pg, app, ds, base } = await startFaultApp('fault-pg', {
      connectMs: CONNECT_TIMEOUT_MS,
      statementMs: STATEMENT_TIMEOUT_MS,
    }));
  }, 120000);

  afterAll(async () => {
    await app?.close().catch(() => undefined);
    await pg?.destroy();
  }, 60000);

  it('answers 503 fast while the database is down, reports it, recovers by itself, and leaves no partial write', async () => {
    const load = await startLoad(base);
    const { token, writes, reads } = load;

    await sleep(1500);
    const stopping = Date.now();
    await pg.stop();
    const downAt = Date.now();
    const acceptedBeforeOutage = writes.filter((w) => w.answer.status < 300).length;

    // During the outage: readiness says so, and requests are refused quickly with 503.
    const readyDuringOutage: Answer[] = [];
    while (Date.now() - downAt < 3000) {
      readyDuringOutage.push(await call(base, 'GET', '/health/ready'));
      await sleep(200);
    }
    const outageAnswers = [...writes.map((w) => w.answer), ...reads].filter(
      (a) => a.status === 503,
    );

    const restarting = Date.now();
    await pg.start();
    const upAt = Date.now();
    const readyAfterMs = await waitFor(
      async () => (await call(base, 'GET', '/health/ready')).status === 200,
      RECOVERY_BOUND_MS,
    );
    const servingAfterMs = await waitFor(
      async () => (await call(base, 'GET', '/api/v1/residents?limit=1', { token })).status === 200,
      RECOVERY_BOUND_MS,
    );
    const acceptedAtRestart = writes.filter((w) => w.answer.status < 300).length;
    await sleep(1500);
    await load.stop();

    const all = load.all();
    const statuses = countStatuses(all);
    const slowest = Math.max(...all.map((a) => a.ms));
    const slowest503 = Math.max(0, ...all.filter((a) => a.status === 503).map((a) => a.ms));
    process.stdout.write(
      `db outage: stop took ${downAt - stopping} ms; ${all.length} requests ${JSON.stringify(statuses)}; ` +
        `slowest answer ${slowest} ms, slowest 503 ${slowest503} ms; after the database was back ` +
        `(its start took ${upAt - restarting} ms): ` +
        `/health/ready 200 after ${readyAfterMs} ms, authenticated reads after ${readyAfterMs + servingAfterMs} ms\n`,
    );

    // Only the answers of a working service or of an unavailable database; never a hang or 500.
    expect(all.filter((a) => a.failure)).toEqual([]);
    expect(Object.keys(statuses).filter((s) => !['200', '201', '503'].includes(s))).toEqual([]);
    expect(slowest).toBeLessThan(ANSWER_BOUND_MS);
    // The outage was seen by the load (and answered as such), by readiness too.
    expect(outageAnswers.length).toBeGreaterThan(0);
    for (const a of outageAnswers) {
      expectCleanProblem(a, 503);
      expect(a.headers.get('retry-after')).toBe('5');
    }
    expect(readyDuringOutage.length).toBeGreaterThan(0);
    for (const a of readyDuringOutage) expectCleanProblem(a, 503);
    // Recovered by itself, and writes were accepted again after the restart.
    expect(readyAfterMs + servingAfterMs).toBeLessThan(RECOVERY_BOUND_MS);
    expect(acceptedBeforeOutage).toBeGreaterThan(0);
    expect(writes.filter((w) => w.answer.status < 300).length).toBeGreaterThan(acceptedAtRestart);

    // No partial write: every accepted write is stored with its audit entry; every refused one
    // left nothing.
    await expectNoPartialWrite(ds, load);
  }, 120000);
});
