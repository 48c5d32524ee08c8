import { Role } from '../../src/identity/role';
import { weekStart } from '../../src/daily-care/care-rules';
import { requiredCarers } from '../../src/staffing/staffing.enums';
import { runStaffingCheck } from '../../src/staffing/staffing-alerts.job';
import { auth, observation } from '../daily-care/care-fixtures';
import { scheduledBody, medicationApi } from '../medication/medication-fixtures';
import { errorOf, fieldsOf, today } from '../residents/resident-fixtures';
import { insertUser } from '../security/security-app';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';

interface Assignment {
  userId: string;
  date: string;
  shift: string;
  roomIds: string[];
  cover?: boolean;
}

describe('staffing: the weekly rota, rooms of a round, the TT 33/2017 ratios', () => {
  let t: TestApp;
  let api: ReturnType<typeof medicationApi>;
  let admin: string;
  let nurse: string;
  let carer: string;
  let social: string;
  let ids: Record<string, string>;
  const week = weekStart(today());
  let roomA: string;
  let roomB: string;

  const getRota = (token: string, query: Record<string, string> = {}) =>
    t.http().get('/api/v1/staff-assignments').query(query).set(auth(token));
  const putRota = (token: string, body: unknown, ifMatch?: string, query = { week }) => {
    const req = t.http().put('/api/v1/staff-assignments').query(query).set(auth(token));
    if (ifMatch !== undefined) req.set('If-Match', ifMatch);
    return req.send(body as object);
  };
  const staffing = (token: string, query: Record<string, string> = {}) =>
    t.http().get('/api/v1/staffing').query(query).set(auth(token));

  beforeAll(async () => {
    t = await startTestApp();
    api = medicationApi(t);
    [admin, nurse, carer, social] = await Promise.all([
      t.token('admin'),
      t.token('nurse'),
      t.token('carer'),
      t.token('social'),
    ]);
    for (let i = 1; i <= 7; i++)
      await insertUser(t, `carer${i}`, Role.Caretaker, t.facilityA.id, null);
    const users = await t.dataSource.query<{ id: string; username: string }[]>(
      `SELECT id, username FROM app_user WHERE facility_id = $1`,
      [t.facilityA.id],
    );
    ids = Object.fromEntries(users.map((u) => [u.username, u.id]));
    roomA = await api.room(admin);
    roomB = await api.room(admin);
  }, 120_000);
  afterAll(() => t.close());

  describe('the ratio of TT 33/2017 Điều 5, by hand', () => {
    // Residents of the (otherwise empty) test centre: age, and what makes them need more care.
    const TABLE: [string, string, string][] = [
      // [age SQL interval, condition, expected group]
      ['6 months', '', 'infant'],
      ['12 months', '', 'infant'],
      ...Array.from({ length: 7 }, (): [string, string, string] => ['3 years', '', 'young_child']),
      ['3 years', 'hiv', 'young_child_special'],
      ['4 years', 'disabled', 'young_child_special'],
      ...Array.from({ length: 12 }, (): [string, string, string] => ['8 years', '', 'child']),
      ...Array.from({ length: 3 }, (): [string, string, string] => [
        '10 years',
        'disabled',
        'child_special',
      ]),
      ...Array.from({ length: 5 }, (): [string, string, string] => [
        '70 years',
        '',
        'adult_self_care',
      ]),
      ...Array.from({ length: 3 }, (): [string, string, string] => [
        '80 years',
        'bedridden',
        'adult_dependent',
      ]),
      ['65 years', '24h', 'adult_dependent'],
    ];

    beforeAll(async () => {
      for (const [age, condition] of TABLE) {
        const id = (await api.residentIn(admin, null)).id;
        await t.dataSource.query(
          `UPDATE resident SET date_of_birth = current_date - $2::interval,
                  disability_kind = CASE WHEN $3 = 'disabled' THEN 'vận động' END,
                  mobility = CASE WHEN $3 = 'bedridden' THEN 'bedridden' ELSE 'independent' END,
                  needs24h_care = ($3 = '24h')
            WHERE id = $1`,
          [id, age, condition],
        );
        if (condition === 'hiv')
          await t.dataSource.query(
            `INSERT INTO resident_sensitive (resident_id, facility_id, hiv_status, version) VALUES ($1, $2, 'positive', 1)
             ON CONFLICT (resident_id) DO UPDATE SET hiv_status = 'positive'`,
            [id, t.facilityA.id],
          );
        // The status as the history holds it (written by the service with every change).
        if (condition === 'hiv')
          await t.dataSource.query(
            `UPDATE resident_fact SET hiv_status = 'positive' WHERE resident_id = $1`,
            [id],
          );
      }
    }, 120_000);

    it('counts the residents into the groups and requires the carers computed by hand', async () => {
      const res = await staffing(admin);
      expect(res.status).toBe(200);
      const groups = Object.fromEntries(
        (res.body.groups as { group: string; residents: number }[]).map((g) => [
          g.group,
          g.residents,
        ]),
      );
      const expected: Record<string, number> = {};
      for (const [, , group] of TABLE) expected[group] = (expected[group] ?? 0) + 1;
      expect(groups).toEqual({
        infant: 2,
        young_child: 7,
        young_child_special: 2,
        child: 12,
        child_special: 3,
        adult_self_care: 5,
        adult_dependent: 4,
      });
      expect(groups).toEqual(expected);
      // 2/1 + 7/6 + 2/4 + 12/10 + 3/5 + 5/10 + 4/4 = 6.97 → 7 carers in every shift.
      expect(requiredCarers(expected)).toBe(7);
      expect(res.body).toMatchObject({
        residents: 35,
        hasRota: false,
        socialWorkers: { required: 1, assigned: 0, short: true },
        medicalStaff: { required: 1, assigned: 0, short: true },
      });
      expect(res.body.shifts).toEqual([
        { shift: 'morning', carers: { required: 7, assigned: 0, short: true } },
        { shift: 'afternoon', carers: { required: 7, assigned: 0, short: true } },
        { shift: 'night', carers: { required: 7, assigned: 0, short: true } },
      ]);
    });

    it('is for the admin and the nurse', async () => {
      expect((await staffing(nurse)).status).toBe(200);
      expectProblem(await staffing(carer), 403);
      expectProblem(await staffing(social), 403);
    });
  });

  describe('the weekly rota', () => {
    const day = today();
    const carers = (n: number, shift: string): Assignment[] =>
      Array.from({ length: n }, (_, i) => ({
        userId: ids[`carer${i + 1}`],
        date: day,
        shift,
        roomIds: [roomB],
      }));
    let rota: Assignment[];

    it('is written a week at once by the admin; a later change names the version read', async () => {
      rota = [
        { userId: ids.carer, date: day, shift: 'morning', roomIds: [roomA] },
        { userId: ids.nurse, date: day, shift: 'morning', roomIds: [] },
        { userId: ids.social, date: day, shift: 'morning', roomIds: [] },
        ...carers(6, 'morning'),
        ...carers(7, 'afternoon'),
        ...carers(2, 'night'),
      ];
      const first = await putRota(admin, { assignments: rota });
      expect(first.status).toBe(200);
      expect(first.headers.etag).toBe('"1"');
      expect(first.body).toMatchObject({ weekStart: week, version: 1 });
      expect(first.body.assignments).toHaveLength(rota.length);
      expectProblem(await putRota(admin, { assignments: rota }), 428);
      expectProblem(await putRota(admin, { assignments: rota }, '"0"'), 412);
      const again = await putRota(admin, { assignments: rota }, '"1"');
      expect(again.status).toBe(200);
      expect(again.body.version).toBe(2);
    });

    it('shows the admin the whole week and everyone else their own shifts', async () => {
      const all = await getRota(admin, { week });
      expect(all.body.assignments).toHaveLength(rota.length);
      const own = await getRota(carer);
      expect(own.status).toBe(200);
      expect(own.body.assignments).toEqual([
        expect.objectContaining({
          userId: ids.carer,
          shift: 'morning',
          roomIds: [roomA],
          cover: false,
        }),
      ]);
      expectProblem(await putRota(carer, { assignments: [] }, '"2"'), 403);
      expectProblem(await putRota(nurse, { assignments: [] }, '"2"'), 403);
    });

    it('refuses the whole week when an assignment is wrong, naming each', async () => {
      const before = await count(t.dataSource, 'staff_assignment');
      const [other] = await t.dataSource.query<{ id: string }[]>(
        `SELECT id FROM room WHERE facility_id = $1 LIMIT 1`,
        [t.facilityB.id],
      );
      const [officer] = await t.dataSource.query<{ id: string }[]>(
        `SELECT id FROM app_user WHERE username = 'officer'`,
      );
      const res = await putRota(
        admin,
        {
          assignments: [
            { userId: ids.carer, date: '2020-01-06', shift: 'morning', roomIds: [roomA] },
            { userId: officer?.id, date: day, shift: 'morning', roomIds: [] },
            { userId: ids.carer1, date: day, shift: 'night', roomIds: [other?.id] },
            { userId: ids.carer2, date: day, shift: 'night', roomIds: [] },
            { userId: ids.carer3, date: day, shift: 'night', roomIds: [roomA] },
            { userId: ids.carer3, date: day, shift: 'night', roomIds: [roomB] },
          ],
        },
        '"2"',
      );
      expectProblem(res, 400);
      expect(fieldsOf(res).sort()).toEqual([
        'assignments.0.date',
        'assignments.1.userId',
        'assignments.2.roomIds',
        'assignments.3.roomIds',
        'assignments.5.shift',
      ]);
      expect(errorOf(res, 'assignments.3.roomIds')?.message).toMatch(/ít nhất một phòng/);
      expectProblem(await putRota(admin, { assignments: [] }, '"2"', { week: '2026-12-08' }), 400);
      expect(await count(t.dataSource, 'staff_assignment')).toBe(before);
    });

    it('shows each shift against the ratio, and alerts once for each short shift', async () => {
      const res = await staffing(admin);
      expect(res.body.hasRota).toBe(true);
      expect(res.body.shifts).toEqual([
        { shift: 'morning', carers: { required: 7, assigned: 7, short: false } },
        { shift: 'afternoon', carers: { required: 7, assigned: 7, short: false } },
        { shift: 'night', carers: { required: 7, assigned: 2, short: true } },
      ]);
      expect(res.body.medicalStaff).toEqual({ required: 1, assigned: 1, short: false });
      expect(res.body.socialWorkers).toEqual({ required: 1, assigned: 1, short: false });

      await t.dataSource.transaction((m) => runStaffingCheck(m, day));
      await t.dataSource.transaction((m) => runStaffingCheck(m, day));
      const alerts = await t.dataSource.query<
        { source_key: string; status: string; message: string }[]
      >(
        `SELECT source_key, status, message FROM alert WHERE kind = 'shift_short' ORDER BY source_key`,
      );
      expect(alerts.map((a) => [a.source_key, a.status])).toEqual([
        [`staffing:${day}:night`, 'open'],
      ]);
      expect(alerts[0]?.message).toMatch(/ca đêm: 2 nhân viên chăm sóc, cần 7/);
      // The admin sees it; a nurse does not.
      const adminAlerts = await api.alerts(admin, 'shift_short');
      expect(JSON.stringify(adminAlerts.body)).toContain('ca đêm');
      expect(JSON.stringify((await api.alerts(nurse, 'shift_short')).body)).not.toContain('ca đêm');

      // Enough carers at night: the alert closes at the next run.
      rota = [...rota.filter((a) => a.shift !== 'night'), ...carers(7, 'night')];
      expect((await putRota(admin, { assignments: rota }, '"2"')).status).toBe(200);
      await t.dataSource.transaction((m) => runStaffingCheck(m, day));
      const [closed] = await t.dataSource.query<{ status: string }[]>(
        `SELECT status FROM alert WHERE kind = 'shift_short'`,
      );
      expect(closed?.status).toBe('closed');
    });

    describe('a caretaker’s rounds list and write only the rooms of their shift', () => {
      let inA: string;
      let inB: string;
      let paraB: string;
      let paraA: string;

      beforeAll(async () => {
        inA = (await api.residentIn(admin, roomA)).id;
        inB = (await api.residentIn(admin, roomB)).id;
        paraA = (await api.prescribe(nurse, inA, scheduledBody({ times: ['08:00'] }))).body
          .id as string;
        paraB = (await api.prescribe(nurse, inB, scheduledBody({ times: ['08:00'] }))).body
          .id as string;
      });

      it('the daily round', async () => {
        const mine = await api.round(carer, { date: day, shift: 'morning' });
        expect(mine.status).toBe(200);
        const listed = (mine.body.items as { residentId: string }[]).map((i) => i.residentId);
        expect(listed).toContain(inA);
        expect(listed).not.toContain(inB);
        expectProblem(await api.round(carer, { date: day, shift: 'morning', room: roomB }), 403);
        // Not assigned in the afternoon: nothing listed.
        expect((await api.round(carer, { date: day, shift: 'afternoon' })).body.items).toEqual([]);
        const before = await count(t.dataSource, 'daily_record');
        const refused = await api.batch(carer, {
          recordDate: day,
          shift: 'morning',
          rows: [observation({ residentId: inA }), observation({ residentId: inB })],
        });
        expectProblem(refused, 403);
        expect(fieldsOf(refused)).toEqual(['rows.1.residentId']);
        expectProblem(
          await api.record(carer, inB, { recordDate: day, shift: 'morning', ...observation() }),
          403,
        );
        expect(await count(t.dataSource, 'daily_record')).toBe(before);
        const ok = await api.batch(carer, {
          recordDate: day,
          shift: 'morning',
          rows: [observation({ residentId: inA })],
        });
        expect(ok.status).toBe(201);
        // The nurse is not restricted.
        expect((await api.round(nurse, { date: day, shift: 'morning', room: roomB })).status).toBe(
          200,
        );
      });

      it('the medication round', async () => {
        const mine = await api.medRound(carer, { date: day, slot: '08:00' });
        const listed = (mine.body.residents as { residentId: string }[]).map((r) => r.residentId);
        expect(listed).toContain(inA);
        expect(listed).not.toContain(inB);
        expectProblem(await api.medRound(carer, { date: day, slot: '08:00', room: roomB }), 403);
        const refused = await api.medBatch(carer, {
          date: day,
          rows: [{ prescriptionId: paraB, time: '08:00', outcome: 'given' }],
        });
        expectProblem(refused, 403);
        expect(errorOf(refused, 'rows.0.prescriptionId')?.code).toBe('notYourRoom');
        expect(
          (
            await api.medBatch(carer, {
              date: day,
              rows: [{ prescriptionId: paraA, time: '08:00', outcome: 'given' }],
            })
          ).status,
        ).toBe(201);
      });

      it('writes for another room when the admin allowed cover', async () => {
        const version = (await getRota(admin)).body.version as number;
        rota = rota.map((a) => (a.userId === ids.carer ? { ...a, cover: true } : a));
        expect((await putRota(admin, { assignments: rota }, `"${version}"`)).status).toBe(200);
        expect((await api.round(carer, { date: day, shift: 'morning', room: roomB })).status).toBe(
          200,
        );
        const res = await api.medBatch(carer, {
          date: day,
          rows: [{ prescriptionId: paraB, time: '08:00', outcome: 'refused' }],
        });
        expect(res.status).toBe(201);
      });
    });
  });
});
