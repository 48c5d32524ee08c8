import { JobRunner } from '../../src/jobs/job-runner';
import { raiseSchoolingAlerts } from '../../src/schooling/figures/schooling-alerts.job';
import { previousSchoolYear, schoolYearOf } from '../../src/schooling/rules/school-year';
import { startTestApp, TestApp } from '../support/test-app';
import { schoolingApi, today } from './schooling-fixtures';

/** The whole demo seed, as the service runs it on its first start in demo mode. */
describe('demo schooling data', () => {
  let t: TestApp;
  let api: ReturnType<typeof schoolingApi>;
  let social: string;
  const current = schoolYearOf(today());
  const previous = previousSchoolYear(current);

  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'true' });
    api = schoolingApi(t);
    social = await t.token('social');
  }, 180_000);
  afterAll(() => t.close());

  const q = <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
    t.dataSource.query(sql, params);

  it('enrols every present school-age child (3–17) this year, and last year those who were there', async () => {
    const missing = await q<{ code: string; year: string }>(
      `SELECT r.code, y.year FROM resident r
         CROSS JOIN (VALUES ($2::text, $4::date), ($3::text, $5::date)) AS y(year, closed)
        WHERE r.facility_id = $1 AND r.status IN ('active', 'on_leave')
          AND date_part('year', y.closed) - 1 - extract(year FROM coalesce(r.date_of_birth, make_date(r.birth_year, 1, 1))) BETWEEN 3 AND 17
          AND (y.year = $2 OR r.admitted_on <= y.closed - 60)
          AND NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.resident_id = r.id AND e.school_year = y.year AND e.voided_at IS NULL)`,
      [
        t.facilityA.id,
        current,
        previous,
        `${current.slice(5)}-05-31`,
        `${previous.slice(5)}-05-31`,
      ],
    );
    expect(missing).toEqual([]);
    const perYear = await q<{ school_year: string; n: number }>(
      `SELECT school_year, count(*)::int AS n FROM enrollment WHERE facility_id = $1 GROUP BY school_year ORDER BY school_year`,
      [t.facilityA.id],
    );
    expect(perYear.map((r) => r.school_year)).toEqual([previous, current]);
    expect(perYear.every((r) => r.n >= 20)).toBe(true);
  });

  it('has last year’s results with a realistic spread and every promotion outcome', async () => {
    const figures = (await api.figures(social, previous)).body;
    expect(figures.terms.year.results).toBeGreaterThanOrEqual(15);
    const primaryUsed = Object.values(figures.terms.year.primary as Record<string, number>).filter(
      (n) => n > 0,
    );
    const learningUsed = Object.values(
      figures.terms.year.secondaryLearning as Record<string, number>,
    ).filter((n) => n > 0);
    expect(primaryUsed.length).toBeGreaterThanOrEqual(3);
    expect(learningUsed.length).toBeGreaterThanOrEqual(3);
    expect(figures.terms.year.promotion.repeat).toBe(1);
    // The re-examination was passed in the summer: corrected to promoted.
    expect(figures.terms.year.promotion.re_exam).toBe(0);
    expect(figures.promotionRate).toBeGreaterThan(0.8);
    expect(figures.promotionRate).toBeLessThan(1);
    expect(figures.dropouts).toBe(1);
    const corrected = await q<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'school_result' AND action = 'update'
          AND changes->'promotion'->>'before' = 're_exam' AND changes->'promotion'->>'after' = 'promoted'`,
    );
    expect(corrected[0]?.n).toBe(1);
  });

  it('rolled last year over once, and named the new schools of those who changed level', async () => {
    const rollovers = await q<{ from_year: string }>(
      `SELECT from_year FROM school_year_rollover WHERE facility_id = $1`,
      [t.facilityA.id],
    );
    expect(rollovers).toEqual([{ from_year: previous }]);
    const unnamed = await q<{ id: string }>(
      `SELECT id FROM enrollment WHERE facility_id = $1 AND school_year = $2 AND level <> 'not_enrolled' AND school_name IS NULL`,
      [t.facilityA.id, current],
    );
    expect(unnamed).toEqual([]);
    expectRollover(await api.rollover(social, { from: previous }));
    function expectRollover(res: { status: number }) {
      expect(res.status).toBe(409);
    }
  });

  it('has two vocational trainees (one at a vocational school, one certified and working) and one university student', async () => {
    const courses = await q<{
      status: string;
      certificate_obtained: boolean;
      employer: string | null;
    }>(
      `SELECT status, certificate_obtained, employer FROM vocational_training WHERE facility_id = $1 ORDER BY status DESC`,
      [t.facilityA.id],
    );
    expect(courses).toEqual([
      { status: 'ongoing', certificate_obtained: false, employer: null },
      { status: 'completed', certificate_obtained: true, employer: 'Cửa hàng Honda Phố Nối' },
    ]);
    const vocationalSchool = await q<{ school_year: string; status: string }>(
      `SELECT school_year, status FROM enrollment WHERE facility_id = $1 AND level = 'vocational_intermediate'`,
      [t.facilityA.id],
    );
    expect(vocationalSchool).toEqual([{ school_year: current, status: 'studying' }]);
    const university = await q<{ school_year: string; status: string }>(
      `SELECT school_year, status FROM enrollment WHERE facility_id = $1 AND level = 'university' ORDER BY school_year`,
      [t.facilityA.id],
    );
    expect(university).toEqual([
      { school_year: previous, status: 'completed' },
      { school_year: current, status: 'studying' },
    ]);
  });

  it('shows the attendance alert, and the age rules find the demo cases', async () => {
    expect((await api.alerts(social, { kind: 'attendance' })).body.items).toHaveLength(1);
    await t.app
      .get(JobRunner)
      .runExclusive('schooling-age-rules', raiseSchoolingAlerts, { force: true });
    const referral = (await api.alerts(social, { kind: 'vocational_referral' })).body.items as {
      message: string;
    }[];
    // The girl under emergency protection, at no school while her case is assessed.
    expect(referral.map((a) => a.message)).toEqual([expect.stringContaining('Vàng Thị Súa')]);
    const reviews = (await api.alerts(social, { kind: 'discharge_review' })).body.items as {
      sourceType: string;
    }[];
    // The trainee who finished his course and works is 16+ and no longer studies.
    expect(reviews.map((a) => a.sourceType)).toEqual(['schooling_not_studying']);
  });
});
