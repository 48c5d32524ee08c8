import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap';
import { DEMO_PASSWORD } from '../../src/seed/demo-data';
import { seedDemoData } from '../../src/seed/demo-seed';
import { regularBody } from '../residents/resident-fixtures';
import { testConfig } from '../support/test-app';
import {
  Answer,
  call,
  expectCleanProblem,
  OwnPostgres,
  sleep,
  startOwnPostgres,
  waitFor,
} from './reliability-support';

/** The configured limits under test: no request may wait for the database longer. */
const CONNECT_TIMEOUT_MS = 1000;
const STATEMENT_TIMEOUT_MS = 5000;
/** Generous: a request answers within the two limits plus scheduling slack on a busy machine. */
const ANSWER_BOUND_MS = CONNECT_TIMEOUT_MS + STATEMENT_TIMEOUT_MS + 9000;
const RECOVERY_BOUND_MS = 30000;

interface Write {
  kind: 'patch' | 'admit';
  /** careInstructions (patch) or fullName (admit): what would be stored if it was accepted. */
  value: string;
  residentId?: string;
  answer: Answer;
}

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
    pg = await startOwnPostgres('fault-pg');
    const config = testConfig({
      DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
      DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
      DATABASE_POOL_SIZE: '6',
    });
    ({ app } = await createApp(config, pg.url, { logger: false }));
    ds = app.get(DataSource);
    await seedDemoData(ds);
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  }, 120000);

  afterAll(async () => {
    await app?.close().catch(() => undefined);
    await pg?.destroy();
  }, 60000);

  it('answers 503 fast while the database is down, reports it, recovers by itself, and leaves no partial write', async () => {
    const login = await call(base, 'POST', '/api/v1/auth/login', {
      body: { username: 'admin', password: DEMO_PASSWORD },
    });
    expect(login.status).toBe(200);
    const token = (login.body as { accessToken: string }).accessToken;

    // Each patching client edits its own resident, so a 412 could only come from a write
    // answered 503 that was applied anyway.
    const own: { id: string; version: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await call(base, 'POST', '/api/v1/residents', { token, body: regularBody() });
      expect(res.status).toBe(201);
      own.push(res.body as { id: string; version: number });
    }

    const writes: Write[] = [];
    const reads: Answer[] = [];
    let running = true;
    let seq = 0;

    const patcher = async (r: { id: string; version: number }, n: number) => {
      let version: number | undefined = r.version;
      while (running) {
        if (version === undefined) {
          const got = await call(base, 'GET', `/api/v1/residents/${r.id}`, { token });
          reads.push(got);
          if (got.status !== 200) {
            await sleep(50);
            continue;
          }
          version = (got.body as { version: number }).version;
        }
        const value = `Tải ${n}-${seq++}`;
        const answer = await call(base, 'PATCH', `/api/v1/residents/${r.id}`, {
          token,
          body: { careInstructions: value },
          headers: { 'If-Match': `"${version}"` },
        });
        writes.push({ kind: 'patch', value, residentId: r.id, answer });
        version = answer.status === 200 ? (answer.body as { version: number }).version : undefined;
        if (answer.status !== 200) await sleep(50);
      }
    };
    const admitter = async () => {
      while (running) {
        const body = regularBody();
        const answer = await call(base, 'POST', '/api/v1/residents', { token, body });
        writes.push({ kind: 'admit', value: body.fullName as string, answer });
        if (answer.status !== 201) await sleep(50);
      }
    };
    const reader = async () => {
      while (running) {
        const answer = await call(base, 'GET', '/api/v1/residents?limit=20', { token });
        reads.push(answer);
        if (answer.status !== 200) await sleep(50);
      }
    };
    const load = Promise.all([...own.map((r, i) => patcher(r, i)), admitter(), reader(), reader()]);

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
    running = false;
    await load;

    const all = [...writes.map((w) => w.answer), ...reads];
    const statuses = all.reduce<Record<number, number>>((acc, a) => {
      acc[a.status] = (acc[a.status] ?? 0) + 1;
      return acc;
    }, {});
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
    const audited: { entity_id: string; after: string | null }[] = await ds.query(
      `SELECT entity_id, changes->'careInstructions'->>'after' AS after
         FROM audit_log WHERE action = 'update' AND entity = 'resident' AND entity_id = ANY($1)`,
      [own.map((r) => r.id)],
    );
    const auditedValues = new Set(audited.map((a) => a.after));
    const patches = writes.filter((w) => w.kind === 'patch');
    for (const w of patches) {
      expect({ value: w.value, audited: auditedValues.has(w.value) }).toEqual({
        value: w.value,
        audited: w.answer.status === 200,
      });
    }
    expect(audited).toHaveLength(patches.filter((w) => w.answer.status === 200).length);

    const admissions = writes.filter((w) => w.kind === 'admit');
    const names = admissions.map((w) => w.value);
    const stored: { id: string; full_name: string; audits: string }[] = await ds.query(
      `SELECT r.id, r.full_name,
              (SELECT count(*) FROM audit_log a
                WHERE a.action = 'create' AND a.entity = 'resident' AND a.entity_id = r.id::text) AS audits
         FROM resident r WHERE r.full_name = ANY($1)`,
      [names],
    );
    const storedByName = new Map(stored.map((s) => [s.full_name, s]));
    for (const w of admissions) {
      const row = storedByName.get(w.value);
      if (w.answer.status === 201) {
        expect(row?.id).toBe((w.answer.body as { id: string }).id);
        expect(Number(row?.audits)).toBe(1);
      } else {
        expect({ name: w.value, stored: row !== undefined }).toEqual({
          name: w.value,
          stored: false,
        });
      }
    }
  }, 120000);
});
