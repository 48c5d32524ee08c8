import type { Response } from 'supertest';
import { addDays } from '../../src/calendar/dates';
import { raiseFollowUpAlerts } from '../../src/discharge/follow-up-alerts.job';
import { JobRunner } from '../../src/jobs/job-runner';
import { errorOf, fieldsOf, freshName, today } from '../residents/resident-fixtures';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';
import { dischargeApi, dischargeBody, FollowUpBody } from './discharge-fixtures';

// The e2e project's testTimeout is not applied (jest reads it globally only): a loaded machine needs more than 5 s.
jest.setTimeout(60_000);

describe('follow-ups, reintegration, readmission and movements', () => {
  let t: TestApp;
  let api: ReturnType<typeof dischargeApi>;
  let admin: string;
  let social: string;
  let nurse: string;
  let carer: string;
  let admin2: string;
  let socialId: string;
  let admin2Id: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = dischargeApi(t);
    [admin, social, nurse, carer, admin2] = await Promise.all(
      (['admin', 'social', 'nurse', 'carer', 'admin2'] as const).map((u) => t.token(u)),
    );
    const me = (token: string) =>
      t
        .http()
        .get('/api/v1/auth/me')
        .set({ Authorization: `Bearer ${token}` });
    socialId = (await me(social)).body.id as string;
    admin2Id = (await me(admin2)).body.id as string;
  });
  afterAll(() => t.close());

  const runJob = () =>
    t.app.get(JobRunner).runExclusive('follow-up-alerts', raiseFollowUpAlerts, { force: true });

  async function unchanged(table: string, send: () => Promise<Response>, status: number) {
    const before = await count(t.dataSource, table);
    const auditBefore = await count(t.dataSource, 'audit_log');
    const res = await send();
    expectProblem(res, status);
    expect(await count(t.dataSource, table)).toBe(before);
    expect(await count(t.dataSource, 'audit_log')).toBe(auditBefore);
    return res;
  }

  /** A resident admitted 90 days ago and discharged to family 30 days ago. */
  async function dischargedResident() {
    const r = await api.resident(admin, {}, 90);
    const on = addDays(today(), -30);
    const d = await api.discharged(
      admin,
      r.id,
      dischargeBody({ requestedOn: addDays(on, -2), decisionDate: on, effectiveOn: on }),
    );
    return { resident: r, discharge: d.discharge, followUps: d.followUps, effectiveOn: on };
  }

  describe('follow-up visits (TT 02/2020)', () => {
    it('lists the planned visits for the social worker and the admin', async () => {
      const { discharge, followUps } = await dischargedResident();
      for (const token of [social, admin]) {
        const res = await api.followUps(token, discharge.id);
        expect(res.status).toBe(200);
        expect((res.body as FollowUpBody[]).map((f) => f.id)).toEqual(followUps.map((f) => f.id));
      }
      expectProblem(await api.followUps(carer, discharge.id), 403);
      expectProblem(await api.followUps(nurse, discharge.id), 403);
      expectProblem(await api.followUps(admin2, discharge.id), 404);
    });

    it('adds a visit after the discharge only', async () => {
      const { discharge, effectiveOn } = await dischargedResident();
      const early = await unchanged(
        'follow_up',
        () => api.addFollowUp(social, discharge.id, { dueOn: effectiveOn }),
        400,
      );
      expect(errorOf(early, 'dueOn')?.code).toBe('beforeDischarge');
      await unchanged('follow_up', () => api.addFollowUp(social, discharge.id, {}), 400);
      await unchanged(
        'follow_up',
        () => api.addFollowUp(social, discharge.id, { dueOn: addDays(today(), 400), x: 1 }),
        400,
      );
      await unchanged(
        'follow_up',
        () => api.addFollowUp(admin2, discharge.id, { dueOn: addDays(today(), 400) }),
        404,
      );
      await unchanged(
        'follow_up',
        () => api.addFollowUp(carer, discharge.id, { dueOn: addDays(today(), 400) }),
        403,
      );
      const ok = await api.addFollowUp(social, discharge.id, {
        dueOn: addDays(today(), 400),
        notes: 'Thăm lần cuối',
      });
      expect(ok.status).toBe(201);
      expect(ok.body).toMatchObject({ dueOn: addDays(today(), 400), doneOn: null, version: 1 });
    });

    it('records a visit with If-Match; stale 412, missing 428, bad dates 400, nothing changed', async () => {
      const { followUps, effectiveOn } = await dischargedResident();
      const f = followUps[0];
      const visit = {
        doneOn: today(),
        method: 'visit',
        livingSituation: 'Sống cùng chú ruột, nhà cấp 4',
        schoolingOrWork: 'Học lớp 5 trường tiểu học xã',
        health: 'Bình thường',
        riskLevel: 'low',
      };
      await unchanged('follow_up', () => api.patchFollowUp(social, f.id, visit), 428);
      const stale = await unchanged(
        'follow_up',
        () => api.patchFollowUp(social, f.id, visit, `"${f.version + 1}"`),
        412,
      );
      expect(stale.body.detail).toMatch(String(f.version));
      const early = await unchanged(
        'follow_up',
        () => api.patchFollowUp(social, f.id, { doneOn: addDays(effectiveOn, -1) }, `"1"`),
        400,
      );
      expect(errorOf(early, 'doneOn')?.code).toBe('beforeDischarge');
      const future = await unchanged(
        'follow_up',
        () => api.patchFollowUp(social, f.id, { doneOn: addDays(today(), 1) }, `"1"`),
        400,
      );
      expect(errorOf(future, 'doneOn')?.code).toBe('futureDate');
      const bad = await unchanged(
        'follow_up',
        () =>
          api.patchFollowUp(
            social,
            f.id,
            { method: 'letter', riskLevel: 'extreme', notes: 'n'.repeat(2001), extra: 1 },
            `"1"`,
          ),
        400,
      );
      expect(fieldsOf(bad).sort()).toEqual(['extra', 'method', 'notes', 'riskLevel']);
      await unchanged('follow_up', () => api.patchFollowUp(carer, f.id, visit, `"1"`), 403);
      await unchanged('follow_up', () => api.patchFollowUp(admin2, f.id, visit, `"1"`), 404);
      const stored = await t.dataSource.query<{ done_on: string | null; version: number }[]>(
        `SELECT done_on, version FROM follow_up WHERE id = $1`,
        [f.id],
      );
      expect(stored).toEqual([{ done_on: null, version: 1 }]);

      const ok = await api.patchFollowUp(social, f.id, visit, `"1"`);
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ ...visit, version: 2 });
      expect(ok.headers.etag).toBe('"2"');
    });

    it('raises an alert for an overdue visit through the shared job, once, closed when done', async () => {
      const { followUps } = await dischargedResident();
      const f = followUps[0];
      // Time passes: the first visit was due a week ago.
      await t.dataSource.query(`UPDATE follow_up SET due_on = $2 WHERE id = $1`, [
        f.id,
        addDays(today(), -7),
      ]);
      await runJob();
      await runJob();
      const open = async () =>
        (
          (await api.alerts(social, { kind: 'follow_up_overdue' })).body.items as {
            sourceId: string;
          }[]
        ).filter((a) => a.sourceId === f.id);
      expect(await open()).toHaveLength(1);
      const ok = await api.patchFollowUp(
        social,
        f.id,
        { doneOn: today(), method: 'phone', riskLevel: 'high' },
        `"${f.version}"`,
      );
      expect(ok.status).toBe(200);
      expect(await open()).toHaveLength(0);
    });
  });

  describe('reintegration plan', () => {
    it('plans steps with an owner and a due date; overdue steps raise alerts; If-Match rules', async () => {
      const r = await api.resident(admin);
      const step = {
        kind: 'family_assessment',
        description: 'Thăm gia đình chú ruột tại Mường La',
        ownerId: socialId,
        dueOn: addDays(today(), 10),
      };
      const foreignOwner = await unchanged(
        'reintegration_step',
        () => api.addStep(social, r.id, { ...step, ownerId: admin2Id }),
        400,
      );
      expect(errorOf(foreignOwner, 'ownerId')?.code).toBe('unknownReference');
      const bad = await unchanged(
        'reintegration_step',
        () => api.addStep(social, r.id, { ...step, kind: 'party', dueOn: '2026-13-01' }),
        400,
      );
      expect(fieldsOf(bad).sort()).toEqual(['dueOn', 'kind']);
      await unchanged('reintegration_step', () => api.addStep(carer, r.id, step), 403);
      await unchanged('reintegration_step', () => api.addStep(admin2, r.id, step), 404);
      const created = await api.addStep(social, r.id, step);
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      expect((await api.steps(admin, r.id)).body).toHaveLength(1);
      expectProblem(await api.steps(admin2, r.id), 404);

      await t.dataSource.query(`UPDATE reintegration_step SET due_on = $2 WHERE id = $1`, [
        id,
        addDays(today(), -1),
      ]);
      await runJob();
      const open = async () =>
        (
          (await api.alerts(social, { kind: 'reintegration_step_overdue' })).body.items as {
            sourceId: string;
          }[]
        ).filter((a) => a.sourceId === id);
      expect(await open()).toHaveLength(1);

      await unchanged(
        'reintegration_step',
        () => api.patchStep(social, id, { doneOn: today() }, '"7"'),
        412,
      );
      await unchanged(
        'reintegration_step',
        () => api.patchStep(social, id, { doneOn: today() }),
        428,
      );
      const done = await api.patchStep(social, id, { doneOn: today() }, '"1"');
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ doneOn: today(), version: 2 });
      expect(await open()).toHaveLength(0);
    });
  });

  describe('readmission', () => {
    it('reopens the same record with a new admission; the history keeps both stays', async () => {
      const { resident, effectiveOn } = await dischargedResident();
      const residentsBefore = await count(t.dataSource, 'resident');
      const before = await unchanged(
        'admission',
        () =>
          api.readmit(social, resident.id, {
            type: 'regular',
            admittedOn: addDays(effectiveOn, -1),
            decisionNo: '77/QĐ',
            decisionDate: today(),
          }),
        400,
      );
      expect(errorOf(before, 'admittedOn')?.code).toBe('beforeDischarge');
      await unchanged(
        'admission',
        () => api.readmit(social, resident.id, { type: 'regular', admittedOn: today() }),
        400,
      );
      await unchanged(
        'admission',
        () =>
          api.readmit(carer, resident.id, {
            type: 'regular',
            admittedOn: today(),
            decisionNo: '77/QĐ',
            decisionDate: today(),
          }),
        403,
      );
      await unchanged(
        'admission',
        () =>
          api.readmit(admin2, resident.id, {
            type: 'regular',
            admittedOn: today(),
            decisionNo: '77/QĐ',
            decisionDate: today(),
          }),
        404,
      );

      const res = await api.readmit(social, resident.id, {
        type: 'regular',
        admittedOn: today(),
        decisionNo: '77/QĐ-TTBTXH',
        decisionDate: today(),
        reason: 'Theo dõi phát hiện nguy cơ bị bỏ mặc',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ id: resident.id, code: resident.code, status: 'active' });
      expect(await count(t.dataSource, 'resident')).toBe(residentsBefore);
      const stays = await t.dataSource.query<{ kind: string }[]>(
        `SELECT kind FROM resident_event WHERE resident_id = $1 ORDER BY event_date, created_at`,
        [resident.id],
      );
      expect(stays.map((s) => s.kind)).toEqual(['admitted', 'discharged', 'readmitted']);
      const admissions = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM admission WHERE resident_id = $1`,
        [resident.id],
      );
      expect(admissions[0]?.n).toBe(2);

      // Now active again: a second readmission is a conflict, and so is one of a present resident.
      await unchanged(
        'admission',
        () =>
          api.readmit(admin, resident.id, {
            type: 'regular',
            admittedOn: today(),
            decisionNo: '78/QĐ',
            decisionDate: today(),
          }),
        409,
      );
      // And the person can leave again: a second discharge of a second stay.
      await api.discharged(admin, resident.id, dischargeBody({ ground: 'own_request' }));
    });

    it('an emergency readmission keeps its intake record and its dossier deadline', async () => {
      const { resident } = await dischargedResident();
      const admittedOn = today();
      const res = await api.readmit(social, resident.id, {
        type: 'emergency',
        admittedOn,
        emergency: {
          foundAt: 'Bến xe Hưng Yên',
          foundOn: admittedOn,
          foundBy: 'Công an phường Hiến Nam',
          intakeRecordNo: 'BB-2026-044',
        },
      });
      expect(res.status).toBe(201);
      expect(res.body.admission).toMatchObject({
        type: 'emergency',
        emergency: expect.objectContaining({ intakeRecordNo: 'BB-2026-044' }),
        dossierDueOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
      expect(res.body.admission.dossierDueOn > admittedOn).toBe(true);
    });

    it('an emergency readmission takes its kind; the last stay’s open follow-ups close as "readmitted", with their alerts', async () => {
      const { resident, followUps } = await dischargedResident();
      // The first visit is overdue: the job flags it while the child is out.
      const first = followUps[0] as { id: string };
      await t.dataSource.query(`UPDATE follow_up SET due_on = $2 WHERE id = $1`, [
        first.id,
        addDays(today(), -3),
      ]);
      await runJob();
      const alertStatus = async () =>
        (
          await t.dataSource.query<{ status: string }[]>(
            `SELECT status FROM alert WHERE source_type = 'follow_up' AND source_id = $1`,
            [first.id],
          )
        ).map((a) => a.status);
      expect(await alertStatus()).toEqual(['open']);

      const admittedOn = today();
      const res = await api.readmit(social, resident.id, {
        type: 'emergency',
        admittedOn,
        categories: ['k2_emergency'],
        emergencyKind: 'vagrant',
        emergency: { foundAt: 'Chợ Phố Hiến', foundOn: admittedOn, foundBy: 'Công an phường' },
      });
      expect(res.status).toBe(201);
      expect(res.body.emergencyKind).toBe('vagrant');
      const rows = await t.dataSource.query<{ closed_outcome: string | null; n: number }[]>(
        `SELECT closed_outcome, count(*)::int AS n FROM follow_up WHERE resident_id = $1 GROUP BY 1`,
        [resident.id],
      );
      expect(rows).toEqual([{ closed_outcome: 'readmitted', n: followUps.length }]);
      expect(await alertStatus()).toEqual(['closed']);
      await runJob();
      expect(await alertStatus()).toEqual(['closed']);
    });

    it('refuses to readmit the dead (409)', async () => {
      const r = await api.resident(admin, {
        dateOfBirth: '1950-01-01',
        categories: ['k1_elderly_alone'],
      });
      await api.discharged(
        admin,
        r.id,
        dischargeBody({
          ground: 'death',
          destination: undefined,
          death: { diedOn: today(), cause: 'Tuổi cao' },
        }),
      );
      await unchanged(
        'admission',
        () =>
          api.readmit(admin, r.id, {
            type: 'regular',
            admittedOn: today(),
            decisionNo: '1/QĐ',
            decisionDate: today(),
          }),
        409,
      );
    });
    it('an emergency readmission raises its dossier alert at once, as information', async () => {
      const { resident } = await dischargedResident();
      const res = await api.readmit(social, resident.id, {
        type: 'emergency',
        admittedOn: today(),
        categories: ['k2_emergency'],
        emergencyKind: 'vagrant',
        emergency: { foundAt: 'Bến xe Phố Hiến', foundOn: today(), foundBy: 'Công an phường' },
      });
      expect(res.status).toBe(201);
      const alerts = await t.dataSource.query<{ severity: string; status: string }[]>(
        `SELECT al.severity, al.status FROM alert al
           JOIN resident r ON r.current_admission_id = al.source_id
          WHERE r.id = $1 AND al.kind = 'emergency_dossier_due'`,
        [resident.id],
      );
      expect(alerts).toEqual([{ severity: 'info', status: 'open' }]);
    });
  });

  describe('movements of a month (GET /movements)', () => {
    it('validates the month and is for the admin', async () => {
      for (const month of ['2026-13', '2026-1', 'abc']) {
        const res = await api.movements(admin, month);
        expectProblem(res, 400);
        expect(fieldsOf(res)).toEqual(['month']);
      }
      expectProblem(
        await t
          .http()
          .get('/api/v1/movements')
          .set({ Authorization: `Bearer ${admin}` }),
        400,
      );
      for (const token of [social, nurse, carer])
        expectProblem(await api.movements(token, '2026-10'), 403);
    });

    it('counts a past month from the stay history, and keeps it when statuses change later', async () => {
      const sept = await api.movementsOf(admin, '2026-09');
      const oct = await api.movementsOf(admin, '2026-10');
      expect(sept.identityHolds && oct.identityHolds).toBe(true);
      const on = (d: string) => ({ admittedOn: d, decisionDate: d });
      const a = await api.admitted(admin, { ...baseChild(), ...on('2026-09-10') });
      const b = await api.admitted(admin, { ...baseChild(), ...on('2026-09-20') });
      await api.discharged(
        admin,
        a.id,
        dischargeBody({
          ground: 'adopted',
          requestedOn: '2026-10-05',
          decisionDate: '2026-10-07',
          effectiveOn: '2026-10-08',
        }),
      );
      const sept2 = await api.movementsOf(admin, '2026-09');
      const oct2 = await api.movementsOf(admin, '2026-10');
      expect(sept2).toMatchObject({
        atStart: sept.atStart,
        admissions: { ...sept.admissions, regular: sept.admissions.regular + 2 },
        atEnd: sept.atEnd + 2,
        identityHolds: true,
      });
      expect(oct2).toMatchObject({
        atStart: oct.atStart + 2,
        dischargesByGround: {
          ...oct.dischargesByGround,
          adopted: (oct.dischargesByGround.adopted ?? 0) + 1,
        },
        discharged: oct.discharged + 1,
        atEnd: oct.atEnd + 1,
        identityHolds: true,
      });

      // Later: b leaves, a comes back. September and October do not move.
      await api.discharged(admin, b.id, dischargeBody({ ground: 'family_request' }));
      const back = await api.readmit(admin, a.id, {
        type: 'regular',
        admittedOn: today(),
        decisionNo: '90/QĐ',
        decisionDate: today(),
      });
      expect(back.status).toBe(201);
      expect(await api.movementsOf(admin, '2026-09')).toEqual(sept2);
      expect(await api.movementsOf(admin, '2026-10')).toEqual(oct2);
      const thisMonth = await api.movementsOf(admin, today().slice(0, 7));
      expect(thisMonth.admissions.readmitted).toBeGreaterThanOrEqual(1);
      expect(thisMonth.identityHolds).toBe(true);
    });
  });
});

function baseChild(): Record<string, unknown> {
  return {
    type: 'regular',
    fullName: freshName('Đinh'),
    dateOfBirth: '2016-04-12',
    sex: 'female',
    ethnicityCode: '01',
    categories: ['k1_child_orphan'],
    decisionNo: '12/QĐ-TTBTXH',
  };
}
