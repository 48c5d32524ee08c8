import { addDays, addMonths } from '../../src/calendar/dates';
import { DISCHARGE_GROUND_CODES } from '../../src/discharge/discharge.enums';
import { elderlyBody, healthApi, runOverdue, setDue } from '../health/health-fixtures';
import { agedYears, enrollmentBody, schoolingApi } from '../schooling/schooling-fixtures';
import { errorOf, fieldsOf, today } from '../residents/resident-fixtures';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';
import { dischargeApi, dischargeBody, dischargeCounts } from './discharge-fixtures';

interface AuditRow {
  action: string;
  entity: string;
  entity_id: string;
  changes: Record<string, { before: unknown; after: unknown }>;
  request_id: string;
}

// The e2e project's testTimeout is not applied (jest reads it globally only): a loaded machine needs more than 5 s.
jest.setTimeout(60_000);

describe('discharge (ND 20/2021 Điều 30)', () => {
  let t: TestApp;
  let api: ReturnType<typeof dischargeApi>;
  let health: ReturnType<typeof healthApi>;
  let schooling: ReturnType<typeof schoolingApi>;
  let admin: string;
  let social: string;
  let nurse: string;
  let carer: string;
  let admin2: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = dischargeApi(t);
    health = healthApi(t);
    schooling = schoolingApi(t);
    [admin, social, nurse, carer, admin2] = await Promise.all(
      (['admin', 'social', 'nurse', 'carer', 'admin2'] as const).map((u) => t.token(u)),
    );
  });
  afterAll(() => t.close());

  const auditOf = (entityId: string) =>
    t.dataSource.query<AuditRow[]>(
      `SELECT action, entity, entity_id, changes, request_id FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [entityId],
    );

  /** Asserts that `send` is refused with `status` and that nothing at all was written. */
  async function refusedUnchanged(
    send: () => Promise<import('supertest').Response>,
    status: number,
  ): Promise<import('supertest').Response> {
    const before = await dischargeCounts(t);
    const res = await send();
    expectProblem(res, status);
    expect(await dischargeCounts(t)).toEqual(before);
    return res;
  }

  describe('a discharge to the family', () => {
    it('ends the stay in one transaction: status, bed, schedules, alerts, follow-ups, event, audit', async () => {
      const room = await api.room(admin, 'A201');
      const r = await api.resident(admin, { roomId: room.id });
      expect((await api.room(admin, 'A201')).occupied).toBe(room.occupied + 1);
      // An open overdue check-up alert, so that closing it can be seen.
      const periodic = await health.scheduleOf(r.id, nurse, 'periodic_exam');
      await setDue(t, periodic.id, addDays(today(), -10));
      await runOverdue(t.app);
      const openAlerts = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM alert WHERE resident_id = $1 AND status <> 'closed'`,
        [r.id],
      );
      expect(openAlerts[0]?.n).toBeGreaterThan(0);

      const res = await api.discharge(admin, r.id, dischargeBody());
      expect(res.status).toBe(201);
      const d = res.body.discharge;
      expect(d).toMatchObject({
        residentId: r.id,
        ground: 'family_request',
        decisionLate: false,
        lateReason: null,
        effectiveOn: today(),
        destination: { kind: 'family', name: 'Lò Văn Pảng', relationship: 'chú ruột' },
        handover: { receivedBy: 'Lò Văn Pảng', communeConfirmationNo: '15/XN-UBND' },
        funeralSupportVnd: null,
      });
      // Follow-ups at 1, 3 and 6 months by default (TT 02/2020: at least 6 months).
      expect(res.body.followUps.map((f: { dueOn: string }) => f.dueOn)).toEqual([
        addMonths(today(), 1),
        addMonths(today(), 3),
        addMonths(today(), 6),
      ]);

      const after = await api.get(admin, r.id);
      expect(after.body).toMatchObject({ status: 'discharged', room: null, bed: null });
      expect((await api.room(admin, 'A201')).occupied).toBe(room.occupied);
      const schedules = await health.schedulesOf(r.id, nurse);
      expect(schedules.length).toBeGreaterThan(0);
      expect(schedules.every((s) => !s.active)).toBe(true);
      const stillOpen = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM alert WHERE resident_id = $1 AND status <> 'closed'`,
        [r.id],
      );
      expect(stillOpen[0]?.n).toBe(0);
      const events = await t.dataSource.query<{ kind: string; event_date: string }[]>(
        `SELECT kind, to_char(event_date, 'YYYY-MM-DD') AS event_date FROM resident_event WHERE resident_id = $1 ORDER BY created_at`,
        [r.id],
      );
      expect(events.map((e) => e.kind)).toEqual(['admitted', 'discharged']);
      expect(events[1]?.event_date).toBe(today());

      // Both audit entries, written by the same request.
      const dischargeAudit = await auditOf(d.id);
      expect(dischargeAudit).toHaveLength(1);
      expect(dischargeAudit[0]).toMatchObject({ action: 'create', entity: 'discharge' });
      expect(dischargeAudit[0]?.changes.schedulesStopped?.after).toBe(schedules.length);
      expect(Number(dischargeAudit[0]?.changes.alertsClosed?.after)).toBe(openAlerts[0]?.n);
      const residentAudit = (await auditOf(r.id)).filter(
        (a) => a.action === 'update' && a.entity === 'resident',
      );
      expect(residentAudit).toHaveLength(1);
      expect(residentAudit[0]?.changes.status).toEqual({ before: 'active', after: 'discharged' });
      expect(residentAudit[0]?.request_id).toBe(dischargeAudit[0]?.request_id);
      expect(residentAudit[0]?.request_id).toBe(res.headers['x-request-id']);
    });

    it('is refused a second time (409) and changes nothing', async () => {
      const r = await api.resident(admin);
      await api.discharged(admin, r.id, dischargeBody());
      const res = await refusedUnchanged(() => api.discharge(admin, r.id, dischargeBody()), 409);
      // In words, not the status code.
      expect(res.body.detail).toMatch(/đã thôi trợ giúp/);
      expect(res.body.detail).not.toMatch(/discharged/);
    });

    it('keeps the follow-up months asked for, and refuses a plan shorter than 6 months', async () => {
      const r = await api.resident(admin);
      const short = await refusedUnchanged(
        () => api.discharge(admin, r.id, dischargeBody({ followUpMonths: [1, 3] })),
        400,
      );
      expect(errorOf(short, 'followUpMonths')?.code).toBe('tooShort');
      await refusedUnchanged(
        () => api.discharge(admin, r.id, dischargeBody({ followUpMonths: [6, 25] })),
        400,
      );
      const ok = await api.discharged(admin, r.id, dischargeBody({ followUpMonths: [12, 2] }));
      expect(ok.followUps.map((f) => f.dueOn)).toEqual([
        addMonths(today(), 2),
        addMonths(today(), 12),
      ]);
    });

    it('plans no follow-up after a transfer to another facility', async () => {
      const r = await api.resident(admin);
      const ok = await api.discharged(
        admin,
        r.id,
        dischargeBody({
          ground: 'cannot_serve',
          destination: { kind: 'facility', name: 'Trung tâm Điều dưỡng người tâm thần' },
        }),
      );
      expect(ok.followUps).toEqual([]);
    });

    it('continues the allowance for independent living only, at most 24 months', async () => {
      const r = await api.resident(admin, { dateOfBirth: agedYears(17) }, 3 * 365);
      const family = await refusedUnchanged(
        () => api.discharge(admin, r.id, dischargeBody({ allowanceMonths: 12 })),
        400,
      );
      expect(errorOf(family, 'allowanceMonths')?.code).toBe('notApplicable');
      const independent = {
        kind: 'independent',
        name: 'Tự lập tại phường Phố Hiến',
        address: 'Phường Phố Hiến',
      };
      const tooLong = await refusedUnchanged(
        () =>
          api.discharge(
            admin,
            r.id,
            dischargeBody({ ground: 'own_request', destination: independent, allowanceMonths: 25 }),
          ),
        400,
      );
      expect(errorOf(tooLong, 'allowanceMonths')?.code).toBe('max');
      const ok = await api.discharged(
        admin,
        r.id,
        dischargeBody({ ground: 'own_request', destination: independent, allowanceMonths: 24 }),
      );
      expect(ok.discharge).toMatchObject({ allowanceMonths: 24 });
      expect(ok.followUps).toHaveLength(3);
    });
  });

  describe('every legal ground', () => {
    const simple = DISCHARGE_GROUND_CODES.filter(
      (g) => !['death', 'age_limit', 'other'].includes(g),
    );
    it.each(simple)('discharges on %s', async (ground) => {
      const r = await api.resident(admin);
      const ok = await api.discharged(admin, r.id, dischargeBody({ ground }));
      expect(ok.discharge.ground).toBe(ground);
      expect((await api.get(admin, r.id)).body.status).toBe('discharged');
      const rows = await t.dataSource.query<{ ground: string }[]>(
        `SELECT details->>'ground' AS ground FROM resident_event WHERE resident_id = $1 AND kind = 'discharged'`,
        [r.id],
      );
      expect(rows).toEqual([{ ground }]);
    });

    it('needs the text of an "other" ground', async () => {
      const r = await api.resident(admin);
      const res = await refusedUnchanged(
        () => api.discharge(admin, r.id, dischargeBody({ ground: 'other' })),
        400,
      );
      expect(fieldsOf(res)).toEqual(['groundOther']);
      const ok = await api.discharged(
        admin,
        r.id,
        dischargeBody({
          ground: 'other',
          groundOther: 'Chuyển về sống cùng người thân ở nước ngoài',
        }),
      );
      expect(ok.discharge).toMatchObject({
        ground: 'other',
        groundOther: 'Chuyển về sống cùng người thân ở nước ngoài',
      });
    });

    it('refuses a ground that is not in the list', async () => {
      const r = await api.resident(admin);
      const res = await refusedUnchanged(
        () => api.discharge(admin, r.id, dischargeBody({ ground: 'runaway' })),
        400,
      );
      expect(errorOf(res, 'ground')?.code).toBe('isIn');
    });
  });

  describe('the decision within 7 working days', () => {
    // Monday 2 November 2026; no public holiday in November.
    const requestedOn = '2026-11-02';
    const body = (decisionDate: string, over: Record<string, unknown> = {}) =>
      dischargeBody({ requestedOn, decisionDate, effectiveOn: decisionDate, ...over });

    it('is on time on the 7th working day', async () => {
      const r = await api.resident(admin, {}, 60);
      const ok = await api.discharged(admin, r.id, body('2026-11-11'));
      expect(ok.discharge).toMatchObject({ decisionLate: false, lateReason: null });
    });

    it('needs a reason on the 8th, keeps it, and reports the lateness in the month figures', async () => {
      const r = await api.resident(admin, {}, 60);
      const before = await api.movementsOf(admin, '2026-11');
      const res = await refusedUnchanged(() => api.discharge(admin, r.id, body('2026-11-12')), 400);
      expect(errorOf(res, 'lateReason')?.code).toBe('isDefined');
      const ok = await api.discharged(
        admin,
        r.id,
        body('2026-11-12', { lateReason: 'Chờ xác nhận của UBND xã' }),
      );
      expect(ok.discharge).toMatchObject({
        decisionLate: true,
        lateReason: 'Chờ xác nhận của UBND xã',
      });
      const after = await api.movementsOf(admin, '2026-11');
      expect(after.lateDecisions).toBe((before.lateDecisions ?? 0) + 1);
    });

    it('refuses a decision before the request', async () => {
      const r = await api.resident(admin, {}, 60);
      const res = await refusedUnchanged(
        () => api.discharge(admin, r.id, body('2026-11-01', { requestedOn: '2026-11-03' })),
        400,
      );
      expect(errorOf(res, 'decisionDate')?.code).toBe('beforeRequest');
    });
  });

  describe('age_limit (Điều 30 d)', () => {
    it('is refused for a 12-year-old', async () => {
      const r = await api.resident(admin, { dateOfBirth: agedYears(12) });
      const res = await refusedUnchanged(
        () => api.discharge(admin, r.id, dischargeBody({ ground: 'age_limit' })),
        409,
      );
      expect(res.body.detail).toMatch(/16/);
    });

    it('is refused for a 17-year-old who is still studying unless overridden with a reason, audited', async () => {
      const r = await api.resident(admin, { dateOfBirth: agedYears(17) }, 3 * 365);
      await schooling.enrolled(
        admin,
        r.id,
        enrollmentBody({ level: 'upper_secondary', grade: 11, schoolName: 'Trường THPT Hưng Yên' }),
      );
      const res = await refusedUnchanged(
        () => api.discharge(admin, r.id, dischargeBody({ ground: 'age_limit' })),
        409,
      );
      expect(res.body.detail).toMatch(/22/);
      const reason = 'Em xin về ở với bác ruột, tiếp tục học tại trường gần nhà';
      const ok = await api.discharged(
        admin,
        r.id,
        dischargeBody({ ground: 'age_limit', ageRuleOverrideReason: reason }),
      );
      expect(ok.discharge.ageRuleOverrideReason).toBe(reason);
      const audit = await auditOf(ok.discharge.id);
      expect(audit[0]?.changes.ageRuleOverrideReason?.after).toBe(reason);
    });

    it('lets a 17-year-old who is not studying leave', async () => {
      const r = await api.resident(admin, { dateOfBirth: agedYears(17) }, 3 * 365);
      const ok = await api.discharged(admin, r.id, dischargeBody({ ground: 'age_limit' }));
      expect(ok.discharge).toMatchObject({ ground: 'age_limit', ageRuleOverrideReason: null });
    });

    it('does not count a voided enrolment as studying', async () => {
      const r = await api.resident(admin, { dateOfBirth: agedYears(17) }, 3 * 365);
      const e = await schooling.enrolled(
        admin,
        r.id,
        enrollmentBody({ level: 'upper_secondary', grade: 11, schoolName: 'Trường THPT Hưng Yên' }),
      );
      const voided = await t
        .http()
        .patch(`/api/v1/enrollments/${e.id}`)
        .set({ Authorization: `Bearer ${admin}`, 'If-Match': `"${e.version}"` })
        .send({ voidReason: 'Nhập nhầm đối tượng' });
      expect(voided.status).toBe(200);
      const ok = await api.discharged(admin, r.id, dischargeBody({ ground: 'age_limit' }));
      expect(ok.discharge.ground).toBe('age_limit');
    });
  });

  describe('death (Điều 30 h)', () => {
    it('records date and cause, funeral support of 50 × the facility base level, closes schedules and alerts', async () => {
      // The province's own level (Hà Nội-like), from 1 January 2026.
      const level = await t
        .http()
        .post('/api/v1/facilities/current/base-levels')
        .set({ Authorization: `Bearer ${admin}` })
        .send({ effectiveFrom: '2026-01-01', amountVnd: 650000, source: 'Nghị quyết HĐND tỉnh' });
      expect(level.status).toBe(201);
      const r = await health.admitted(admin, elderlyBody({ admittedOn: addDays(today(), -90) }));
      const periodic = await health.scheduleOf(r.id, nurse, 'periodic_exam');
      await setDue(t, periodic.id, addDays(today(), -5));
      await runOverdue(t.app);
      const diedOn = addDays(today(), -2);

      const noDeath = await refusedUnchanged(
        () =>
          api.discharge(admin, r.id, dischargeBody({ ground: 'death', destination: undefined })),
        400,
      );
      expect(errorOf(noDeath, 'death')?.code).toBe('isDefined');
      const outside = await refusedUnchanged(
        () =>
          api.discharge(
            admin,
            r.id,
            dischargeBody({
              ground: 'death',
              destination: undefined,
              death: { diedOn: addDays(today(), -200), cause: 'Suy tim' },
            }),
          ),
        400,
      );
      expect(errorOf(outside, 'death.diedOn')?.code).toBe('outOfStay');
      const missingCause = await refusedUnchanged(
        () =>
          api.discharge(
            admin,
            r.id,
            dischargeBody({ ground: 'death', destination: undefined, death: { diedOn } }),
          ),
        400,
      );
      expect(fieldsOf(missingCause)).toEqual(['death.cause']);

      const ok = await api.discharged(
        admin,
        r.id,
        dischargeBody({
          ground: 'death',
          destination: undefined,
          death: { diedOn, cause: 'Suy tim, tuổi cao' },
        }),
      );
      expect(ok.discharge).toMatchObject({
        ground: 'death',
        diedOn,
        causeOfDeath: 'Suy tim, tuổi cao',
        funeralSupportVnd: 50 * 650000,
      });
      expect(ok.followUps).toEqual([]);
      expect((await api.get(admin, r.id)).body.status).toBe('deceased');
      expect((await health.schedulesOf(r.id, nurse)).every((s) => !s.active)).toBe(true);
      const open = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM alert WHERE resident_id = $1 AND status <> 'closed'`,
        [r.id],
      );
      expect(open[0]?.n).toBe(0);
      const events = await t.dataSource.query<{ kind: string; event_date: string }[]>(
        `SELECT kind, to_char(event_date, 'YYYY-MM-DD') AS event_date FROM resident_event WHERE resident_id = $1 AND kind = 'died'`,
        [r.id],
      );
      expect(events).toEqual([{ kind: 'died', event_date: diedOn }]);
      // The dead are not discharged again, nor readmitted.
      await refusedUnchanged(() => api.discharge(admin, r.id, dischargeBody()), 409);
    });

    it('uses the national level when the facility has none of its own in force', async () => {
      const r = await health.admitted(admin, elderlyBody({ admittedOn: '2025-03-01' }));
      const ok = await api.discharged(
        admin,
        r.id,
        dischargeBody({
          ground: 'death',
          requestedOn: '2025-12-01',
          decisionDate: '2025-12-02',
          effectiveOn: '2025-12-02',
          destination: undefined,
          death: { diedOn: '2025-12-01', cause: 'Viêm phổi' },
        }),
      );
      expect(ok.discharge.funeralSupportVnd).toBe(50 * 500000);
    });

    it("a province's own level overtaken by a national rise no longer applies", async () => {
      // Facility B's province set 400,000 đ in 2023, above the 360,000 đ of the time; the
      // national level became 500,000 đ on 1 July 2024.
      const level = await t
        .http()
        .post('/api/v1/facilities/current/base-levels')
        .set({ Authorization: `Bearer ${admin2}` })
        .send({ effectiveFrom: '2023-01-01', amountVnd: 400000, source: 'Nghị quyết HĐND tỉnh' });
      expect(level.status).toBe(201);
      const died = async (admittedOn: string, diedOn: string) => {
        const r = await health.admitted(admin2, elderlyBody({ admittedOn }));
        return api.discharged(
          admin2,
          r.id,
          dischargeBody({
            ground: 'death',
            requestedOn: diedOn,
            decisionDate: diedOn,
            effectiveOn: diedOn,
            destination: undefined,
            death: { diedOn, cause: 'Viêm phổi' },
          }),
        );
      };
      expect((await died('2023-03-01', '2024-03-01')).discharge.funeralSupportVnd).toBe(
        50 * 400000,
      );
      expect((await died('2024-03-01', '2025-03-03')).discharge.funeralSupportVnd).toBe(
        50 * 500000,
      );
    });

    it('refuses death details with another ground', async () => {
      const r = await api.resident(admin);
      const res = await refusedUnchanged(
        () => api.discharge(admin, r.id, dischargeBody({ death: { diedOn: today(), cause: 'x' } })),
        400,
      );
      expect(errorOf(res, 'death')?.code).toBe('notApplicable');
    });
  });

  describe('who may be discharged', () => {
    it('discharges a resident on leave', async () => {
      const r = await api.resident(admin);
      const leave = await api.changeStatus(admin, r.id, {
        to: 'on_leave',
        effectiveDate: addDays(today(), -1),
        expectedReturn: addDays(today(), 5),
      });
      expect(leave.status).toBe(200);
      await api.discharged(admin, r.id, dischargeBody());
      expect((await api.get(admin, r.id)).body.status).toBe('discharged');
    });

    it('refuses a transferred resident (409)', async () => {
      const r = await api.resident(admin);
      const moved = await api.changeStatus(admin, r.id, {
        to: 'transferred',
        effectiveDate: addDays(today(), -1),
        destination: 'Trung tâm Công tác xã hội tỉnh Thái Bình',
      });
      expect(moved.status).toBe(200);
      await refusedUnchanged(() => api.discharge(admin, r.id, dischargeBody()), 409);
    });
  });

  describe('bad input changes nothing', () => {
    let id: string;
    beforeAll(async () => {
      id = (await api.resident(admin)).id;
    });
    const raw = (body: string) =>
      t
        .http()
        .post(`/api/v1/residents/${id}/discharge`)
        .set({ Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' })
        .send(body);

    it('malformed JSON', async () => {
      await refusedUnchanged(() => raw('{"ground": "death",'), 400);
    });

    it('missing fields, one error each', async () => {
      const res = await refusedUnchanged(() => api.discharge(admin, id, {}), 400);
      expect(fieldsOf(res).sort()).toEqual(
        ['decisionDate', 'decisionNo', 'effectiveOn', 'ground', 'requestedOn'].sort(),
      );
    });

    it('too long, wrong type, unknown field, bad nested field', async () => {
      const long = await refusedUnchanged(
        () => api.discharge(admin, id, dischargeBody({ decisionNo: 'x'.repeat(51) })),
        400,
      );
      expect(errorOf(long, 'decisionNo')?.code).toBe('maxLength');
      const notes = await refusedUnchanged(
        () => api.discharge(admin, id, dischargeBody({ notes: 'n'.repeat(2001) })),
        400,
      );
      expect(errorOf(notes, 'notes')?.code).toBe('maxLength');
      const type = await refusedUnchanged(
        () => api.discharge(admin, id, dischargeBody({ allowanceMonths: 'twelve' })),
        400,
      );
      expect(fieldsOf(type)).toContain('allowanceMonths');
      const date = await refusedUnchanged(
        () => api.discharge(admin, id, dischargeBody({ effectiveOn: '2026-02-30' })),
        400,
      );
      expect(errorOf(date, 'effectiveOn')?.code).toBe('isCalendarDate');
      const unknown = await refusedUnchanged(
        () => api.discharge(admin, id, dischargeBody({ bedFreed: true })),
        400,
      );
      expect(errorOf(unknown, 'bedFreed')?.code).toBe('unknownField');
      const nested = await refusedUnchanged(
        () =>
          api.discharge(
            admin,
            id,
            dischargeBody({ destination: { kind: 'street', name: '', phone: 'abc' } }),
          ),
        400,
      );
      expect(fieldsOf(nested).sort()).toEqual(
        ['destination.kind', 'destination.name', 'destination.phone'].sort(),
      );
    });

    it('an effective date before the admission or in the future', async () => {
      const before = await refusedUnchanged(
        () =>
          api.discharge(
            admin,
            id,
            dischargeBody({
              requestedOn: addDays(today(), -60),
              decisionDate: addDays(today(), -58),
              effectiveOn: addDays(today(), -40),
            }),
          ),
        400,
      );
      expect(errorOf(before, 'effectiveOn')?.code).toBe('beforeAdmission');
      const future = await refusedUnchanged(
        () => api.discharge(admin, id, dischargeBody({ effectiveOn: addDays(today(), 3) })),
        400,
      );
      expect(errorOf(future, 'effectiveOn')?.code).toBe('futureDate');
    });

    it('a path id that is not a UUID', async () => {
      await refusedUnchanged(() => api.discharge(admin, 'not-a-uuid', dischargeBody()), 400);
    });
  });

  describe('roles and facilities', () => {
    it('is for the admin only: carer, nurse and social worker get 403', async () => {
      const r = await api.resident(admin);
      for (const token of [carer, nurse, social]) {
        await refusedUnchanged(() => api.discharge(token, r.id, dischargeBody()), 403);
      }
      expect((await api.get(admin, r.id)).body.status).toBe('active');
    });

    it("answers 404 for another facility's resident and for an unknown id", async () => {
      const r = await api.resident(admin);
      await refusedUnchanged(() => api.discharge(admin2, r.id, dischargeBody()), 404);
      await refusedUnchanged(
        () => api.discharge(admin, '00000000-0000-4000-8000-000000000000', dischargeBody()),
        404,
      );
      expect((await api.get(admin, r.id)).body.status).toBe('active');
    });

    it('answers a retry with the same Idempotency-Key without a second discharge', async () => {
      const r = await api.resident(admin);
      const send = () =>
        t
          .http()
          .post(`/api/v1/residents/${r.id}/discharge`)
          .set({ Authorization: `Bearer ${admin}`, 'Idempotency-Key': `discharge-${r.id}` })
          .send(dischargeBody());
      const first = await send();
      expect(first.status).toBe(201);
      const before = await count(t.dataSource, 'discharge');
      const again = await send();
      expect(again.status).toBe(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body.discharge.id).toBe(first.body.discharge.id);
      expect(await count(t.dataSource, 'discharge')).toBe(before);
    });
  });
});
