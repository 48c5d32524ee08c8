import { addDays, addMonths } from '../../src/calendar/dates';
import { errorOf, fieldsOf, today, tomorrow } from '../residents/resident-fixtures';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';
import {
  alertsOf,
  elderlyBody,
  healthApi,
  infantBody,
  runOverdue,
  ScheduleBody,
  setDue,
  WorklistItemBody,
} from './health-fixtures';

const NOBODY = '0b5e4c8e-4f0e-4a57-9b0e-2f1a4c6d7e8f';

interface CheckBody {
  id: string;
  residentId: string;
  kind: string;
  examinedOn: string;
  weightKg: number | null;
  scheduleId: string | null;
  amendsId: string | null;
  amendmentReason: string | null;
  version: number;
}

describe('exams and vaccinations', () => {
  let t: TestApp;
  let api: ReturnType<typeof healthApi>;
  let admin: string;
  let nurse: string;
  let carer: string;
  let social: string;
  let admin2: string;
  let nurseB: string;
  let residentB: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = healthApi(t);
    admin = await t.token('admin');
    nurse = await t.token('nurse');
    carer = await t.token('carer');
    social = await t.token('social');
    admin2 = await t.token('admin2');
    // Facility B has no nurse in the demo data: its admin hires one.
    const password = 'Điều-dưỡng-cơ-sở-B-2026!';
    const hired = await t
      .http()
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${admin2}`)
      .send({ username: 'nurse.b', fullName: 'Vũ Thị Thu', role: 'nurse', password });
    if (hired.status !== 201) throw new Error(`users answered ${hired.status}: ${hired.text}`);
    nurseB = (await t.login('nurse.b', password)).accessToken;
    residentB = (await api.admitted(admin2, elderlyBody())).id;
  });
  afterAll(() => t.close());

  const exam = (over: Record<string, unknown> = {}) => ({
    kind: 'periodic_exam',
    examinedOn: today(),
    weightKg: 52.5,
    heightCm: 155,
    temperatureC: 36.8,
    pulse: 78,
    bpSystolic: 125,
    bpDiastolic: 80,
    spo2: 97,
    findings: 'Tỉnh táo, tiếp xúc tốt',
    diagnoses: [{ icd10: 'I10', text: 'Tăng huyết áp' }],
    examiner: 'BS. Nguyễn Văn Khoa',
    ...over,
  });

  const overdueIds = async (token = nurse): Promise<string[]> => {
    const res = await api.worklist(token, { status: 'overdue', limit: 200 });
    expect(res.status).toBe(200);
    return (res.body.items as WorklistItemBody[]).map((i) => i.scheduleId);
  };

  describe('POST /residents/:id/health-checks', () => {
    let residentId: string;
    beforeAll(async () => {
      residentId = (await api.admitted(admin, elderlyBody())).id;
    });

    /** A 400/403/404 that records nothing and moves no schedule. */
    async function refused(
      body: Record<string, unknown>,
      status = 400,
      token = nurse,
      rid = residentId,
    ) {
      const before = {
        checks: await count(t.dataSource, 'health_check'),
        schedules: JSON.stringify(await api.schedulesOf(residentId, admin)),
      };
      const res = await api.createCheck(token, rid, body);
      expectProblem(res, status);
      expect(await count(t.dataSource, 'health_check')).toBe(before.checks);
      expect(JSON.stringify(await api.schedulesOf(residentId, admin))).toBe(before.schedules);
      return res;
    }

    it('records an exam and advances its schedule to exam date + interval; the item leaves the overdue list', async () => {
      const periodic = await api.scheduleOf(residentId, nurse, 'periodic_exam');
      const annual = await api.scheduleOf(residentId, nurse, 'annual_exam');
      await setDue(t, periodic.id, addDays(today(), -30));
      expect(await overdueIds()).toContain(periodic.id);

      const examinedOn = addDays(today(), -2);
      const res = await api.createCheck(nurse, residentId, exam({ examinedOn }));
      expect(res.status).toBe(201);
      expect(res.body.check).toMatchObject({
        residentId,
        kind: 'periodic_exam',
        examinedOn,
        weightKg: 52.5,
        bpSystolic: 125,
        scheduleId: periodic.id,
        amendsId: null,
      });
      expect(res.body.schedule).toMatchObject({
        id: periodic.id,
        lastDoneOn: examinedOn,
        nextDueOn: addMonths(examinedOn, 6),
        active: true,
      });
      const now = await api.scheduleOf(residentId, nurse, 'periodic_exam');
      expect(now).toMatchObject({ lastDoneOn: examinedOn, nextDueOn: addMonths(examinedOn, 6) });
      expect(now.version).toBeGreaterThan(periodic.version);
      // only the matching kind moved
      expect(await api.scheduleOf(residentId, nurse, 'annual_exam')).toEqual(annual);
      expect(await overdueIds()).not.toContain(periodic.id);

      const list = await api.checks(nurse, residentId);
      expect(list.status).toBe(200);
      expect((list.body as CheckBody[]).map((c) => c.id)).toEqual([res.body.check.id]);
    });

    it('uses nextDueOverride instead of the interval', async () => {
      const annual = await api.scheduleOf(residentId, nurse, 'annual_exam');
      const override = addDays(today(), 40);
      const res = await api.createCheck(
        nurse,
        residentId,
        exam({ kind: 'annual_exam', nextDueOverride: override }),
      );
      expect(res.status).toBe(201);
      expect(res.body.schedule).toMatchObject({ id: annual.id, nextDueOn: override });
      expect(await api.scheduleOf(residentId, nurse, 'annual_exam')).toMatchObject({
        nextDueOn: override,
        lastDoneOn: today(),
      });
    });

    it('advances a schedule counted in days, and the one named by scheduleId', async () => {
      const dental = await api.createSchedule(nurse, residentId, {
        kind: 'dental',
        intervalDays: 90,
        nextDueOn: addDays(today(), -1),
      });
      expect(dental.status).toBe(201);
      const res = await api.createCheck(
        nurse,
        residentId,
        exam({ kind: 'dental', scheduleId: dental.body.id }),
      );
      expect(res.status).toBe(201);
      expect(res.body.schedule).toMatchObject({
        id: dental.body.id,
        nextDueOn: addDays(today(), 90),
      });
    });

    it('records an exam with no schedule of its kind without touching any schedule', async () => {
      const before = JSON.stringify(await api.schedulesOf(residentId, nurse));
      const res = await api.createCheck(nurse, residentId, exam({ kind: 'eye' }));
      expect(res.status).toBe(201);
      expect(res.body.schedule).toBeNull();
      expect(res.body.check.scheduleId).toBeNull();
      expect(JSON.stringify(await api.schedulesOf(residentId, nurse))).toBe(before);
    });

    it('writes the exam and the schedule in one transaction: a failing schedule update leaves no exam', async () => {
      const other = (await api.admitted(admin, elderlyBody())).id;
      const periodic = await api.scheduleOf(other, nurse, 'periodic_exam');
      await t.dataSource.query(
        `CREATE FUNCTION test_refuse_schedule() RETURNS trigger LANGUAGE plpgsql AS
           $$ BEGIN RAISE EXCEPTION 'schedule update refused by the test'; END $$`,
      );
      await t.dataSource.query(
        `CREATE TRIGGER test_refuse_schedule BEFORE UPDATE ON health_schedule FOR EACH ROW
           WHEN (OLD.id = '${periodic.id}') EXECUTE FUNCTION test_refuse_schedule()`,
      );
      try {
        const before = await count(t.dataSource, 'health_check');
        const res = await api.createCheck(nurse, other, exam());
        expectProblem(res, 500);
        expect(await count(t.dataSource, 'health_check')).toBe(before);
        expect(await api.scheduleOf(other, nurse, 'periodic_exam')).toEqual(periodic);
      } finally {
        await t.dataSource.query(`DROP TRIGGER test_refuse_schedule ON health_schedule`);
        await t.dataSource.query(`DROP FUNCTION test_refuse_schedule()`);
      }
    });

    it('answers a retry with the same Idempotency-Key once: one exam, one advance', async () => {
      const other = (await api.admitted(admin, elderlyBody())).id;
      const key = `exam-${other}`;
      const send = () =>
        t
          .http()
          .post(`/api/v1/residents/${other}/health-checks`)
          .set('Authorization', `Bearer ${nurse}`)
          .set('Idempotency-Key', key)
          .send(exam({ examinedOn: addDays(today(), -5) }));
      const first = await send();
      expect(first.status).toBe(201);
      const second = await send();
      expect(second.status).toBe(201);
      expect(second.body.check.id).toBe(first.body.check.id);
      expect((await api.checks(nurse, other)).body).toHaveLength(1);
      expect((await api.scheduleOf(other, nurse, 'periodic_exam')).nextDueOn).toBe(
        addMonths(addDays(today(), -5), 6),
      );
    });

    it('refuses blood pressure 400/20', async () => {
      const res = await refused(exam({ bpSystolic: 400, bpDiastolic: 20 }));
      expect(fieldsOf(res)).toEqual(['bpSystolic']);
      expect(errorOf(res, 'bpSystolic')?.code).toBe('max');
    });

    it('refuses a temperature of 50 °C', async () => {
      const res = await refused(exam({ temperatureC: 50 }));
      expect(fieldsOf(res)).toEqual(['temperatureC']);
      expect(errorOf(res, 'temperatureC')?.code).toBe('max');
    });

    it('refuses implausible or half blood pressure and other out-of-range vitals', async () => {
      expect(
        errorOf(await refused(exam({ bpSystolic: 80, bpDiastolic: 90 })), 'bpDiastolic')?.code,
      ).toBe('implausible');
      expect(fieldsOf(await refused(exam({ bpDiastolic: undefined })))).toEqual(['bpDiastolic']);
      expect(fieldsOf(await refused(exam({ temperatureC: 29.9 })))).toEqual(['temperatureC']);
      expect(fieldsOf(await refused(exam({ spo2: 101 })))).toEqual(['spo2']);
      expect(fieldsOf(await refused(exam({ weightKg: 0 })))).toEqual(['weightKg']);
      expect(fieldsOf(await refused(exam({ pulse: 12.5 })))).toEqual(['pulse']);
      expect(fieldsOf(await refused(exam({ diagnoses: [{ icd10: 'hello', text: 'x' }] })))).toEqual(
        ['diagnoses.0.icd10'],
      );
    });

    it('refuses a future exam, one before birth, an override not after the exam, a vaccination kind', async () => {
      expect(errorOf(await refused(exam({ examinedOn: tomorrow() })), 'examinedOn')?.code).toBe(
        'futureDate',
      );
      expect(errorOf(await refused(exam({ examinedOn: '1940-01-01' })), 'examinedOn')?.code).toBe(
        'beforeBirth',
      );
      expect(
        errorOf(await refused(exam({ nextDueOverride: today() })), 'nextDueOverride')?.code,
      ).toBe('beforeExam');
      expect(fieldsOf(await refused(exam({ kind: 'vaccination' })))).toEqual(['kind']);
      expect(fieldsOf(await refused(exam({ examiner: '' })))).toEqual(['examiner']);
      expect(fieldsOf(await refused(exam({ examiner: undefined })))).toEqual(['examiner']);
      expect(fieldsOf(await refused(exam({ mood: 'ok' })))).toEqual(['mood']);
    });

    it('refuses a scheduleId of another resident', async () => {
      const other = (await api.admitted(admin, elderlyBody())).id;
      const theirs = await api.scheduleOf(other, nurse, 'periodic_exam');
      const res = await refused(exam({ scheduleId: theirs.id }));
      expect(errorOf(res, 'scheduleId')?.code).toBe('unknownReference');
      expect(await api.scheduleOf(other, nurse, 'periodic_exam')).toEqual(theirs);
    });

    it('answers 404 for a health check of a resident of another facility', async () => {
      await refused(exam(), 404, nurse, residentB);
      await refused(exam(), 404, nurse, NOBODY);
      await refused(exam(), 404, nurseB, residentId);
      expectProblem(await api.checks(nurse, residentB), 404);
    });

    it('refuses a caretaker posting an exam (403), and everyone but the nurse', async () => {
      for (const token of [carer, admin, social]) await refused(exam(), 403, token);
    });

    it('lets nurse and admin read, not caretaker', async () => {
      expect((await api.checks(admin, residentId)).status).toBe(200);
      expectProblem(await api.checks(carer, residentId), 403);
    });
  });

  describe('POST /health-checks/:id/amendments', () => {
    let residentId: string;
    let original: CheckBody;
    beforeAll(async () => {
      residentId = (await api.admitted(admin, elderlyBody())).id;
      const res = await api.createCheck(nurse, residentId, exam({ weightKg: 25.2 }));
      if (res.status !== 201) throw new Error(res.text);
      original = res.body.check as CheckBody;
    });

    it('adds a correcting record that points at the original, keeping the original unchanged', async () => {
      const schedule = await api.scheduleOf(residentId, nurse, 'periodic_exam');
      const res = await api.amend(
        nurse,
        original.id,
        exam({ weightKg: 52.2, amendmentReason: 'Nhập nhầm cân nặng' }),
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        residentId,
        amendsId: original.id,
        amendmentReason: 'Nhập nhầm cân nặng',
        weightKg: 52.2,
        scheduleId: original.scheduleId,
      });
      expect(res.body.id).not.toBe(original.id);
      const list = (await api.checks(nurse, residentId)).body as CheckBody[];
      expect(list).toHaveLength(2);
      const kept = list.find((c) => c.id === original.id);
      expect(kept).toMatchObject({
        weightKg: 25.2,
        amendsId: null,
        amendmentReason: null,
        version: original.version,
      });
      // an amendment is not a second exam: the schedule does not move again
      expect(await api.scheduleOf(residentId, nurse, 'periodic_exam')).toEqual(schedule);
      const audit = await t.dataSource.query<{ entity_id: string }[]>(
        `SELECT entity_id FROM audit_log WHERE entity = 'health_check' AND action = 'update'`,
      );
      expect(audit.map((a) => a.entity_id)).toEqual([original.id]);
    });

    it('refuses an amendment without a reason or with bad values', async () => {
      const before = await count(t.dataSource, 'health_check');
      const noReason = await api.amend(nurse, original.id, exam());
      expectProblem(noReason, 400);
      expect(fieldsOf(noReason)).toEqual(['amendmentReason']);
      const hot = await api.amend(
        nurse,
        original.id,
        exam({ temperatureC: 50, amendmentReason: 'x' }),
      );
      expectProblem(hot, 400);
      expect(fieldsOf(hot)).toEqual(['temperatureC']);
      expect(await count(t.dataSource, 'health_check')).toBe(before);
    });

    it('answers 404 to another facility and for an unknown exam, 403 to a caretaker', async () => {
      const before = await count(t.dataSource, 'health_check');
      const body = exam({ amendmentReason: 'x' });
      expectProblem(await api.amend(nurseB, original.id, body), 404);
      expectProblem(await api.amend(nurse, NOBODY, body), 404);
      expectProblem(await api.amend(carer, original.id, body), 403);
      expect(await count(t.dataSource, 'health_check')).toBe(before);
    });
  });

  describe('POST /residents/:id/vaccinations', () => {
    let infant: string;
    let born: string;
    beforeAll(async () => {
      // Admitted at birth: the plan's own dates, the oldest of them overdue.
      born = addDays(today(), -130);
      infant = (
        await api.admitted(admin, infantBody(born, { admittedOn: born, decisionDate: born }))
      ).id;
    });

    const dose = (vaccineCode: string, doseNo: number, givenOn: string) => ({
      vaccineCode,
      doseNo,
      givenOn,
      lot: 'QV-2026-118',
      place: 'Trạm y tế phường Phố Hiến',
      givenBy: 'YS. Đỗ Thị Lan',
    });

    async function refused(
      body: Record<string, unknown>,
      status: number,
      token = nurse,
      rid = infant,
    ) {
      const before = {
        vaccinations: await count(t.dataSource, 'vaccination'),
        schedules: JSON.stringify(await api.schedulesOf(infant, admin)),
      };
      const res = await api.vaccinate(token, rid, body);
      expectProblem(res, status);
      expect(await count(t.dataSource, 'vaccination')).toBe(before.vaccinations);
      expect(JSON.stringify(await api.schedulesOf(infant, admin))).toBe(before.schedules);
      return res;
    }

    it('records a dose and closes its planned dose schedule (and its alert); it leaves the overdue list', async () => {
      const bcg = await api.scheduleOf(infant, nurse, 'vaccination', {
        vaccineCode: 'BCG',
        doseNo: 1,
      });
      expect(bcg).toMatchObject({ active: true, nextDueOn: born });
      expect(await overdueIds()).toContain(bcg.id);
      await runOverdue(t.app);
      const raised = await alertsOf(t, bcg.id);
      expect(raised.map((a) => [a.kind, a.status])).toEqual([['vaccination_overdue', 'open']]);

      const givenOn = addDays(born, 3);
      const res = await api.vaccinate(nurse, infant, dose('BCG', 1, givenOn));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        residentId: infant,
        vaccineCode: 'BCG',
        doseNo: 1,
        givenOn,
        lot: 'QV-2026-118',
        scheduleId: bcg.id,
      });
      expect(
        await api.scheduleOf(infant, nurse, 'vaccination', { vaccineCode: 'BCG', doseNo: 1 }),
      ).toMatchObject({ active: false, lastDoneOn: givenOn, nextDueOn: null });
      expect((await alertsOf(t, bcg.id)).map((a) => a.status)).toEqual(['closed']);
      expect(await overdueIds()).not.toContain(bcg.id);
      // the other planned doses are untouched
      expect(
        await api.scheduleOf(infant, nurse, 'vaccination', {
          vaccineCode: 'HEPB_BIRTH',
          doseNo: 1,
        }),
      ).toMatchObject({ active: true, lastDoneOn: null });
    });

    it('refuses the same dose twice with 409', async () => {
      await refused(dose('BCG', 1, addDays(born, 5)), 409);
    });

    it('refuses dose 3 before dose 2, and dose 2 without dose 1 (409)', async () => {
      await refused(dose('DPT_HEPB_HIB', 2, addDays(born, 62)), 409);
      const first = await api.vaccinate(nurse, infant, dose('DPT_HEPB_HIB', 1, addDays(born, 60)));
      expect(first.status).toBe(201);
      await refused(dose('DPT_HEPB_HIB', 3, addDays(born, 95)), 409);
    });

    it('refuses dose 2 on or before the day of dose 1 (409), then takes it after', async () => {
      await refused(dose('DPT_HEPB_HIB', 2, addDays(born, 60)), 409);
      await refused(dose('DPT_HEPB_HIB', 2, addDays(born, 59)), 409);
      const second = await api.vaccinate(nurse, infant, dose('DPT_HEPB_HIB', 2, addDays(born, 90)));
      expect(second.status).toBe(201);
      const third = await api.vaccinate(nurse, infant, dose('DPT_HEPB_HIB', 3, addDays(born, 120)));
      expect(third.status).toBe(201);
      const schedules = await api.schedulesOf(infant, nurse);
      expect(
        schedules
          .filter((s: ScheduleBody) => s.vaccineCode === 'DPT_HEPB_HIB')
          .map((s) => [s.doseNo, s.active])
          .sort(),
      ).toEqual([
        [1, false],
        [2, false],
        [3, false],
      ]);
      const list = await api.vaccinations(nurse, infant);
      expect(list.status).toBe(200);
      expect(
        (list.body as { vaccineCode: string; doseNo: number }[]).map(
          (v) => `${v.vaccineCode}/${v.doseNo}`,
        ),
      ).toEqual(['BCG/1', 'DPT_HEPB_HIB/1', 'DPT_HEPB_HIB/2', 'DPT_HEPB_HIB/3']);
    });

    it('refuses a vaccine code not in the plan, and a dose the plan does not have (400)', async () => {
      const unknown = await refused(dose('XYZ', 1, today()), 400);
      expect(errorOf(unknown, 'vaccineCode')?.code).toBe('unknownCode');
      const lower = await refused(dose('bcg', 1, today()), 400);
      expect(fieldsOf(lower)).toEqual(['vaccineCode']);
      const fourth = await refused(dose('DPT_HEPB_HIB', 4, today()), 400);
      expect(errorOf(fourth, 'doseNo')?.code).toBe('unknownDose');
      expect(fieldsOf(await refused(dose('OPV', 0, today()), 400))).toEqual(['doseNo']);
    });

    it('refuses a future date and a date before birth (400)', async () => {
      const future = await refused(dose('OPV', 1, tomorrow()), 400);
      expect(errorOf(future, 'givenOn')?.code).toBe('futureDate');
      const early = await refused(dose('OPV', 1, addDays(born, -1)), 400);
      expect(errorOf(early, 'givenOn')?.code).toBe('beforeBirth');
    });

    it('is for the nurse: 403 to caretaker and admin, 404 for another facility', async () => {
      const body = dose('HEPB_BIRTH', 1, born);
      await refused(body, 403, carer);
      await refused(body, 403, admin);
      await refused(body, 404, nurseB);
      const before = await count(t.dataSource, 'vaccination');
      expectProblem(await api.vaccinate(nurse, residentB, body), 404);
      expect(await count(t.dataSource, 'vaccination')).toBe(before);
      expectProblem(await api.vaccinations(nurse, residentB), 404);
      expectProblem(await api.vaccinations(carer, infant), 403);
    });

    it('refuses a dose below the plan’s minimum age, too soon after the previous one, or too late (400)', async () => {
      // Measles from 9 months (270 days): the infant is 130 days old.
      const measles = await refused(dose('MEASLES', 1, today()), 400);
      expect(errorOf(measles, 'givenOn')?.code).toBe('belowMinAge');
      expect(errorOf(measles, 'givenOn')?.message).toMatch(/270/);
      // OPV 1 at 60 days, OPV 2 needs 28 days more.
      expect((await api.vaccinate(nurse, infant, dose('OPV', 1, addDays(born, 60)))).status).toBe(
        201,
      );
      const soon = await refused(dose('OPV', 2, addDays(born, 80)), 400);
      expect(errorOf(soon, 'givenOn')?.code).toBe('intervalTooShort');
      // The hepatitis B birth dose is for the first 7 days.
      const late = await refused(dose('HEPB_BIRTH', 1, addDays(born, 30)), 400);
      expect(errorOf(late, 'givenOn')?.code).toBe('tooLate');
      expect(
        (await api.vaccinate(nurse, infant, dose('HEPB_BIRTH', 1, addDays(born, 1)))).status,
      ).toBe(201);
    });

    it('records a dose given before admission for a resident without planned doses', async () => {
      const older = (await api.admitted(admin, elderlyBody())).id;
      const res = await api.vaccinate(nurse, older, dose('TD', 1, addDays(today(), -400)));
      expect(res.status).toBe(201);
      expect(res.body.scheduleId).toBeNull();
    });
  });
});
