import { addDays, addMonths } from '../../src/calendar/dates';
import { OVERDUE_AT_MOST_DAYS } from '../../src/seed/demo-health';
import { MonthlyFiguresService } from '../../src/reports/monthly-figures.service';
import { today } from '../residents/resident-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { auth } from './care-fixtures';

const hourIn = (timeZone: string): number =>
  Number(
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(
      new Date(),
    ),
  );

/** The demo seed as the service runs it on its first start in demo mode. */
describe('demo daily care and nutrition data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'true' });
  }, 180_000);
  afterAll(() => t.close());

  const one = async <T>(sql: string): Promise<T> => {
    const rows = await t.dataSource.query<T[]>(sql, [t.facilityA.id]);
    if (!rows[0]) throw new Error('no row');
    return rows[0];
  };

  it('holds a year of daily records with refusals and handovers', async () => {
    const r = await one<{
      first: string;
      last: string;
      n: number;
      refused: number;
      handovers: number;
    }>(
      `SELECT to_char(min(record_date), 'YYYY-MM-DD') AS first, to_char(max(record_date), 'YYYY-MM-DD') AS last,
              count(*)::int AS n, count(*) FILTER (WHERE handover)::int AS handovers,
              (SELECT count(*)::int FROM daily_record d, jsonb_array_elements(d.meals) m
                WHERE d.facility_id = $1 AND m->>'intake' = 'refused') AS refused
         FROM daily_record WHERE facility_id = $1`,
    );
    expect(r.first <= addDays(today(), -300)).toBe(true);
    expect(r.n).toBeGreaterThan(20_000);
    expect(r.refused).toBeGreaterThan(0);
    expect(r.handovers).toBeGreaterThan(0);
    // Like a real morning: the shifts that have ended are written, the current one and the
    // later ones are open (morning 06–14, afternoon 14–22, night 22–06, in the facility's zone).
    const hour = hourIn('Asia/Ho_Chi_Minh');
    const shifts = await t.dataSource.query<{ shift: string }[]>(
      `SELECT DISTINCT shift FROM daily_record WHERE facility_id = $1 AND record_date = $2 ORDER BY shift`,
      [t.facilityA.id, today()],
    );
    const written = [...(hour >= 22 ? ['afternoon'] : []), ...(hour >= 14 ? ['morning'] : [])];
    expect(shifts.map((s) => s.shift)).toEqual(written);
    const lastNight = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM daily_record WHERE facility_id = $1 AND record_date = $2 AND shift = 'night'`,
      [t.facilityA.id, addDays(today(), -1)],
    );
    expect(lastNight[0].n > 0).toBe(hour >= 6);
    const current = hour < 6 ? 'night' : hour < 14 ? 'morning' : hour < 22 ? 'afternoon' : 'night';
    const roundOf = async (user: 'carer' | 'admin', shift = current) => {
      const round = await t
        .http()
        .get('/api/v1/daily-records')
        .query({ date: hour < 6 && shift === 'night' ? addDays(today(), -1) : today(), shift })
        .set(auth(await t.token(user)));
      expect(round.status).toBe(200);
      return round.body.items as { residentId: string; missing: string[]; diet: unknown }[];
    };
    // The whole house's round (the director sees every room) and the carer's part of it (the
    // rooms of her assignment in the demo rota, staffing/).
    const all = await roundOf('admin');
    // The demo carer works the morning shift every day of the rota, whatever the hour now.
    const carers = await roundOf('carer', 'morning');
    expect(all.length).toBeGreaterThan(40);
    expect(carers.length).toBeGreaterThan(0);
    expect(carers.length).toBeLessThan(all.length);
    const everyone = new Set(all.map((i) => i.residentId));
    expect(carers.every((i) => everyone.has(i.residentId))).toBe(true);
    // The round a newcomer opens is to do, not a 409 for everyone.
    expect(all.every((i) => i.missing.length > 0 && i.diet !== null)).toBe(true);
  });

  it('looks like a real morning: a handful of tasks days or weeks late, last month reported, beds taken', async () => {
    // The nurse's worklist: a few tasks late, none by months or years (was 2,412 days).
    const worklist = await t
      .http()
      .get('/api/v1/health-worklist')
      .query({ status: 'overdue', limit: 200 })
      .set(auth(await t.token('nurse')));
    expect(worklist.status).toBe(200);
    const late = worklist.body.items as { daysOverdue: number }[];
    expect(late.length).toBeGreaterThanOrEqual(3);
    expect(late.length).toBeLessThanOrEqual(30);
    expect(Math.max(...late.map((i) => i.daysOverdue))).toBeLessThanOrEqual(OVERDUE_AT_MOST_DAYS);
    expect(late.some((i) => i.daysOverdue >= 14)).toBe(true);
    // Last month's report is final (numbered), so the province's officer sees one.
    const lastMonth = addMonths(`${today().slice(0, 7)}-01`, -1).slice(0, 7);
    const reports = await t
      .http()
      .get('/api/v1/reports')
      .set(auth(await t.token('officer')));
    expect(reports.status).toBe(200);
    expect(reports.body.items).toContainEqual(
      expect.objectContaining({
        kind: 'monthly',
        period: lastMonth,
        status: 'final',
        reportNo: expect.any(String),
      }),
    );
    // Every present resident with a room has a bed of it, one person a bed.
    const beds = await one<{ without: number; shared: number; inRooms: number }>(
      `SELECT count(*) FILTER (WHERE bed IS NULL)::int AS without,
              count(*)::int - count(DISTINCT (room_id, bed))::int AS shared, count(*)::int AS "inRooms"
         FROM resident WHERE facility_id = $1 AND status IN ('active', 'on_leave') AND room_id IS NOT NULL`,
    );
    expect(beds).toEqual({ without: 0, shared: 0, inRooms: expect.any(Number) });
    expect(beds.inRooms).toBeGreaterThan(60);
  });

  it('gives every present resident a plan, monthly measurements and flags a few children', async () => {
    const r = await one<{ without: number; measured: number; flagged: number; alerts: number }>(
      `SELECT (SELECT count(*)::int FROM resident r WHERE r.facility_id = $1 AND r.status IN ('active', 'on_leave')
                 AND NOT EXISTS (SELECT 1 FROM nutrition_plan p WHERE p.resident_id = r.id AND p.superseded_at IS NULL)) AS without,
              (SELECT count(DISTINCT resident_id)::int FROM measurement WHERE facility_id = $1) AS measured,
              (SELECT count(DISTINCT resident_id)::int FROM measurement
                WHERE facility_id = $1 AND ('stunting' = ANY(flags) OR 'wasting' = ANY(flags) OR 'severe_stunting' = ANY(flags))
                  AND (growth->>'kind') = 'child') AS flagged,
              (SELECT count(*)::int FROM alert WHERE facility_id = $1 AND kind = 'growth_flag') AS alerts`,
    );
    expect(r.without).toBe(0);
    expect(r.measured).toBeGreaterThan(40);
    expect(r.flagged).toBeGreaterThanOrEqual(2);
    expect(r.alerts).toBeGreaterThanOrEqual(2);
  });

  it('has a few incidents, the serious one alerted', async () => {
    const r = await one<{ incidents: number; serious: number }>(
      `SELECT (SELECT count(*)::int FROM incident WHERE facility_id = $1) AS incidents,
              (SELECT count(*)::int FROM alert WHERE facility_id = $1 AND kind = 'serious_incident') AS serious`,
    );
    expect(r.incidents).toBeGreaterThanOrEqual(4);
    expect(r.serious).toBeGreaterThanOrEqual(1);
  });

  it('feeds the monthly report: meals, special diets, growth flags, serious incidents', async () => {
    const month = today().slice(0, 7);
    const figures = await t.app
      .get(MonthlyFiguresService)
      .compute(t.dataSource.manager, t.facilityA.id, month);
    const r = await one<{ served: number; refused: number; special: number; incidents: number }>(
      `SELECT count(*) FILTER (WHERE m->>'intake' <> 'not_served')::int AS served,
              count(*) FILTER (WHERE m->>'intake' = 'refused')::int AS refused,
              (SELECT count(*)::int FROM nutrition_plan p WHERE p.facility_id = $1 AND p.superseded_at IS NULL
                 AND p.diet_type <> 'normal') AS special,
              (SELECT count(*)::int FROM incident WHERE facility_id = $1 AND serious
                 AND to_char(occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') = '${month}') AS incidents
         FROM daily_record d, jsonb_array_elements(d.meals) m
        WHERE d.facility_id = $1 AND to_char(d.record_date, 'YYYY-MM') = '${month}'`,
    );
    expect(figures.nutrition).toEqual({
      recorded: true,
      value: { mealsServed: r.served, mealsRefused: r.refused, specialDiets: r.special },
    });
    expect(r.served).toBeGreaterThan(0);
    expect(figures.health.seriousIncidents).toEqual({ recorded: true, value: r.incidents });
    expect(figures.health.growthFlags.recorded).toBe(true);
  });
});
