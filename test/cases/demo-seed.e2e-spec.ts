import { startTestApp, TestApp } from '../support/test-app';

/** The whole demo seed, as the service runs it on its first start in demo mode. */
describe('demo case-management data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'true' });
  }, 180_000);
  afterAll(() => t.close());

  const q = <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
    t.dataSource.query(sql, params);

  it('gives every present resident one open case (opened by the admission hook), and closes the discharged ones', async () => {
    const without = await q<{ code: string }>(
      `SELECT r.code FROM resident r
        WHERE r.facility_id = $1 AND r.status IN ('active', 'on_leave')
          AND (SELECT count(*) FROM case_file c WHERE c.resident_id = r.id AND c.step <> 'closed') <> 1`,
      [t.facilityA.id],
    );
    expect(without).toEqual([]);
    const leftOpen = await q<{ code: string }>(
      `SELECT r.code FROM resident r JOIN case_file c ON c.resident_id = r.id
        WHERE r.facility_id = $1 AND r.status NOT IN ('active', 'on_leave') AND c.step <> 'closed'`,
      [t.facilityA.id],
    );
    expect(leftOpen).toEqual([]);
  });

  it('has open cases in every step, plans with reviews, counselling, referrals with and without consent, meetings', async () => {
    const steps = await q<{ step: string }>(
      `SELECT DISTINCT step FROM case_file WHERE facility_id = $1 ORDER BY step`,
      [t.facilityA.id],
    );
    expect(steps.map((s) => s.step)).toEqual(
      expect.arrayContaining(['assessment', 'planning', 'implementation', 'monitoring', 'closed']),
    );
    const [n] = await q<{
      reviews: number;
      revisions: number;
      sessions: number;
      people: number;
      meetings: number;
    }>(
      `SELECT (SELECT count(*) FROM plan_review WHERE facility_id = $1)::int AS reviews,
              (SELECT count(*) FROM intervention_plan WHERE facility_id = $1 AND revision > 1)::int AS revisions,
              (SELECT count(*) FROM counselling_session WHERE facility_id = $1)::int AS sessions,
              (SELECT count(DISTINCT resident_id) FROM counselling_session WHERE facility_id = $1)::int AS people,
              (SELECT count(*) FROM children_meeting WHERE facility_id = $1)::int AS meetings`,
      [t.facilityA.id],
    );
    expect(n?.reviews).toBeGreaterThanOrEqual(3);
    expect(n?.revisions).toBeGreaterThanOrEqual(1);
    expect(n?.sessions).toBeGreaterThanOrEqual(30);
    expect(n?.people).toBeGreaterThanOrEqual(5);
    expect(n?.meetings).toBe(8);
    const referrals = await q<{ consent: boolean; overridden: boolean; shares: boolean }>(
      `SELECT consent IS NOT NULL AS consent, consent_override_reason IS NOT NULL AS overridden, shares_personal_data AS shares
         FROM referral WHERE facility_id = $1`,
      [t.facilityA.id],
    );
    expect(referrals).toEqual(
      expect.arrayContaining([
        { consent: true, overridden: false, shares: true },
        { consent: false, overridden: false, shares: false },
        { consent: false, overridden: true, shares: true },
      ]),
    );
  });
});
