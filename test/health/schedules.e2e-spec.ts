import { addDays, addMonths } from '../../src/calendar/dates';
import { residentsApi, today, fieldsOf, errorOf } from '../residents/resident-fixtures';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';
import {
  elderlyBody,
  healthApi,
  infantBody,
  ScheduleBody,
  setDue,
  WorklistItemBody,
} from './health-fixtures';

interface PlanDose {
  vaccineCode: string;
  doseNo: number;
  dueAgeDays: number;
}

interface WorklistPage {
  items: WorklistItemBody[];
  nextCursor: string | null;
}

describe('health schedules and the worklist', () => {
  let t: TestApp;
  let api: ReturnType<typeof healthApi>;
  let admin: string;
  let nurse: string;
  let carer: string;
  let social: string;
  let admin2: string;
  let planCodes: PlanDose[];

  beforeAll(async () => {
    t = await startTestApp();
    api = healthApi(t);
    admin = await t.token('admin');
    nurse = await t.token('nurse');
    carer = await t.token('carer');
    social = await t.token('social');
    admin2 = await t.token('admin2');
    planCodes = await t.dataSource.query<PlanDose[]>(
      `SELECT vaccine_code AS "vaccineCode", dose_no AS "doseNo", due_age_days AS "dueAgeDays"
         FROM vaccine_plan_dose WHERE plan_version = 'EPI-TT10-2024'`,
    );
  });
  afterAll(() => t.close());

  const byKind = (rows: ScheduleBody[], kind: string) => rows.filter((s) => s.kind === kind);

  describe('defaults at admission', () => {
    it('gives everybody a 6-monthly and a yearly check-up counted from the admission date', async () => {
      // The 31st: six months later is the last day of February (calendar months, clamped).
      const admittedOn = '2026-08-31';
      const r = await api.admitted(admin, elderlyBody({ admittedOn, decisionDate: admittedOn }));
      const rows = await api.schedulesOf(r.id, nurse);
      expect(rows.map((s) => s.kind).sort()).toEqual(['annual_exam', 'periodic_exam']);
      expect(byKind(rows, 'periodic_exam')[0]).toMatchObject({
        residentId: r.id,
        intervalMonths: 6,
        intervalDays: null,
        fixedDueOn: null,
        nextDueOn: '2027-02-28',
        lastDoneOn: null,
        graceDays: 0,
        active: true,
      });
      expect(byKind(rows, 'annual_exam')[0]).toMatchObject({
        intervalMonths: 12,
        nextDueOn: '2027-08-31',
        active: true,
      });
    });

    it('adds HIV monitoring for a resident with HIV, and only for them', async () => {
      const positive = await api.admitted(
        admin,
        elderlyBody({ sensitive: { hivStatus: 'positive' } }),
      );
      const negative = await api.admitted(
        admin,
        elderlyBody({ sensitive: { hivStatus: 'negative' } }),
      );
      const hiv = byKind(await api.schedulesOf(positive.id, nurse), 'hiv_monitoring');
      expect(hiv).toHaveLength(1);
      expect(hiv[0]).toMatchObject({ intervalMonths: 6, active: true });
      expect(hiv[0]?.nextDueOn && hiv[0].nextDueOn > today()).toBe(true);
      expect(byKind(await api.schedulesOf(negative.id, nurse), 'hiv_monitoring')).toHaveLength(0);
    });

    it('gives a child admitted at birth one vaccination schedule per planned dose, due at birth + the planned age', async () => {
      const born = addDays(today(), -100);
      const r = await api.admitted(
        admin,
        infantBody(born, { admittedOn: born, decisionDate: born }),
      );
      const rows = await api.schedulesOf(r.id, nurse);
      const vaccinations = byKind(rows, 'vaccination');
      expect(planCodes.length).toBe(16);
      expect(vaccinations).toHaveLength(planCodes.length);
      const got = vaccinations
        .map((s) => `${s.vaccineCode}/${s.doseNo}/${s.fixedDueOn}/${s.nextDueOn}/${s.active}`)
        .sort();
      const want = planCodes
        .map((d) => {
          const due = addDays(born, d.dueAgeDays);
          return `${d.vaccineCode}/${d.doseNo}/${due}/${due}/true`;
        })
        .sort();
      expect(got).toEqual(want);
      expect(vaccinations.every((s) => s.intervalMonths === null && s.intervalDays === null)).toBe(
        true,
      );
      // and the check-ups like everybody
      expect(byKind(rows, 'periodic_exam')).toHaveLength(1);
      expect(byKind(rows, 'annual_exam')).toHaveLength(1);
    });

    it('plans catch-up for a late admission: no dose past its limit, overdue doses from admission, spaced by the intervals', async () => {
      const admittedOn = today();
      const born = addMonths(admittedOn, -36);
      const r = await api.admitted(admin, infantBody(born, { admittedOn }));
      const got = byKind(await api.schedulesOf(r.id, nurse), 'vaccination')
        .map((s) => `${s.vaccineCode}/${s.doseNo}/${s.nextDueOn}`)
        .sort();
      // Birth doses, BCG (first year) and the pentavalent (first year) can no longer be given.
      expect(got.some((g) => /^(HEPB_BIRTH|BCG|DPT_HEPB_HIB)\//.test(g))).toBe(false);
      expect(got).toEqual(
        [
          `IPV/1/${admittedOn}`,
          `JE/1/${admittedOn}`,
          `JE/2/${addDays(admittedOn, 7)}`,
          `JE/3/${addDays(admittedOn, 7 + 365)}`,
          `MEASLES/1/${admittedOn}`,
          `MR/1/${admittedOn}`,
          `DPT_BOOSTER/1/${admittedOn}`,
          `OPV/1/${admittedOn}`,
          `OPV/2/${addDays(admittedOn, 28)}`,
          `OPV/3/${addDays(admittedOn, 56)}`,
          `TD/1/${addDays(born, 2557)}`,
        ].sort(),
      );
    });

    it('draws the line at the 7th birthday', async () => {
      const admittedOn = today();
      const seven = await api.admitted(
        admin,
        infantBody(addMonths(admittedOn, -84), { admittedOn }),
      );
      const almostSeven = await api.admitted(
        admin,
        infantBody(addDays(addMonths(admittedOn, -84), 1), { admittedOn }),
      );
      expect(byKind(await api.schedulesOf(seven.id, nurse), 'vaccination')).toHaveLength(0);
      // Only what can still be given at almost 7: the JE and OPV series, IPV, MR, the boosters.
      expect(
        byKind(await api.schedulesOf(almostSeven.id, nurse), 'vaccination').length,
      ).toBeGreaterThan(0);
    });
  });

  describe('GET /residents/:id/health-schedules', () => {
    let residentId: string;
    let residentB: string;
    beforeAll(async () => {
      residentId = (await api.admitted(admin, elderlyBody())).id;
      residentB = (await api.admitted(admin2, elderlyBody())).id;
    });

    it('answers nurse and admin', async () => {
      for (const token of [nurse, admin]) {
        const res = await api.schedules(token, residentId);
        expect(res.status).toBe(200);
        expect(res.body).toHaveLength(2);
      }
    });

    it('refuses caretaker and social worker with 403', async () => {
      for (const token of [carer, social])
        expectProblem(await api.schedules(token, residentId), 403);
    });

    it('answers 404 for a resident of another facility or nobody', async () => {
      expectProblem(await api.schedules(nurse, residentB), 404);
      expectProblem(await api.schedules(admin2, residentId), 404);
      expectProblem(await api.schedules(nurse, '6f1c1b9e-7a52-4c1e-9d7e-0d8a8e0b1c2d'), 404);
    });
  });

  describe('POST /residents/:id/health-schedules', () => {
    let residentId: string;
    beforeAll(async () => {
      residentId = (await api.admitted(admin, elderlyBody())).id;
    });

    async function refused(body: Record<string, unknown>, status = 400, token = nurse) {
      const before = await count(t.dataSource, 'health_schedule');
      const res = await api.createSchedule(token, residentId, body);
      expectProblem(res, status);
      expect(await count(t.dataSource, 'health_schedule')).toBe(before);
      return res;
    }

    it('creates a recurring task and audits it', async () => {
      const nextDueOn = addDays(today(), 30);
      const res = await api.createSchedule(nurse, residentId, {
        kind: 'dental',
        intervalMonths: 12,
        nextDueOn,
        lastDoneOn: addMonths(nextDueOn, -12),
        graceDays: 7,
        note: 'Khám răng hằng năm',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        residentId,
        kind: 'dental',
        intervalMonths: 12,
        intervalDays: null,
        nextDueOn,
        graceDays: 7,
        active: true,
        version: 1,
      });
      const rows = await api.schedulesOf(residentId, nurse);
      expect(rows.map((s) => s.id)).toContain(res.body.id);
      const audit = await t.dataSource.query<{ action: string }[]>(
        `SELECT action FROM audit_log WHERE entity = 'health_schedule' AND entity_id = $1`,
        [res.body.id],
      );
      expect(audit.map((a) => a.action)).toEqual(['create']);
    });

    it('lets an admin create one too', async () => {
      const res = await api.createSchedule(admin, residentId, {
        kind: 'eye',
        intervalDays: 180,
        nextDueOn: addDays(today(), 10),
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ kind: 'eye', intervalDays: 180, intervalMonths: null });
    });

    it('refuses a next due date before the last done date', async () => {
      const res = await refused({
        kind: 'dental',
        intervalMonths: 6,
        lastDoneOn: today(),
        nextDueOn: addDays(today(), -1),
      });
      expect(errorOf(res, 'nextDueOn')?.code).toBe('beforeLastDone');
    });

    it.each([
      ['intervalMonths', 0],
      ['intervalMonths', -6],
      ['intervalDays', 0],
      ['intervalDays', -30],
    ])('refuses %s = %d', async (field, value) => {
      const res = await refused({ kind: 'dental', [field]: value, nextDueOn: today() });
      expect(fieldsOf(res)).toEqual([field]);
      expect(errorOf(res, field)?.code).toBe('min');
    });

    it('refuses a task with neither interval nor fixed date, and one with both intervals', async () => {
      const none = await refused({ kind: 'other', nextDueOn: today() });
      expect(errorOf(none, 'intervalMonths')?.code).toBe('isDefined');
      const both = await refused({
        kind: 'other',
        intervalMonths: 6,
        intervalDays: 30,
        nextDueOn: today(),
      });
      expect(errorOf(both, 'intervalDays')?.code).toBe('oneInterval');
    });

    it('refuses vaccination schedules (they come from the plan), bad dates, grace and unknown fields', async () => {
      const vac = await refused({ kind: 'vaccination', fixedDueOn: today(), nextDueOn: today() });
      expect(errorOf(vac, 'kind')?.code).toBe('useVaccinations');
      expect(
        fieldsOf(await refused({ kind: 'dental', intervalMonths: 6, nextDueOn: '2026-02-30' })),
      ).toEqual(['nextDueOn']);
      expect(fieldsOf(await refused({ kind: 'dental', intervalMonths: 6 }))).toEqual(['nextDueOn']);
      expect(
        fieldsOf(
          await refused({ kind: 'dental', intervalMonths: 6, nextDueOn: today(), graceDays: -1 }),
        ),
      ).toEqual(['graceDays']);
      expect(
        fieldsOf(await refused({ kind: 'tarot', intervalMonths: 6, nextDueOn: today() })),
      ).toEqual(['kind']);
      expect(
        fieldsOf(
          await refused({ kind: 'dental', intervalMonths: 6, nextDueOn: today(), active: false }),
        ),
      ).toEqual(['active']);
    });

    it('refuses a caretaker (403) and a resident of another facility (404)', async () => {
      const body = { kind: 'dental', intervalMonths: 6, nextDueOn: today() };
      await refused(body, 403, carer);
      await refused(body, 403, social);
      const before = await count(t.dataSource, 'health_schedule');
      expectProblem(await api.createSchedule(admin2, residentId, body), 404);
      expect(await count(t.dataSource, 'health_schedule')).toBe(before);
    });
  });

  describe('PATCH /health-schedules/:id', () => {
    let residentId: string;
    let schedule: ScheduleBody;
    beforeAll(async () => {
      residentId = (await api.admitted(admin, elderlyBody())).id;
    });
    beforeEach(async () => {
      schedule = await api.scheduleOf(residentId, nurse, 'periodic_exam');
    });

    async function unchanged() {
      const now = await api.scheduleOf(residentId, nurse, 'periodic_exam');
      expect(now).toEqual(schedule);
    }

    it('updates with the current version, bumps it and audits the change', async () => {
      const nextDueOn = addDays(schedule.nextDueOn ?? today(), 3);
      const res = await api.patchSchedule(
        nurse,
        schedule.id,
        { nextDueOn, graceDays: 5 },
        `"${schedule.version}"`,
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: schedule.id,
        nextDueOn,
        graceDays: 5,
        intervalMonths: 6,
        version: schedule.version + 1,
      });
      const audit = await t.dataSource.query<{ changes: Record<string, unknown> }[]>(
        `SELECT changes FROM audit_log WHERE entity = 'health_schedule' AND entity_id = $1 AND action = 'update'`,
        [schedule.id],
      );
      expect(audit).toHaveLength(1);
      expect(Object.keys(audit[0]?.changes ?? {})).toEqual(
        expect.arrayContaining(['nextDueOn', 'graceDays']),
      );
    });

    it('changes one field and leaves the others (a note alone)', async () => {
      const res = await api.patchSchedule(
        nurse,
        schedule.id,
        { note: 'Hẹn bác sĩ trạm y tế' },
        `"${schedule.version}"`,
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        note: 'Hẹn bác sĩ trạm y tế',
        intervalMonths: schedule.intervalMonths,
        nextDueOn: schedule.nextDueOn,
        graceDays: schedule.graceDays,
        active: true,
      });
    });

    it('switches from months to days when the months are cleared', async () => {
      const res = await api.patchSchedule(
        admin,
        schedule.id,
        { intervalMonths: null, intervalDays: 180 },
        `"${schedule.version}"`,
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ intervalMonths: null, intervalDays: 180 });
      // and back, for the tests after this one
      const back = await api.patchSchedule(
        admin,
        schedule.id,
        { intervalMonths: 6, intervalDays: null },
        `"${res.body.version}"`,
      );
      expect(back.status).toBe(200);
      expect(back.body).toMatchObject({ intervalMonths: 6, intervalDays: null });
    });

    it('refuses a stale If-Match with 412 and a missing one with 428', async () => {
      expectProblem(
        await api.patchSchedule(nurse, schedule.id, { graceDays: 9 }, `"${schedule.version - 1}"`),
        412,
      );
      expectProblem(
        await api.patchSchedule(nurse, schedule.id, { graceDays: 9 }, `"${schedule.version + 1}"`),
        412,
      );
      expectProblem(await api.patchSchedule(nurse, schedule.id, { graceDays: 9 }), 428);
      await unchanged();
    });

    it('refuses an interval of 0 or less', async () => {
      for (const body of [{ intervalMonths: 0 }, { intervalMonths: -1 }, { intervalDays: 0 }]) {
        const res = await api.patchSchedule(nurse, schedule.id, body, `"${schedule.version}"`);
        expectProblem(res, 400);
        expect(fieldsOf(res)).toEqual(Object.keys(body));
      }
      await unchanged();
    });

    it('refuses leaving the schedule without any interval, or with both', async () => {
      const none = await api.patchSchedule(
        nurse,
        schedule.id,
        { intervalMonths: null },
        `"${schedule.version}"`,
      );
      expectProblem(none, 400);
      expect(errorOf(none, 'intervalMonths')?.code).toBe('isDefined');
      const both = await api.patchSchedule(
        nurse,
        schedule.id,
        { intervalDays: 30 },
        `"${schedule.version}"`,
      );
      expectProblem(both, 400);
      expect(errorOf(both, 'intervalDays')?.code).toBe('oneInterval');
      await unchanged();
    });

    it('refuses a next due date before the last done date (given, or already recorded)', async () => {
      const res = await api.patchSchedule(
        nurse,
        schedule.id,
        { lastDoneOn: today(), nextDueOn: addDays(today(), -1) },
        `"${schedule.version}"`,
      );
      expectProblem(res, 400);
      expect(errorOf(res, 'nextDueOn')?.code).toBe('beforeLastDone');
      await unchanged();

      await t.dataSource.query(`UPDATE health_schedule SET last_done_on = $2 WHERE id = $1`, [
        schedule.id,
        today(),
      ]);
      const later = await api.scheduleOf(residentId, nurse, 'periodic_exam');
      const res2 = await api.patchSchedule(
        nurse,
        schedule.id,
        { nextDueOn: addDays(today(), -3) },
        `"${later.version}"`,
      );
      expectProblem(res2, 400);
      expect(errorOf(res2, 'nextDueOn')?.code).toBe('beforeLastDone');
      await t.dataSource.query(`UPDATE health_schedule SET last_done_on = NULL WHERE id = $1`, [
        schedule.id,
      ]);
    });

    it('refuses null for fields that cannot be cleared, and unknown fields', async () => {
      for (const body of [{ nextDueOn: null }, { active: null }, { kind: 'dental' }]) {
        const res = await api.patchSchedule(nurse, schedule.id, body, `"${schedule.version}"`);
        expectProblem(res, 400);
        expect(fieldsOf(res)).toEqual(Object.keys(body));
      }
      await unchanged();
    });

    it('answers 403 to a caretaker and 404 to another facility', async () => {
      expectProblem(
        await api.patchSchedule(carer, schedule.id, { graceDays: 1 }, `"${schedule.version}"`),
        403,
      );
      expectProblem(
        await api.patchSchedule(admin2, schedule.id, { graceDays: 1 }, `"${schedule.version}"`),
        404,
      );
      await unchanged();
    });
  });

  describe('GET /health-worklist', () => {
    const T = () => today();
    let mine: Set<string>;
    let ids: Record<string, string>;
    let roomResident: string;
    let other: string;

    async function listAll(query: Record<string, string | number>, token = nurse) {
      const res = await api.worklist(token, query);
      expect(res.status).toBe(200);
      return res.body as WorklistPage;
    }
    const onlyMine = (page: WorklistPage) => page.items.filter((i) => mine.has(i.scheduleId));

    beforeAll(async () => {
      // Everything admitted before this block has its check-ups months ahead, and the infants'
      // vaccinations are overdue: the assertions below look at this block's schedules.
      const rooms = await residentsApi(t).rooms(admin);
      const b101 = rooms.get('B101');
      if (!b101) throw new Error('no room B101');
      const r1 = (await api.admitted(admin, elderlyBody())).id;
      const r2 = (await api.admitted(admin, elderlyBody())).id;
      roomResident = (await api.admitted(admin, elderlyBody({ roomId: b101.id }))).id;
      other = (await api.admitted(admin2, elderlyBody())).id;
      const s = async (rid: string, kind: string) => (await api.scheduleOf(rid, nurse, kind)).id;
      ids = {
        late10: await s(r1, 'periodic_exam'),
        late1: await s(r1, 'annual_exam'),
        graceInside: await s(r2, 'periodic_exam'),
        dueToday: await s(r2, 'annual_exam'),
        in14: await s(roomResident, 'periodic_exam'),
        in15: await s(roomResident, 'annual_exam'),
      };
      mine = new Set(Object.values(ids));
      await setDue(t, ids.late10, addDays(T(), -10));
      await setDue(t, ids.late1, addDays(T(), -1));
      await setDue(t, ids.graceInside, addDays(T(), -3), 3);
      await setDue(t, ids.dueToday, T());
      await setDue(t, ids.in14, addDays(T(), 14));
      await setDue(t, ids.in15, addDays(T(), 15));
      // Facility B's overdue check-up must never show in A's list.
      await setDue(t, (await api.scheduleOf(other, admin2, 'periodic_exam')).id, addDays(T(), -20));
    });

    it('lists overdue items (past due and grace), most overdue first, by default', async () => {
      const page = await listAll({});
      expect(onlyMine(page).map((i) => [i.scheduleId, i.daysOverdue, i.status])).toEqual([
        [ids.late10, 10, 'overdue'],
        [ids.late1, 1, 'overdue'],
      ]);
      const first = onlyMine(page)[0];
      expect(first).toMatchObject({ kind: 'periodic_exam', nextDueOn: addDays(T(), -10) });
      expect(first?.residentCode).toEqual(expect.any(String));
      expect(first?.residentName).toEqual(expect.any(String));
      // the whole list (other tests' infants included) is sorted by how overdue
      const days = page.items.map((i) => i.daysOverdue);
      expect(days).toEqual([...days].sort((a, b) => b - a));
      expect(page.items.every((i) => i.daysOverdue > 0 && i.status === 'overdue')).toBe(true);
      expect(await listAll({ status: 'overdue' })).toEqual(page);
    });

    it("names a vaccination task by the national schedule's vaccine name, any other task by none", async () => {
      const page = await listAll({ status: 'overdue', kind: 'vaccination', limit: 100 });
      expect(page.items.length).toBeGreaterThan(0);
      const names = new Map(
        (
          await t.dataSource.query<{ code: string; name: string }[]>(
            `SELECT DISTINCT vaccine_code AS code, vaccine_name AS name FROM vaccine_plan_dose`,
          )
        ).map((r) => [r.code, r.name]),
      );
      for (const item of page.items) {
        expect(item.vaccineCode).not.toBeNull();
        expect(item.vaccineName).toBe(names.get(item.vaccineCode ?? ''));
      }
      expect(page.items.map((i) => i.vaccineName)).toContain(
        'Bạch hầu - Ho gà - Uốn ván - Viêm gan B - Hib',
      );
      const exams = onlyMine(await listAll({}));
      expect(exams.length).toBeGreaterThan(0);
      expect(exams.every((i) => i.vaccineName === null)).toBe(true);
    });

    it('lists due items: due today or within the grace days', async () => {
      const page = await listAll({ status: 'due' });
      expect(
        onlyMine(page)
          .map((i) => [i.scheduleId, i.daysOverdue])
          .sort(),
      ).toEqual(
        [
          [ids.graceInside, 3],
          [ids.dueToday, 0],
        ].sort(),
      );
      expect(page.items[0]?.scheduleId).toBe(ids.graceInside);
    });

    it('lists upcoming items: the next 14 days, not the 15th', async () => {
      const page = await listAll({ status: 'upcoming' });
      expect(onlyMine(page).map((i) => [i.scheduleId, i.daysOverdue])).toEqual([[ids.in14, -14]]);
    });

    it('filters by kind and by room', async () => {
      const annual = await listAll({ status: 'overdue', kind: 'annual_exam' });
      expect(annual.items.map((i) => i.scheduleId)).toEqual([ids.late1]);
      const room = await listAll({ status: 'upcoming', room: 'B101' });
      expect(room.items.map((i) => [i.scheduleId, i.roomCode])).toEqual([[ids.in14, 'B101']]);
      expect((await listAll({ status: 'upcoming', room: 'A101' })).items).toEqual([]);
      expect((await listAll({ status: 'overdue', room: 'ZZ999' })).items).toEqual([]);
    });

    it('shows another facility only its own items', async () => {
      const page = await listAll({ status: 'overdue' }, admin2);
      expect(page.items).toHaveLength(1);
      expect(page.items[0]?.residentId).toBe(other);
      expect(page.items.some((i) => mine.has(i.scheduleId))).toBe(false);
    });

    it('drops an inactive schedule', async () => {
      const s = await api.scheduleOf(roomResident, nurse, 'annual_exam');
      await setDue(t, s.id, addDays(T(), -2));
      expect((await listAll({ kind: 'annual_exam' })).items.map((i) => i.scheduleId)).toContain(
        s.id,
      );
      const res = await api.patchSchedule(nurse, s.id, { active: false }, `"${s.version}"`);
      expect(res.status).toBe(200);
      expect((await listAll({ kind: 'annual_exam' })).items.map((i) => i.scheduleId)).not.toContain(
        s.id,
      );
    });

    it('pages with a cursor: every item once, in the same order', async () => {
      const whole = await listAll({ status: 'overdue', limit: 200 });
      expect(whole.nextCursor).toBeNull();
      expect(whole.items.length).toBeGreaterThan(3);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: Record<string, string | number> = { status: 'overdue', limit: 2 };
        if (cursor) query.cursor = cursor;
        const page = await listAll(query);
        expect(page.items.length).toBeLessThanOrEqual(2);
        if (page.nextCursor !== null) expect(page.items).toHaveLength(2);
        seen.push(...page.items.map((i) => i.scheduleId));
        cursor = page.nextCursor;
        pages += 1;
        if (pages > 100) throw new Error('pagination does not end');
      } while (cursor);
      expect(seen).toEqual(whole.items.map((i) => i.scheduleId));
      expect(pages).toBe(Math.ceil(whole.items.length / 2));
    });

    it('refuses bad queries with 400', async () => {
      const queries: Record<string, string | number>[] = [
        { status: 'late' },
        { kind: 'tarot' },
        { limit: 0 },
        { limit: 201 },
        { cursor: 'not-a-cursor' },
        { cursor: Buffer.from('["x","y"]').toString('base64url') },
      ];
      for (const query of queries) {
        const res = await api.worklist(nurse, query);
        expectProblem(res, 400);
        expect(fieldsOf(res)).toEqual(Object.keys(query));
      }
    });

    it('is for nurse and admin only', async () => {
      expect((await api.worklist(admin)).status).toBe(200);
      expectProblem(await api.worklist(carer), 403);
      expectProblem(await api.worklist(social), 403);
      const officer = await t.token('officer');
      expectProblem(await api.worklist(officer), 403);
    });
  });
});
