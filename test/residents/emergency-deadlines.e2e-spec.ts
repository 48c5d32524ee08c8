import { addDays, addMonths } from '../../src/calendar/dates';
import { CalendarService } from '../../src/holidays/holidays.service';
import { addWorkingDays } from '../../src/calendar/working-days';
import { JobRunner } from '../../src/jobs/job-runner';
import { raiseEmergencyDeadlineAlerts } from '../../src/residents/admission/emergency-deadlines.job';
import { startTestApp, TestApp } from '../support/test-app';
import { emergencyBody, residentsApi, today } from './resident-fixtures';

interface AlertRow {
  id: string;
  severity: string;
  status: string;
  version: number;
  due_on: string;
  message: string;
}

/** The alert of an emergency admission's dossier raised at once, escalated by the daily job. */
describe('emergency deadlines: raised at the admission, escalated by the daily job', () => {
  let t: TestApp;
  let api: ReturnType<typeof residentsApi>;
  let admin: string;
  let social: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = residentsApi(t);
    [admin, social] = await Promise.all([t.token('admin'), t.token('social')]);
  });
  afterAll(() => t.close());

  const runJob = () =>
    t.app
      .get(JobRunner)
      .runExclusive('emergency-deadlines', raiseEmergencyDeadlineAlerts, { force: true });

  const alertsOf = (residentId: string, kind = 'emergency_dossier_due') =>
    t.dataSource.query<AlertRow[]>(
      `SELECT id, severity, status, version, to_char(due_on, 'YYYY-MM-DD') AS due_on, message
         FROM alert WHERE resident_id = $1 AND kind = $2`,
      [residentId, kind],
    );

  const admissionOf = async (residentId: string) =>
    (
      await t.dataSource.query<{ id: string; due: string; warn: string }[]>(
        `SELECT a.id, to_char(a.dossier_due_on, 'YYYY-MM-DD') AS due,
                to_char(a.dossier_warn_on, 'YYYY-MM-DD') AS warn
           FROM admission a JOIN resident r ON r.current_admission_id = a.id WHERE r.id = $1`,
        [residentId],
      )
    )[0];

  /** An emergency intake admitted on `on`. */
  const intake = (on: string, over: Record<string, unknown> = {}) =>
    api.admitted(
      admin,
      emergencyBody({
        admittedOn: on,
        emergency: { foundAt: 'Cổng chợ Phố Hiến', foundOn: on, foundBy: 'Công an phường' },
        ...over,
      }),
    );

  const calendar = () => t.app.get(CalendarService).calendar(t.dataSource.manager, t.facilityA.id);

  it('raises the dossier alert at the admission, as information, due on the deadline', async () => {
    const r = await intake(today());
    const admission = await admissionOf(r.id);
    const cal = await calendar();
    expect(admission?.warn).toBe(addWorkingDays(admission?.due ?? '', -3, cal));
    const [yyyy, mm, dd] = (admission?.due ?? '').split('-');
    const alerts = await alertsOf(r.id);
    expect(alerts).toEqual([
      expect.objectContaining({
        severity: 'info',
        status: 'open',
        version: 1,
        due_on: admission?.due,
      }),
    ]);
    expect(alerts[0]?.message).toContain(`trước ${dd}/${mm}/${yyyy}`);
    // The job raises no second one, and the deadline is still far: nothing changes.
    await runJob();
    expect(await alertsOf(r.id)).toEqual(alerts);
  });

  it('an intake that comes with its admission decision gets no dossier alert', async () => {
    const r = await intake(today(), {
      decisionNo: '12/QĐ-TTBTXH',
      decisionDate: today(),
      dossierPresent: ['admission_decision'],
    });
    expect(await alertsOf(r.id)).toEqual([]);
    await runJob();
    expect(await alertsOf(r.id)).toEqual([]);
  });

  it('is a warning once its warning date has passed (3 working days before the deadline)', async () => {
    // Admitted 9 working days ago: the deadline is the next working day after today.
    const r = await intake(addWorkingDays(today(), -9, await calendar()));
    const admission = await admissionOf(r.id);
    expect(admission?.due > today()).toBe(true);
    expect(admission?.warn <= today()).toBe(true);
    expect(await alertsOf(r.id)).toEqual([expect.objectContaining({ severity: 'info' })]);
    await runJob();
    expect(await alertsOf(r.id)).toEqual([
      expect.objectContaining({ severity: 'warning', status: 'open', version: 2 }),
    ]);
  });

  it('is critical once the deadline has passed, open again if it was acknowledged; a second run changes nothing', async () => {
    const r = await intake('2026-02-10');
    const [raised] = await alertsOf(r.id);
    const ack = await t
      .http()
      .post(`/api/v1/alerts/${raised?.id}/acknowledge`)
      .set('Authorization', `Bearer ${social}`)
      .send({ note: 'Đã liên hệ UBND xã' });
    expect(ack.status).toBe(200);
    const [acknowledged] = await alertsOf(r.id);
    expect(acknowledged).toEqual(
      expect.objectContaining({ status: 'acknowledged', severity: 'info' }),
    );

    const first = await runJob();
    const [escalated] = await alertsOf(r.id);
    expect(escalated).toEqual(
      expect.objectContaining({
        severity: 'critical',
        status: 'open',
        version: (acknowledged?.version ?? 0) + 1,
      }),
    );
    expect(first?.raised).toBeGreaterThan(0);

    const before = await t.dataSource.query<unknown[]>(
      `SELECT id, severity, status, version FROM alert ORDER BY id`,
    );
    const second = await runJob();
    expect(second).toEqual({ raised: 0, closed: 0 });
    expect(
      await t.dataSource.query(`SELECT id, severity, status, version FROM alert ORDER BY id`),
    ).toEqual(before);
  });

  it('the stay alert warns 14 days before the 3-month stay ends, critical once it has ended', async () => {
    const ending = await intake(addDays(addMonths(today(), -3), 10));
    const ended = await intake(addDays(addMonths(today(), -3), -1));
    const stayEnd = (
      await t.dataSource.query<{ ends: string }[]>(
        `SELECT to_char(a.stay_ends_on, 'YYYY-MM-DD') AS ends
           FROM admission a JOIN resident r ON r.current_admission_id = a.id WHERE r.id = $1`,
        [ended.id],
      )
    )[0];
    expect(stayEnd?.ends < today()).toBe(true);
    expect(await alertsOf(ending.id, 'emergency_stay_ending')).toEqual([]);
    await runJob();
    expect(await alertsOf(ending.id, 'emergency_stay_ending')).toEqual([
      expect.objectContaining({ severity: 'warning', status: 'open' }),
    ]);
    expect(await alertsOf(ended.id, 'emergency_stay_ending')).toEqual([
      expect.objectContaining({ severity: 'critical', status: 'open' }),
    ]);
  });
});
