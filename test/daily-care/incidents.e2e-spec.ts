import { errorOf } from '../residents/resident-fixtures';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';
import { careApi } from './care-fixtures';

interface IncidentBody {
  id: string;
  kind: string;
  serious: boolean;
  informed: string[];
  version: number;
}

interface AlertBody {
  residentId: string;
  sourceId: string;
  severity: string;
}

const minutesAgo = (n: number): string => new Date(Date.now() - n * 60_000).toISOString();

describe('incidents', () => {
  let t: TestApp;
  let api: ReturnType<typeof careApi>;
  let admin: string;
  let carer: string;
  let nurse: string;
  let social: string;
  let admin2: string;
  let resident: string;
  let gone: string;
  let residentB: string;

  const fall = (over: Record<string, unknown> = {}) => ({
    kind: 'fall',
    severity: 'minor',
    occurredAt: minutesAgo(30),
    place: 'Nhà vệ sinh phòng A101',
    description: 'Trượt chân ngã, trầy đầu gối phải',
    actionTaken: 'Sát trùng, băng vết thương',
    informed: ['Điều dưỡng trực'],
    ...over,
  });

  beforeAll(async () => {
    t = await startTestApp();
    api = careApi(t);
    [admin, carer, nurse, social, admin2] = await Promise.all([
      t.token('admin'),
      t.token('carer'),
      t.token('nurse'),
      t.token('social'),
      t.token('admin2'),
    ]);
    resident = (await api.residentIn(admin, null)).id;
    gone = (await api.residentIn(admin, null)).id;
    await api.discharge(gone);
    residentB = (await api.residentIn(admin2, null)).id;
  });
  afterAll(() => t.close());

  const seriousAlerts = async (token = admin) =>
    (await api.alerts(token, 'serious_incident')).body.items as AlertBody[];

  it('a minor fall is recorded without an alert', async () => {
    const alerts = await count(t.dataSource, 'alert');
    const res = await api.incident(carer, resident, fall());
    expect(res.status).toBe(201);
    expect(res.body).toEqual(
      expect.objectContaining({ kind: 'fall', serious: false, informed: ['Điều dưỡng trực'] }),
    );
    expect(await count(t.dataSource, 'alert')).toBe(alerts);
  });

  it.each([
    ['running away', { kind: 'running_away', severity: 'moderate' }],
    ['suspected abuse', { kind: 'suspected_abuse', severity: 'moderate' }],
    ['a death', { kind: 'death', severity: 'critical' }],
    ['a hospitalisation', { kind: 'illness', severity: 'moderate', hospitalised: true }],
  ])('%s alerts the admin at once', async (_label, over) => {
    const res = await api.incident(carer, resident, fall(over));
    expect(res.status).toBe(201);
    expect((res.body as IncidentBody).serious).toBe(true);
    const alert = (await seriousAlerts()).find((a) => a.sourceId === res.body.id);
    expect(alert).toEqual(expect.objectContaining({ residentId: resident, severity: 'critical' }));
  });

  it('refuses bad input and changes nothing', async () => {
    const rows = await count(t.dataSource, 'incident');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ occurredAt: new Date(Date.now() + 3_600_000).toISOString() }, 'occurredAt', 'futureDate'],
      [{ occurredAt: '2026-11-20T21:15:00' }, 'occurredAt', 'matches'],
      [{ occurredAt: '2020-01-01T08:00:00+07:00' }, 'occurredAt', 'beforeAdmission'],
      [{ kind: 'theft' }, 'kind', 'isIn'],
      [{ severity: 'huge' }, 'severity', 'isIn'],
      [{ place: '' }, 'place', 'isNotEmpty'],
      [{ description: 'x'.repeat(4001) }, 'description', 'maxLength'],
      [{ informed: 'police' }, 'informed', 'isArray'],
      [{ hospitalised: 'yes' }, 'hospitalised', 'isBoolean'],
      [{ actionTaken: undefined }, 'actionTaken', 'isDefined'],
    ];
    for (const [over, field, code] of cases) {
      const res = await api.incident(carer, resident, fall(over));
      expectProblem(res, 400);
      expect([field, errorOf(res, field)?.code]).toEqual([field, code]);
    }
    expectProblem(await api.incident(carer, gone, fall()), 409);
    expectProblem(await api.incident(carer, residentB, fall()), 404);
    expectProblem(await api.incident(social, resident, fall()), 403);
    expect(await count(t.dataSource, 'incident')).toBe(rows);
  });

  it('a caretaker does not read suspected abuse back; the others do, and that read is audited', async () => {
    const kinds = async (token: string) =>
      ((await api.incidents(token, resident)).body as IncidentBody[]).map((i) => i.kind);
    expect(await kinds(carer)).not.toContain('suspected_abuse');
    expect(await kinds(carer)).toContain('fall');
    const reads = async () =>
      (
        await t.dataSource.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'incident' AND action = 'read' AND entity_id = $1`,
          [resident],
        )
      )[0]?.n;
    const before = await reads();
    expect(await kinds(social)).toContain('suspected_abuse');
    expect(await kinds(nurse)).toContain('suspected_abuse');
    expect(await reads()).toBe((before ?? 0) + 2);
    expectProblem(await api.incidents(admin2, resident), 404);
    // The caretaker handles no alert kind: serious incidents go to admin and nurse.
    expect(await seriousAlerts(carer)).toEqual([]);
    expect((await seriousAlerts(nurse)).length).toBeGreaterThan(0);
  });
});
