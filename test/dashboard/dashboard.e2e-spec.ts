import { addDays } from '../../src/calendar/dates';
import { today } from '../residents/resident-fixtures';
import { dischargeApi, dischargeBody, type DischargeBody } from '../discharge/discharge-fixtures';
import { expectProblem, startTestApp, TestApp } from '../support/test-app';

// The e2e project's testTimeout is not applied (jest reads it globally only): a loaded machine needs more than 5 s.
jest.setTimeout(60_000);

interface Figures {
  today: string;
  census: number;
  capacity: number;
  openAlerts: number;
  openAlertsByKind: { kind: string; count: number }[];
  overdue: number;
  overdueByKind: { kind: string; count: number }[];
}

/** GET /dashboard (the director's figures) and GET /residents/:id/discharges. */
describe('the dashboard figures and a resident’s discharges', () => {
  let t: TestApp;
  let api: ReturnType<typeof dischargeApi>;
  let admin: string;
  let social: string;
  let nurse: string;
  let carer: string;
  let admin2: string;
  let officer: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const figures = (token: string) => t.http().get('/api/v1/dashboard').set(auth(token));
  const discharges = (token: string, id: string) =>
    t.http().get(`/api/v1/residents/${id}/discharges`).set(auth(token));

  beforeAll(async () => {
    t = await startTestApp();
    api = dischargeApi(t);
    [admin, social, nurse, carer, admin2, officer] = await Promise.all(
      (['admin', 'social', 'nurse', 'carer', 'admin2', 'officer'] as const).map((u) => t.token(u)),
    );
  });
  afterAll(() => t.close());

  async function facilityOf(token: string): Promise<string> {
    const me = await t.http().get('/api/v1/auth/me').set(auth(token));
    return (me.body as { facilityId: string }).facilityId;
  }

  it('counts what the database holds for the caller’s facility only', async () => {
    const res = await figures(admin);
    expect(res.status).toBe(200);
    const body = res.body as Figures;
    const facilityId = await facilityOf(admin);
    const q = (sql: string, params: unknown[]) =>
      t.dataSource.query<{ kind?: string; n: number }[]>(sql, params);
    const [present] = await q(
      `SELECT count(*)::int AS n FROM resident WHERE facility_id = $1 AND status IN ('active', 'on_leave')`,
      [facilityId],
    );
    expect(body.census).toBe(present?.n);
    const alerts = await q(
      `SELECT kind, count(*)::int AS n FROM alert WHERE facility_id = $1 AND status = 'open' GROUP BY kind`,
      [facilityId],
    );
    expect(body.openAlerts).toBe(alerts.reduce((n, r) => n + r.n, 0));
    expect(Object.fromEntries(body.openAlertsByKind.map((a) => [a.kind, a.count]))).toEqual(
      Object.fromEntries(alerts.map((a) => [a.kind, a.n])),
    );
    // Most first.
    const counts = body.openAlertsByKind.map((a) => a.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // The overdue figure is the length of the worklist's overdue list, read page by page.
    let listed = 0;
    let cursor: string | null = null;
    do {
      const page: { status: number; body: unknown } = await t
        .http()
        .get('/api/v1/health-worklist')
        .query({ status: 'overdue', limit: 200, ...(cursor ? { cursor } : {}) })
        .set(auth(admin));
      expect(page.status).toBe(200);
      listed += (page.body as { items: unknown[] }).items.length;
      cursor = (page.body as { nextCursor: string | null }).nextCursor;
    } while (cursor);
    expect(body.overdue).toBe(listed);
    expect(body.overdueByKind.reduce((n, r) => n + r.count, 0)).toBe(listed);

    // Another facility's director sees their own figures.
    const other = (await figures(admin2)).body as Figures;
    const [otherPresent] = await q(
      `SELECT count(*)::int AS n FROM resident WHERE facility_id = $1 AND status IN ('active', 'on_leave')`,
      [await facilityOf(admin2)],
    );
    expect(other.census).toBe(otherPresent?.n);
  });

  it('follows an admission and a discharge', async () => {
    const before = (await figures(admin)).body as Figures;
    const r = await api.resident(admin, {}, 40);
    expect(((await figures(admin)).body as Figures).census).toBe(before.census + 1);
    await api.discharged(admin, r.id, dischargeBody());
    expect(((await figures(admin)).body as Figures).census).toBe(before.census);
  });

  it('is the director’s only', async () => {
    for (const token of [social, nurse, carer, officer]) expectProblem(await figures(token), 403);
  });

  it('lists a resident’s discharges, newest first, for the case roles of the facility', async () => {
    const r = await api.resident(admin, {}, 120);
    const none = await discharges(social, r.id);
    expect(none.status).toBe(200);
    expect(none.body).toEqual([]);
    const on = addDays(today(), -60);
    const first = await api.discharged(
      admin,
      r.id,
      dischargeBody({ requestedOn: addDays(on, -2), decisionDate: on, effectiveOn: on }),
    );
    const readmitted = await api.readmit(social, r.id, {
      type: 'regular',
      admittedOn: addDays(on, 10),
      decisionNo: '77/QĐ-TTBTXH',
      decisionDate: addDays(on, 10),
    });
    expect(readmitted.status).toBe(201);
    const second = await api.discharged(admin, r.id, dischargeBody());
    for (const token of [social, admin]) {
      const res = await discharges(token, r.id);
      expect(res.status).toBe(200);
      expect((res.body as DischargeBody[]).map((d) => d.id)).toEqual([
        second.discharge.id,
        first.discharge.id,
      ]);
    }
    expectProblem(await discharges(nurse, r.id), 403);
    expectProblem(await discharges(carer, r.id), 403);
    expectProblem(await discharges(admin2, r.id), 404);
  });
});
