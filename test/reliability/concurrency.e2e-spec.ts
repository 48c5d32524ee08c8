import type { Response } from 'supertest';
import { healthApi, elderlyBody } from '../health/health-fixtures';
import { regularBody, residentsApi, today } from '../residents/resident-fixtures';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';

/** How many clients race for the same record. */
const N = 8;

/**
 * Concurrent edits (issue 10, item 3): many clients holding the same version write at once.
 * Optimistic concurrency must let exactly one through and refuse the others with 412; a client
 * that reloads and retries must get its change in, so that no update is ever lost.
 */
describe('concurrent edits', () => {
  let t: TestApp;
  let admin: string;
  let nurse: string;
  let residents: ReturnType<typeof residentsApi>;
  let health: ReturnType<typeof healthApi>;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.token('admin');
    nurse = await t.token('nurse');
    residents = residentsApi(t);
    health = healthApi(t);
  });
  afterAll(() => t.close());

  const auditsOf = async (entity: string, id: string): Promise<number> => {
    const rows: { n: string }[] = await t.dataSource.query(
      `SELECT count(*) AS n FROM audit_log WHERE action = 'update' AND entity = $1 AND entity_id = $2`,
      [entity, id],
    );
    return Number(rows[0]?.n);
  };

  /** Fires all requests at once (they are built first, then sent together). */
  const race = (send: (i: number) => Promise<Response>): Promise<Response[]> =>
    Promise.all(Array.from({ length: N }, (_, i) => send(i)));

  /**
   * Every client keeps trying: read the current version, write, and on 412 read again. Returns
   * how many 412s were answered on the way. Anything but 200/412 fails the test.
   */
  async function untilApplied(
    read: () => Promise<number>,
    write: (version: number) => Promise<Response>,
  ): Promise<number> {
    let stale = 0;
    for (let attempt = 0; attempt < 50; attempt++) {
      const res = await write(await read());
      if (res.status === 200) return stale;
      expectProblem(res, 412);
      stale++;
    }
    throw new Error('never applied after 50 attempts');
  }

  describe('resident (PATCH /residents/:id)', () => {
    it('one of N writers with the same If-Match wins, the others get 412, the winner is what is stored', async () => {
      const r = await residents.admitted(admin, regularBody());
      const audits = await auditsOf('resident', r.id);
      const values = Array.from({ length: N }, (_, i) => `Chỉ dẫn chăm sóc số ${i}`);
      const answers = await race((i) =>
        residents.patch(admin, r.id, { careInstructions: values[i] }, `"${r.version}"`),
      );
      const winners = answers.filter((res) => res.status === 200);
      expect(winners).toHaveLength(1);
      for (const res of answers.filter((a) => a.status !== 200)) expectProblem(res, 412);
      const stored = await residents.get(admin, r.id);
      expect(stored.body.version).toBe(r.version + 1);
      expect(stored.body.careInstructions).toBe(winners[0]?.body.careInstructions);
      expect(values).toContain(stored.body.careInstructions);
      expect(await auditsOf('resident', r.id)).toBe(audits + 1);
    });

    it('writers that reload and retry on 412 all get their change in: no update is lost', async () => {
      const r = await residents.admitted(admin, regularBody());
      const audits = await auditsOf('resident', r.id);
      const read = async () => (await residents.get(admin, r.id)).body.version as number;
      const stale = await Promise.all(
        Array.from({ length: N }, (_, i) =>
          untilApplied(read, (v) =>
            residents.patch(admin, r.id, { careInstructions: `Lần ${i}` }, `"${v}"`),
          ),
        ),
      );
      // The clients did collide (at least one 412), and still every change was applied once.
      expect(stale.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
      const stored = await residents.get(admin, r.id);
      expect(stored.body.version).toBe(r.version + N);
      const changes = await t.dataSource.query<
        { changes: { careInstructions?: { after: string } } }[]
      >(
        `SELECT changes FROM audit_log WHERE action = 'update' AND entity = 'resident' AND entity_id = $1 ORDER BY id`,
        [r.id],
      );
      expect(changes).toHaveLength(audits + N);
      const applied = changes.slice(audits).map((c) => c.changes.careInstructions?.after);
      expect([...applied].sort()).toEqual(Array.from({ length: N }, (_, i) => `Lần ${i}`).sort());
      // The last audited change is what is stored.
      expect(stored.body.careInstructions).toBe(applied[applied.length - 1]);
    });
  });

  describe('health schedule (PATCH /health-schedules/:id)', () => {
    it('one of N writers with the same If-Match wins, the others get 412', async () => {
      const r = await health.admitted(admin, elderlyBody());
      const s = await health.scheduleOf(r.id, nurse, 'periodic_exam');
      const audits = await auditsOf('health_schedule', s.id);
      const answers = await race((i) =>
        health.patchSchedule(nurse, s.id, { graceDays: i + 1 }, `"${s.version}"`),
      );
      const winners = answers.filter((res) => res.status === 200);
      expect(winners).toHaveLength(1);
      for (const res of answers.filter((a) => a.status !== 200)) expectProblem(res, 412);
      const stored = await health.scheduleOf(r.id, nurse, 'periodic_exam');
      expect(stored.version).toBe(s.version + 1);
      expect(stored.graceDays).toBe(winners[0]?.body.graceDays);
      expect(await auditsOf('health_schedule', s.id)).toBe(audits + 1);
    });

    it('writers that reload and retry all get their change in', async () => {
      const r = await health.admitted(admin, elderlyBody());
      const s = await health.scheduleOf(r.id, nurse, 'annual_exam');
      const audits = await auditsOf('health_schedule', s.id);
      const read = async () => (await health.scheduleOf(r.id, nurse, 'annual_exam')).version;
      await Promise.all(
        Array.from({ length: N }, (_, i) =>
          untilApplied(read, (v) =>
            health.patchSchedule(nurse, s.id, { note: `Ghi chú ${i}` }, `"${v}"`),
          ),
        ),
      );
      expect((await health.scheduleOf(r.id, nurse, 'annual_exam')).version).toBe(s.version + N);
      expect(await auditsOf('health_schedule', s.id)).toBe(audits + N);
    });
  });

  /**
   * Idempotent POSTs retried concurrently with one Idempotency-Key: the row is created once.
   * While the first request runs, a repeat is answered 409 ("still being processed"); once it is
   * done, a repeat replays the stored answer. To cover another idempotent POST (e.g. the daily
   * record batch), add a case: how to send it and which tables it writes.
   */
  interface IdempotentCase {
    name: string;
    /** Prepares what the request needs; returns the request's path and body. */
    setup: () => Promise<{ token: string; path: string; body: Record<string, unknown> }>;
    /** Tables that must grow by exactly `grows[table]` rows. */
    grows: Record<string, number>;
    /** The created row's id in the answer. */
    idOf: (body: Record<string, unknown>) => unknown;
  }

  const cases: IdempotentCase[] = [
    {
      name: 'resident admission (POST /residents)',
      setup: () =>
        Promise.resolve({ token: admin, path: '/api/v1/residents', body: regularBody() }),
      grows: { resident: 1 },
      idOf: (b) => b.id,
    },
    {
      name: 'health check (POST /residents/:id/health-checks)',
      setup: async () => {
        const r = await health.admitted(admin, elderlyBody());
        return {
          token: nurse,
          path: `/api/v1/residents/${r.id}/health-checks`,
          body: {
            kind: 'periodic_exam',
            examinedOn: today(),
            weightKg: 50,
            findings: 'Ổn định',
            examiner: 'BS. Lê Thị Hoa',
          },
        };
      },
      grows: { health_check: 1 },
      idOf: (b) => (b.check as { id?: unknown } | undefined)?.id,
    },
  ];

  describe.each(cases)('Idempotency-Key: $name', (c) => {
    it(`${N} concurrent retries with one key create the row once`, async () => {
      const { token, path, body } = await c.setup();
      const key = `retry-${Math.random().toString(36).slice(2)}-${Date.now()}`;
      const before = Object.fromEntries(
        await Promise.all(
          Object.keys(c.grows).map(async (table) => [table, await count(t.dataSource, table)]),
        ),
      ) as Record<string, number>;
      const send = () =>
        t
          .http()
          .post(path)
          .set('Authorization', `Bearer ${token}`)
          .set('Idempotency-Key', key)
          .send(body);
      const answers = await race(() => send());
      const created = answers.filter((res) => res.status === 201);
      expect(created.length).toBeGreaterThanOrEqual(1);
      for (const res of answers.filter((a) => a.status !== 201)) expectProblem(res, 409);
      const ids = new Set(created.map((res) => c.idOf(res.body as Record<string, unknown>)));
      expect(ids.size).toBe(1);
      // A retry after the dust settles replays the stored answer.
      const replay = await send();
      expect(replay.status).toBe(201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(c.idOf(replay.body as Record<string, unknown>)).toEqual([...ids][0]);
      for (const [table, n] of Object.entries(c.grows)) {
        expect(await count(t.dataSource, table)).toBe((before[table] ?? 0) + n);
      }
    });
  });
});
