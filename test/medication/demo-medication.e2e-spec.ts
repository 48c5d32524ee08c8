import { runMedicationChecks } from '../../src/medication/medication-alerts.job';
import { runStaffingCheck } from '../../src/staffing/staffing-alerts.job';
import { today } from '../residents/resident-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { auth } from './medication-fixtures';

describe('the demo centre’s week of medication and staffing', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'true' });
  }, 240_000);
  afterAll(() => t.close());

  it('has prescriptions, a week of doses with a few refusals, and purchases', async () => {
    const [p] = await t.dataSource.query<{ n: number; sensitive: number; prn: number }[]>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE sensitive)::int AS sensitive,
              count(*) FILTER (WHERE as_needed)::int AS prn FROM prescription WHERE facility_id = $1`,
      [t.facilityA.id],
    );
    expect(p?.n).toBeGreaterThan(20);
    expect(p?.sensitive).toBeGreaterThan(0);
    expect(p?.prn).toBeGreaterThan(0);
    const outcomes = await t.dataSource.query<{ outcome: string; n: number }[]>(
      `SELECT outcome, count(*)::int AS n FROM medication_administration WHERE facility_id = $1 GROUP BY outcome`,
      [t.facilityA.id],
    );
    const by = Object.fromEntries(outcomes.map((o) => [o.outcome, o.n]));
    expect(by.given).toBeGreaterThan(100);
    expect(by.refused).toBeGreaterThan(2);
    expect(by.refused).toBeLessThan(by.given / 5);
    expect(by.held).toBeGreaterThan(0);
    const admin = await t.token('admin');
    const purchases = await t.http().get('/api/v1/medicine-purchases').set(auth(admin));
    expect(purchases.status).toBe(200);
  });

  it('raises the refusal streak and the doses not recorded of today', async () => {
    await t.dataSource.transaction((m) => runMedicationChecks(m, 60));
    const kinds = await t.dataSource.query<{ kind: string; n: number }[]>(
      `SELECT kind, count(*)::int AS n FROM alert WHERE facility_id = $1
          AND kind IN ('medication_refused', 'dose_not_recorded') GROUP BY kind`,
      [t.facilityA.id],
    );
    expect(
      Object.fromEntries(kinds.map((k) => [k.kind, k.n])).medication_refused,
    ).toBeGreaterThanOrEqual(1);
  });

  it('has a rota for the week with one short shift, tonight', async () => {
    const admin = await t.token('admin');
    const res = await t.http().get('/api/v1/staffing').set(auth(admin));
    expect(res.status).toBe(200);
    expect(res.body.hasRota).toBe(true);
    const short = (res.body.shifts as { shift: string; carers: { short: boolean } }[])
      .filter((s) => s.carers.short)
      .map((s) => s.shift);
    expect(short).toEqual(['night']);
    await t.dataSource.transaction((m) => runStaffingCheck(m, today()));
    const alerts = await t.dataSource.query<{ source_key: string }[]>(
      `SELECT source_key FROM alert WHERE facility_id = $1 AND kind = 'shift_short'`,
      [t.facilityA.id],
    );
    expect(alerts.map((a) => a.source_key)).toEqual([`staffing:${today()}:night`]);
  });

  it('shows the demo caretaker the rooms of their shift and no sensitive medicine name', async () => {
    const carer = await t.token('carer');
    const round = await t.http().get('/api/v1/medication-round').set(auth(carer));
    expect(round.status).toBe(200);
    expect(round.body.residents.length).toBeGreaterThan(0);
    expect(JSON.stringify(round.body)).not.toMatch(/Dolutegravir|Risperidone|ARV|indication/);
    const rota = await t.http().get('/api/v1/staff-assignments').set(auth(carer));
    expect(rota.body.assignments.length).toBeGreaterThan(0);
    expect(rota.body.assignments.every((a: { cover: boolean }) => a.cover)).toBe(true);
  });
});
