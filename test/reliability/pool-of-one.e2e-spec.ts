import { auth, observation } from '../daily-care/care-fixtures';
import { today } from '../residents/resident-fixtures';
import { accessOf, call, SecurityApp, startSecurityApp } from '../security/security-app';

/**
 * No request holds a pooled connection while it waits for a second one. A request that does
 * works alone, but under load every request holds one and waits for another, none gets any and
 * all answer 503 after the connect timeout (the round view did, with 100 clients: docs/benchmarks.md).
 * With a pool of ONE connection, such a request waits for itself: it answers 503 here at once, on
 * a single request, whatever the load. Every read of the document, as each role that may call it,
 * and the writes of a morning (the caretaker's round, her medication round, a report).
 */
describe('a pool of one connection: no request waits for a second connection (real PostgreSQL)', () => {
  let sa: SecurityApp;

  beforeAll(async () => {
    sa = await startSecurityApp({
      DATABASE_POOL_SIZE: '1',
      // A nested wait fails after this long instead of the default 5 s.
      DATABASE_CONNECT_TIMEOUT_MS: '2000',
    });
  }, 180_000);
  afterAll(() => sa.t.close());

  it('answers every read of the document, as every role that may call it, without a 5xx', async () => {
    const failures: string[] = [];
    let requests = 0;
    for (const op of sa.ops.filter((o) => o.method === 'get')) {
      const access = accessOf(op);
      const roles = access === undefined || access.roles === 'public' ? [] : access.roles;
      for (const role of roles) {
        const res = await call(sa, op, { token: sa.own[role], id: sa.idOf(op) });
        requests++;
        if (res.status >= 500) failures.push(`${op.key} as ${role}: ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(100);
  }, 240_000);

  it("saves a caretaker's round of the rooms of her rota", async () => {
    const carer = sa.own.caretaker;
    const date = today();
    type Round = { items: { residentId: string; missing: string[] }[] };
    let round: { shift: string; residentIds: string[] } | undefined;
    for (const shift of ['morning', 'afternoon', 'night']) {
      const view = await sa.t
        .http()
        .get('/api/v1/daily-records')
        .query({ date, shift })
        .set(auth(carer));
      expect(view.status).toBe(200);
      const open = (view.body as Round).items.filter((i) => i.missing.includes(shift));
      if (open.length > 1) {
        round = { shift, residentIds: open.map((i) => i.residentId) };
        break;
      }
    }
    if (!round) throw new Error('the demo carer has no round left to write today');
    const [single, ...rest] = round.residentIds;
    const saved = await sa.t
      .http()
      .post('/api/v1/daily-records/batch')
      .set(auth(carer))
      .set('Idempotency-Key', 'pool-of-one-round-0001')
      .send({
        recordDate: date,
        shift: round.shift,
        rows: rest.slice(0, 5).map((residentId) => observation({ residentId })),
      });
    expect({ status: saved.status, body: saved.body as unknown }).toMatchObject({
      status: 201,
      body: { saved: Math.min(rest.length, 5) },
    });
    const one = await sa.t
      .http()
      .post(`/api/v1/residents/${single}/daily-records`)
      .set(auth(carer))
      .send(observation({ recordDate: date, shift: round.shift }));
    expect({ status: one.status, body: one.body as unknown }).toMatchObject({ status: 201 });
  });

  it("records a dose of the caretaker's medication round", async () => {
    const carer = sa.own.caretaker;
    const date = today();
    type Round = {
      residents: { doses: { prescriptionId: string; time: string; record: unknown }[] }[];
    };
    let dose: { prescriptionId: string; time: string } | undefined;
    for (const slot of ['07:00', '12:00', '19:00', '21:00']) {
      const round = await sa.t
        .http()
        .get('/api/v1/medication-round')
        .query({ date, slot })
        .set(auth(carer));
      expect(round.status).toBe(200);
      dose = (round.body as Round).residents.flatMap((r) => r.doses).find((d) => d.record === null);
      if (dose) break;
    }
    expect(dose).toBeDefined();
    const saved = await sa.t
      .http()
      .post('/api/v1/medication-round/batch')
      .set(auth(carer))
      .set('Idempotency-Key', 'pool-of-one-med-0001')
      .send({
        date,
        rows: [{ prescriptionId: dose?.prescriptionId, time: dose?.time, outcome: 'given' }],
      });
    expect({ status: saved.status, body: saved.body as unknown }).toMatchObject({ status: 201 });
  });

  it('makes a monthly report with its PDF', async () => {
    const month = today().slice(0, 7);
    const report = await sa.t
      .http()
      .post('/api/v1/reports/monthly')
      .set(auth(sa.own.admin))
      .send({ month });
    expect(report.status).toBe(201);
  });
});
