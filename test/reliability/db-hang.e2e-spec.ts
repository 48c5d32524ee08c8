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

/** The configured limits under test (small, so that the test stays short). */
const CONNECT_TIMEOUT_MS = 1000;
const STATEMENT_TIMEOUT_MS = 1000;
/** The client's own limit on an unanswered statement (data-source-options.ts). */
const QUERY_TIMEOUT_MS = STATEMENT_TIMEOUT_MS + 5000;
/**
 * Waiting for a connection, then one unanswered statement; plus scheduling slack on a busy
 * machine. A hang would only end at the test client's limit (20 s) and fail the test.
 */
const ANSWER_BOUND_MS = CONNECT_TIMEOUT_MS + QUERY_TIMEOUT_MS + 2000;
/** The readiness probe's own limit (probes.controller.ts), plus slack. */
const READY_BOUND_MS = 2000 + 1500;
/** Long enough for a statement and the ROLLBACK after it to time out. */
const FROZEN_MS = 2 * QUERY_TIMEOUT_MS + 2000;
const RECOVERY_BOUND_MS = 10000;

/** "Nothing was saved" or "not known": see the problem filter. */
const outcomeUnknown = (a: Answer): boolean =>
  (a.body as { type?: string } | null)?.type === 'urn:mai-am:problem:outcomeUnknown';

/**
 * A database that hangs instead of stopping: it accepts connections and answers nothing (a frozen
 * VM, a full disk, a network partition). Simulated by SIGSTOP to every process of this file's own
 * PostgreSQL, then SIGCONT.
 */
describe('hung database under load', () => {
  let pg: OwnPostgres;
  let app: NestExpressApplication;
  let ds: DataSource;
  let base: string;

  beforeAll(async () => {
    ({ pg, app, ds, base } = await startFaultApp('hang-pg', {
      connectMs: CONNECT_TIMEOUT_MS,
      statementMs: STATEMENT_TIMEOUT_MS,
    }));
  }, 120000);

  afterAll(async () => {
    pg?.thaw();
    await app?.close().catch(() => undefined);
    await pg?.destroy();
  }, 60000);

  it('answers 503 within its bounds while the database hangs, recovers by itself after, and leaves no partial write', async () => {
    const load = await startLoad(base);
    await sleep(1500);

    const frozenAt = Date.now();
    const processes = pg.freeze();
    const acceptedBeforeHang = load.writes.filter((w) => w.answer.status < 300).length;
    const readyWhileFrozen: Answer[] = [];
    while (Date.now() - frozenAt < FROZEN_MS) {
      readyWhileFrozen.push(await call(base, 'GET', '/health/ready'));
      await sleep(200);
    }
    // Answers that came while it was frozen (requests sent before the freeze included).
    const whileFrozen = load.all().filter((a) => (a.at ?? 0) > frozenAt);

    pg.thaw();
    const thawedAt = Date.now();
    const readyAfterMs = await waitFor(
      async () => (await call(base, 'GET', '/health/ready')).status === 200,
      RECOVERY_BOUND_MS,
    );
    const acceptedAtThaw = load.writes.filter((w) => w.answer.status < 300).length;
    const writesAfterMs = await waitFor(
      () =>
        Promise.resolve(load.writes.filter((w) => w.answer.status < 300).length > acceptedAtThaw),
      RECOVERY_BOUND_MS,
      50,
    );
    await sleep(1000);
    await load.stop();

    const all = load.all();
    const statuses = countStatuses(all);
    const slowest = Math.max(...all.map((a) => a.ms));
    const slowest503 = Math.max(0, ...all.filter((a) => a.status === 503).map((a) => a.ms));
    const ready = readyWhileFrozen.map((a) => a.ms);
    process.stdout.write(
      `db hang: ${processes} processes stopped for ${thawedAt - frozenAt} ms; ${all.length} requests ` +
        `${JSON.stringify(statuses)}, ${whileFrozen.length} answered while frozen; slowest answer ` +
        `${slowest} ms, slowest 503 ${slowest503} ms; /health/ready while frozen ` +
        `${Math.min(...ready)}–${Math.max(...ready)} ms; after SIGCONT: /health/ready 200 after ${readyAfterMs} ms, ` +
        `a write accepted after ${writesAfterMs} ms\n`,
    );

    // Never a hang or a 500: the answers of a working service or of an unavailable database.
    expect(all.filter((a) => a.failure)).toEqual([]);
    expect(Object.keys(statuses).filter((s) => !['200', '201', '503'].includes(s))).toEqual([]);
    expect(slowest).toBeLessThan(ANSWER_BOUND_MS);
    expect(acceptedBeforeHang).toBeGreaterThan(0);
    // The hang was seen by the load and answered 503, cleanly.
    const refused = whileFrozen.filter((a) => a.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    for (const a of all.filter((x) => x.status === 503)) {
      expectCleanProblem(a, 503);
      expect(a.headers.get('retry-after')).toBe('5');
    }
    // Readiness says so within its own bound, every time.
    expect(readyWhileFrozen.length).toBeGreaterThan(1);
    for (const a of readyWhileFrozen) {
      expectCleanProblem(a, 503);
      expect(a.ms).toBeLessThan(READY_BOUND_MS);
    }
    // Recovered by itself within seconds of SIGCONT.
    expect(readyAfterMs).toBeLessThan(RECOVERY_BOUND_MS);
    expect(writesAfterMs).toBeLessThan(RECOVERY_BOUND_MS);

    // No connection went back to the pool inside a transaction of a refused request.
    const leftOpen: unknown[] = await ds.query(
      `SELECT pid FROM pg_stat_activity
        WHERE application_name = 'mai-am' AND state LIKE 'idle in transaction%'`,
    );
    expect(leftOpen).toEqual([]);
    const unknown = await expectNoPartialWrite(ds, load, outcomeUnknown);
    process.stdout.write(
      `db hang: ${unknown.unknown} writes answered "outcome unknown", ${unknown.stored} of them stored\n`,
    );
  }, 90000);
});
