import type { NestExpressApplication } from '@nestjs/platform-express';
import passport from 'passport';
import { LocalStrategy } from '../../src/auth/local.strategy';
import { createApp } from '../../src/bootstrap';
import { addDays, parseIsoDate, todayIn } from '../../src/calendar/dates';
import { runOverdueCheck } from '../../src/health/overdue.job';
import { JobOutcome, JobRunner } from '../../src/jobs/job-runner';
import { today } from '../residents/resident-fixtures';
import { count, startTestApp, TestApp, testConfig } from '../support/test-app';
import {
  alertsOf,
  elderlyBody,
  healthApi,
  OVERDUE_JOB,
  runOverdue,
  setDue,
  setFacilityTimezone,
  WorklistItemBody,
} from './health-fixtures';

const AHEAD = 'Pacific/Kiritimati'; // UTC+14
const BEHIND = 'Pacific/Pago_Pago'; // UTC−11

interface JobRunRow {
  job: string;
  ok: boolean;
  raised: number;
  closed: number;
}

const daysBetween = (from: string, to: string) =>
  Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / 86_400_000);

describe('the health overdue job (real PostgreSQL)', () => {
  let t: TestApp;
  let api: ReturnType<typeof healthApi>;
  let admin: string;
  let nurse: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = healthApi(t);
    admin = await t.token('admin');
    nurse = await t.token('nurse');
  });
  afterAll(() => t.close());

  /** Two elderly residents per call: their check-ups, due months from now until a test moves them. */
  async function residentsWithSchedules(n: number) {
    const out: { residentId: string; periodic: string; annual: string }[] = [];
    for (let i = 0; i < n; i++) {
      const residentId = (await api.admitted(admin, elderlyBody())).id;
      out.push({
        residentId,
        periodic: (await api.scheduleOf(residentId, nurse, 'periodic_exam')).id,
        annual: (await api.scheduleOf(residentId, nurse, 'annual_exam')).id,
      });
    }
    return out;
  }

  const jobRuns = () =>
    t.dataSource.query<JobRunRow[]>(
      `SELECT job, ok, raised, closed FROM job_run WHERE job = $1 ORDER BY id`,
      [OVERDUE_JOB],
    );

  it('raises one alert per overdue schedule, none for due or future ones, and records the run', async () => {
    const [a, b, c] = await residentsWithSchedules(3);
    if (!a || !b || !c) throw new Error('setup');
    await setDue(t, a.periodic, addDays(today(), -5));
    await setDue(t, a.annual, addDays(today(), -1));
    await setDue(t, b.periodic, today()); // due today: not overdue yet
    await setDue(t, b.annual, addDays(today(), -3), 3); // still inside its grace days
    await setDue(t, c.periodic, addDays(today(), -4), 3); // past its grace days
    const runsBefore = (await jobRuns()).length;

    const outcome = await runOverdue(t.app);
    expect(outcome).toEqual({ raised: 3, closed: 0 });

    for (const [id, due] of [
      [a.periodic, addDays(today(), -5)],
      [a.annual, addDays(today(), -1)],
      [c.periodic, addDays(today(), -4)],
    ] as const) {
      const rows = await alertsOf(t, id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        kind: 'checkup_overdue',
        status: 'open',
        due_on: due,
        source_key: `health_schedule:${id}:${due}`,
        facility_id: t.facilityA.id,
      });
    }
    expect(await alertsOf(t, b.periodic)).toEqual([]);
    expect(await alertsOf(t, b.annual)).toEqual([]);
    expect((await alertsOf(t, a.periodic))[0]?.resident_id).toBe(a.residentId);

    const runs = await jobRuns();
    expect(runs).toHaveLength(runsBefore + 1);
    expect(runs[runs.length - 1]).toEqual({ job: OVERDUE_JOB, ok: true, raised: 3, closed: 0 });
  });

  it('is idempotent: a second run raises nothing and leaves the same alerts', async () => {
    const [r] = await residentsWithSchedules(1);
    if (!r) throw new Error('setup');
    await setDue(t, r.periodic, addDays(today(), -7));
    await runOverdue(t.app);
    const alertsBefore = await t.dataSource.query<
      { id: string; status: string; version: number }[]
    >(`SELECT id, status, version FROM alert ORDER BY id`);
    expect(alertsBefore.length).toBeGreaterThan(0);

    const second = await runOverdue(t.app);
    expect(second).toEqual({ raised: 0, closed: 0 });
    expect(await t.dataSource.query(`SELECT id, status, version FROM alert ORDER BY id`)).toEqual(
      alertsBefore,
    );
    expect(await alertsOf(t, r.periodic)).toHaveLength(1);
  });

  it('does not alert for a resident who has left', async () => {
    const [r] = await residentsWithSchedules(1);
    if (!r) throw new Error('setup');
    await setDue(t, r.periodic, addDays(today(), -7));
    await t.dataSource.query(`UPDATE resident SET status = 'discharged' WHERE id = $1`, [
      r.residentId,
    ]);
    await runOverdue(t.app);
    expect(await alertsOf(t, r.periodic)).toEqual([]);
  });

  describe("across the facility time zone's midnight", () => {
    afterEach(() => setFacilityTimezone(t, t.facilityA.id, 'Asia/Ho_Chi_Minh'));

    /**
     * Runs `scenario` with the local dates of both zones; if a date changed while it ran (the test
     * straddled a midnight), runs it once more. No assertion depends on the time of day.
     */
    async function atStableDates(
      scenario: (d: { ahead: string; behind: string }) => Promise<void>,
    ): Promise<void> {
      for (let attempt = 0; attempt < 2; attempt++) {
        const d = { ahead: todayIn(AHEAD), behind: todayIn(BEHIND) };
        await scenario(d);
        if (todayIn(AHEAD) === d.ahead && todayIn(BEHIND) === d.behind) return;
      }
      throw new Error('the date changed twice during the test');
    }

    it('counts "overdue" from the facility\'s own today: due today west of the date line, overdue east of it', async () => {
      const [r] = await residentsWithSchedules(1);
      if (!r) throw new Error('setup');
      const worklist = async (status: string) =>
        ((await api.worklist(nurse, { status, limit: 200 })).body.items as WorklistItemBody[]).find(
          (i) => i.scheduleId === r.periodic,
        );

      await atStableDates(async ({ ahead, behind }) => {
        // The same calendar day is "today" in Pago Pago and already "yesterday" (or earlier) in
        // Kiritimati.
        expect(behind < ahead).toBe(true);
        await t.dataSource.query(`DELETE FROM alert WHERE source_id = $1`, [r.periodic]);
        await setDue(t, r.periodic, behind);

        await setFacilityTimezone(t, t.facilityA.id, BEHIND);
        await runOverdue(t.app);
        expect(await alertsOf(t, r.periodic)).toEqual([]);
        expect(await worklist('overdue')).toBeUndefined();
        expect(await worklist('due')).toMatchObject({ daysOverdue: 0, status: 'due' });

        await setFacilityTimezone(t, t.facilityA.id, AHEAD);
        await runOverdue(t.app);
        const rows = await alertsOf(t, r.periodic);
        expect(rows.map((a) => [a.status, a.due_on])).toEqual([['open', behind]]);
        expect(await worklist('due')).toBeUndefined();
        expect(await worklist('overdue')).toMatchObject({
          daysOverdue: daysBetween(behind, ahead),
          status: 'overdue',
        });
      });
    });

    it('does not alert east of the date line for a task due on its own today', async () => {
      const [r] = await residentsWithSchedules(1);
      if (!r) throw new Error('setup');
      await atStableDates(async ({ ahead }) => {
        await t.dataSource.query(`DELETE FROM alert WHERE source_id = $1`, [r.annual]);
        await setFacilityTimezone(t, t.facilityA.id, AHEAD);
        await setDue(t, r.annual, ahead);
        await runOverdue(t.app);
        expect(await alertsOf(t, r.annual)).toEqual([]);
        await setDue(t, r.annual, addDays(ahead, -1));
        await runOverdue(t.app);
        expect((await alertsOf(t, r.annual)).map((a) => a.due_on)).toEqual([addDays(ahead, -1)]);
      });
    });
  });

  describe('two app instances on one database', () => {
    let second: NestExpressApplication;
    beforeAll(async () => {
      second = (await createApp(testConfig(), t.dbUrl, { logger: false })).app;
    });
    afterAll(async () => {
      await second.close();
      // Passport keeps one strategy per name for the whole process, and the second app's
      // 'local' strategy took over when it was built: hand it back to the first app, or every
      // later login of this file would be checked against a closed database pool.
      passport.use('local', t.app.get(LocalStrategy));
    });

    it('started at the same moment, alert each overdue item exactly once', async () => {
      const runners = [t.app.get(JobRunner), second.get(JobRunner)];
      expect(runners[0]).not.toBe(runners[1]);
      const residents = await residentsWithSchedules(4);
      const schedules = residents.flatMap((r) => [r.periodic, r.annual]);
      // Several rounds, each with new due dates (new alerts to raise), to give the race a chance.
      for (let round = 1; round <= 5; round++) {
        const due = addDays(today(), -10 * round);
        for (const id of schedules) await setDue(t, id, due);
        const runsBefore = await count(t.dataSource, 'job_run');

        const outcomes: (JobOutcome | null)[] = await Promise.all(
          runners.map((r) => r.runExclusive(OVERDUE_JOB, runOverdueCheck, { force: true })),
        );

        const ran = outcomes.filter((o): o is JobOutcome => o !== null);
        expect(ran.length).toBeGreaterThanOrEqual(1);
        expect(ran.reduce((n, o) => n + o.raised, 0)).toBe(schedules.length);
        expect(await count(t.dataSource, 'job_run')).toBe(runsBefore + ran.length);
        const rows = await t.dataSource.query<{ source_id: string; n: string }[]>(
          `SELECT source_id, count(*) AS n FROM alert WHERE source_id = ANY($1) AND due_on = $2
            GROUP BY source_id`,
          [schedules, due],
        );
        expect(rows.map((r) => [r.source_id, Number(r.n)]).sort()).toEqual(
          schedules.map((id) => [id, 1]).sort(),
        );
      }
    });
  });

  describe('closing', () => {
    it('an exam recorded: its alert is closed at the next run and not raised again', async () => {
      const [r] = await residentsWithSchedules(1);
      if (!r) throw new Error('setup');
      const due = addDays(today(), -20);
      await setDue(t, r.periodic, due);
      await runOverdue(t.app);
      expect((await alertsOf(t, r.periodic)).map((a) => a.status)).toEqual(['open']);

      const exam = await api.createCheck(nurse, r.residentId, {
        kind: 'periodic_exam',
        examinedOn: today(),
        examiner: 'BS. Nguyễn Văn Khoa',
      });
      expect(exam.status).toBe(201);
      await runOverdue(t.app);
      const rows = await alertsOf(t, r.periodic);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.status).toBe('closed');
      expect(rows[0]?.closed_at).toBeInstanceOf(Date);
      expect(
        (await api.worklist(nurse, { status: 'overdue', limit: 200 })).body.items.map(
          (i: WorklistItemBody) => i.scheduleId,
        ),
      ).not.toContain(r.periodic);
    });

    it('closes at the next run an alert whose schedule moved later or stopped outside the exam route', async () => {
      const [r] = await residentsWithSchedules(1);
      if (!r) throw new Error('setup');
      await setDue(t, r.periodic, addDays(today(), -20));
      await setDue(t, r.annual, addDays(today(), -20));
      await runOverdue(t.app);
      expect((await alertsOf(t, r.periodic)).map((a) => a.status)).toEqual(['open']);
      expect((await alertsOf(t, r.annual)).map((a) => a.status)).toEqual(['open']);

      // behind the service's back: only the job can notice
      await setDue(t, r.periodic, addDays(today(), 30));
      await t.dataSource.query(`UPDATE health_schedule SET active = false WHERE id = $1`, [
        r.annual,
      ]);
      const outcome = await runOverdue(t.app);
      expect(outcome).toEqual({ raised: 0, closed: 2 });
      expect((await alertsOf(t, r.periodic)).map((a) => a.status)).toEqual(['closed']);
      expect((await alertsOf(t, r.annual)).map((a) => a.status)).toEqual(['closed']);
    });

    it('a due date moved later but still past: the old alert closes and one for the new date opens', async () => {
      const [r] = await residentsWithSchedules(1);
      if (!r) throw new Error('setup');
      const first = addDays(today(), -20);
      const later = addDays(today(), -2);
      await setDue(t, r.periodic, first);
      await runOverdue(t.app);
      const s = await api.scheduleOf(r.residentId, nurse, 'periodic_exam');
      const res = await api.patchSchedule(nurse, s.id, { nextDueOn: later }, `"${s.version}"`);
      expect(res.status).toBe(200);
      await runOverdue(t.app);
      const rows = await alertsOf(t, r.periodic);
      expect(rows.map((a) => [a.due_on, a.status])).toEqual([
        [first, 'closed'],
        [later, 'open'],
      ]);
    });

    it('leaves an acknowledged alert acknowledged on the next runs', async () => {
      const [r] = await residentsWithSchedules(1);
      if (!r) throw new Error('setup');
      await setDue(t, r.periodic, addDays(today(), -9));
      await runOverdue(t.app);
      const [alert] = await alertsOf(t, r.periodic);
      if (!alert) throw new Error('no alert');
      const ack = await api.acknowledge(nurse, alert.id, { note: 'Đã hẹn khám ngày mai' });
      expect(ack.status).toBe(200);
      await runOverdue(t.app);
      await runOverdue(t.app);
      expect((await alertsOf(t, r.periodic)).map((a) => [a.id, a.status])).toEqual([
        [alert.id, 'acknowledged'],
      ]);
    });
  });
});
