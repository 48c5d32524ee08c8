import { CalendarService } from '../../src/holidays/holidays.service';
import { addWorkingDays } from '../../src/calendar/working-days';
import { raiseHolidayDecisionAlerts } from '../../src/holidays/holiday-decision.job';
import { expectProblem, startTestApp, TestApp } from '../support/test-app';
import { emergencyBody, residentsApi } from '../residents/resident-fixtures';

describe('the holiday calendar: computed days off, the yearly decision, its autumn alert', () => {
  let t: TestApp;
  let admin: string;
  let social: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.token('admin');
    social = await t.token('social');
  });
  afterAll(() => t.close());

  it('an emergency admission on Friday 24/4/2026 counts Monday 27/4 (Giỗ Tổ on a Sunday) off', async () => {
    const res = await residentsApi(t).admit(
      social,
      emergencyBody({
        admittedOn: '2026-04-24',
        emergency: { foundAt: 'Bến xe Hưng Yên', foundOn: '2026-04-24', foundBy: 'Công an' },
      }),
    );
    expect(res.status).toBe(201);
    // 28, 29/4; 30/4 and 1/5 off; 4–8/5; 11, 12, 13/5.
    expect(res.body.admission.dossierDueOn).toBe('2026-05-13');
  });

  it('shows a year with its law days, substitute days, and no decision yet', async () => {
    const res = await t
      .http()
      .get('/api/v1/facilities/current/holidays?year=2027')
      .set('Authorization', `Bearer ${admin}`);
    expect(res.status).toBe(200);
    expect(res.body.decision).toBeNull();
    const off = (res.body.daysOff as { date: string; origin: string }[]).map(
      (d) => `${d.date} ${d.origin}`,
    );
    expect(off).toEqual(
      expect.arrayContaining([
        '2027-01-01 law',
        '2027-02-05 law',
        '2027-02-08 law',
        '2027-02-09 law',
        '2027-02-10 substitute',
        '2027-02-11 substitute',
        '2027-04-16 law',
        '2027-04-30 law',
        '2027-05-03 substitute', // 1/5/2027 is a Saturday
        '2027-09-01 law',
        '2027-09-02 law',
      ]),
    );
    expect(off).toHaveLength(11);
  });

  it('in the autumn, the director is told once that next year’s decision is missing; recording it closes the alert', async () => {
    const october = new Date('2026-10-01T03:00:00Z');
    const openAlerts = () =>
      t.dataSource.query<{ status: string; due_on: string }[]>(
        `SELECT status, due_on::text FROM alert WHERE kind = 'holiday_decision_missing' AND facility_id = $1`,
        [t.facilityA.id],
      );
    await raiseHolidayDecisionAlerts(t.dataSource.manager, new Date('2026-09-30T03:00:00Z'));
    expect(await openAlerts()).toEqual([]);
    await raiseHolidayDecisionAlerts(t.dataSource.manager, october);
    await raiseHolidayDecisionAlerts(t.dataSource.manager, october);
    expect(await openAlerts()).toEqual([{ status: 'open', due_on: '2027-01-01' }]);

    const social403 = await t
      .http()
      .post('/api/v1/facilities/current/holidays')
      .set('Authorization', `Bearer ${social}`)
      .send({ year: 2027, reference: 'x', changes: [] });
    expectProblem(social403, 403);

    // Swap: Friday 12/2/2027 off, Saturday 20/2 worked; the 2/9 companion moved to 3/9.
    const res = await t
      .http()
      .post('/api/v1/facilities/current/holidays')
      .set('Authorization', `Bearer ${admin}`)
      .send({
        year: 2027,
        reference: 'Thông báo lịch nghỉ lễ, Tết năm 2027',
        changes: [
          { date: '2027-02-12', kind: 'day_off', name: 'Nghỉ hoán đổi dịp Tết' },
          { date: '2027-02-20', kind: 'working_day', name: 'Làm bù cho ngày 12/02/2027' },
          { date: '2027-09-01', kind: 'working_day', name: 'Làm việc' },
          { date: '2027-09-03', kind: 'day_off', name: 'Quốc khánh (ngày liền kề)' },
        ],
      });
    expect(res.status).toBe(201);
    expect(res.body.decision).toMatchObject({ reference: 'Thông báo lịch nghỉ lễ, Tết năm 2027' });
    const dates = (res.body.daysOff as { date: string }[]).map((d) => d.date);
    expect(dates).toContain('2027-02-12');
    expect(dates).toContain('2027-09-03');
    expect(dates).not.toContain('2027-09-01');
    expect(res.body.workedWeekendDays).toEqual([
      { date: '2027-02-20', name: 'Làm bù cho ngày 12/02/2027', origin: 'decision' },
    ]);
    expect(await openAlerts()).toEqual([{ status: 'closed', due_on: '2027-01-01' }]);
    // The facility's deadlines count it: 10 working days from Thursday 4/2/2027.
    // 5, 8–11/2 off, 12/2 swapped off, Saturday 20/2 worked: 15–19, 20, 22–25/2.
    const calendar = await t.app
      .get(CalendarService)
      .calendar(t.dataSource.manager, t.facilityA.id);
    expect(addWorkingDays('2027-02-04', 10, calendar)).toBe('2027-02-25');
    // Another facility's deadlines keep the computed days.
    const other = await t.app.get(CalendarService).calendar(t.dataSource.manager, t.facilityB.id);
    expect(other.isWorkingDay('2027-02-12')).toBe(true);
    expect(calendar.isWorkingDay('2027-02-12')).toBe(false);
  });

  it('refuses a date outside the year, twice the same date, and a missing reference', async () => {
    const res = await t
      .http()
      .post('/api/v1/facilities/current/holidays')
      .set('Authorization', `Bearer ${admin}`)
      .send({
        year: 2028,
        reference: 'Thông báo',
        changes: [
          { date: '2027-12-31', kind: 'day_off', name: 'a' },
          { date: '2028-01-03', kind: 'day_off', name: 'b' },
          { date: '2028-01-03', kind: 'working_day', name: 'c' },
        ],
      });
    expectProblem(res, 400);
    expect((res.body.errors as { field: string }[]).map((e) => e.field)).toEqual([
      'changes.0.date',
      'changes.2.date',
    ]);
    const noRef = await t
      .http()
      .post('/api/v1/facilities/current/holidays')
      .set('Authorization', `Bearer ${admin}`)
      .send({ year: 2028, changes: [] });
    expectProblem(noRef, 400);
    const rows = await t.dataSource.query(`SELECT 1 FROM holiday_decision WHERE year = 2028`);
    expect(rows).toEqual([]);
  });
});
