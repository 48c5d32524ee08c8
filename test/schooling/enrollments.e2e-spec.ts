import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';
import {
  enrollmentBody,
  errorCodes,
  schoolingApi,
  today,
  type EnrollmentBody,
} from './schooling-fixtures';

describe('enrolments: GET/POST /residents/:id/enrollments, PATCH /enrollments/:id', () => {
  let t: TestApp;
  let api: ReturnType<typeof schoolingApi>;
  let admin: string;
  let social: string;
  let nurse: string;
  let carer: string;
  let admin2: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = schoolingApi(t);
    [admin, social, nurse, carer, admin2] = await Promise.all(
      (['admin', 'social', 'nurse', 'carer', 'admin2'] as const).map((u) => t.token(u)),
    );
  });
  afterAll(() => t.close());

  /** Posts an enrolment that must be refused and leave the table unchanged. */
  async function refused(residentId: string, body: Record<string, unknown>, status: number) {
    const before = await count(t.dataSource, 'enrollment');
    const res = await api.enrol(social, residentId, body);
    expectProblem(res, status);
    expect(await count(t.dataSource, 'enrollment')).toBe(before);
    return res;
  }

  describe('creating', () => {
    it('enrols a child, answers the record with its scale, and audits it in the same transaction', async () => {
      const child = await api.child(admin, 12);
      const res = await api.enrol(social, child, enrollmentBody());
      expect(res.status).toBe(201);
      expect(res.body).toEqual(
        expect.objectContaining({
          residentId: child,
          schoolYear: '2026-2027',
          level: 'lower_secondary',
          grade: 7,
          schoolName: 'Trường THCS Hiến Nam',
          className: '7A2',
          startDate: '2026-09-05',
          endDate: null,
          boardingType: 'day',
          status: 'studying',
          ratingScale: 'tt22_2021',
          voided: false,
          results: [],
          version: 1,
        }),
      );
      expect(res.headers.etag).toBe('"1"');
      const audit: { action: string; user_id: string }[] = await t.dataSource.query(
        `SELECT action, user_id FROM audit_log WHERE entity = 'enrollment' AND entity_id = $1`,
        [res.body.id],
      );
      expect(audit.map((a) => a.action)).toEqual(['create']);
    });

    it('defaults the start to the opening day and the status to studying; admin may enrol too', async () => {
      const child = await api.child(admin, 8);
      const res = await api.enrol(admin, child, {
        schoolYear: '2026-2027',
        level: 'primary',
        grade: 3,
        schoolName: 'Trường Tiểu học Lê Hồng Phong',
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual(
        expect.objectContaining({
          startDate: '2026-09-05',
          status: 'studying',
          ratingScale: 'tt27_2020',
        }),
      );
    });

    it('records a year at no school with its reason and no status', async () => {
      const child = await api.child(admin, 14);
      const res = await api.enrol(social, child, {
        schoolYear: '2026-2027',
        level: 'not_enrolled',
        notEnrolledReason: 'Chưa có giấy khai sinh, đang làm thủ tục',
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual(
        expect.objectContaining({ level: 'not_enrolled', status: null, grade: null }),
      );
      const noReason = await refused(
        child,
        { schoolYear: '2027-2028', level: 'not_enrolled' },
        400,
      );
      expect(errorCodes(noReason)).toEqual(['notEnrolledReason:isDefined']);
    });

    it('refuses grade 7 at primary level, naming the field', async () => {
      const child = await api.child(admin, 12);
      const res = await refused(child, enrollmentBody({ level: 'primary', grade: 7 }), 400);
      expect(errorCodes(res)).toEqual(['grade:gradeOutsideLevel']);
      expect(res.body.errors[0].message).toBe('Lớp 7 không thuộc cấp Tiểu học (lớp 1–5)');
    });

    it('refuses a missing grade, a grade at a level without grades, and a missing school', async () => {
      const child = await api.child(admin, 12);
      expect(errorCodes(await refused(child, enrollmentBody({ grade: undefined }), 400))).toEqual([
        'grade:isDefined',
      ]);
      expect(
        errorCodes(await refused(child, enrollmentBody({ level: 'university', grade: 2 }), 400)),
      ).toEqual(['grade:notApplicable']);
      expect(
        errorCodes(await refused(child, enrollmentBody({ schoolName: undefined }), 400)),
      ).toEqual(['schoolName:isDefined']);
    });

    it('refuses an end date before the start date', async () => {
      const child = await api.child(admin, 12);
      const res = await refused(child, enrollmentBody({ endDate: '2026-09-04' }), 400);
      expect(errorCodes(res)).toEqual(['endDate:beforeStart']);
    });

    it('refuses a start outside the school year and a malformed school year', async () => {
      const child = await api.child(admin, 12);
      expect(
        errorCodes(await refused(child, enrollmentBody({ startDate: '2027-09-05' }), 400)),
      ).toEqual(['startDate:outsideSchoolYear']);
      expect(
        errorCodes(await refused(child, enrollmentBody({ schoolYear: '2026-2028' }), 400)),
      ).toEqual(['schoolYear:isSchoolYear']);
      expect(
        errorCodes(await refused(child, enrollmentBody({ startDate: '2026-02-30' }), 400)),
      ).toEqual(['startDate:isCalendarDate']);
    });

    it('refuses unknown fields and unknown codes', async () => {
      const child = await api.child(admin, 12);
      const res = await refused(
        child,
        enrollmentBody({ teacher: 'Cô Lan', level: 'kindergarten' }),
        400,
      );
      expect(errorCodes(res).sort()).toEqual(['level:isIn', 'teacher:unknownField']);
    });

    it('refuses a second active enrolment for the same year (409), naming the first', async () => {
      const child = await api.child(admin, 12);
      const first = await api.enrolled(social, child, enrollmentBody());
      const res = await refused(child, enrollmentBody({ schoolName: 'Trường THCS Lam Sơn' }), 409);
      expect(res.body.existingEnrollmentId).toBe(first.id);
      // A year at no school is active too.
      await refused(
        child,
        { schoolYear: '2026-2027', level: 'not_enrolled', notEnrolledReason: 'x' },
        409,
      );
      // Another year is free.
      const next = await api.enrol(
        social,
        child,
        enrollmentBody({ schoolYear: '2027-2028', grade: 8, startDate: undefined }),
      );
      expect(next.status).toBe(201);
    });

    it('allows a mid-year change of school: the old row transferred, then a new one', async () => {
      const child = await api.child(admin, 12);
      const first = await api.enrolled(social, child, enrollmentBody());
      const moved = await api.patch(
        social,
        first.id,
        { status: 'transferred', endDate: '2027-01-20', statusNote: 'Chuyển về gần trung tâm' },
        '"1"',
      );
      expect(moved.status).toBe(200);
      const second = await api.enrol(
        social,
        child,
        enrollmentBody({ schoolName: 'Trường THCS Lam Sơn', startDate: '2027-02-01' }),
      );
      expect(second.status).toBe(201);
      const list = await api.list(social, child);
      expect(list.status).toBe(200);
      expect(list.body.items.map((e: EnrollmentBody) => [e.schoolName, e.status])).toEqual([
        ['Trường THCS Lam Sơn', 'studying'],
        ['Trường THCS Hiến Nam', 'transferred'],
      ]);
    });

    it('refuses a resident who is no longer present (409)', async () => {
      const child = await api.child(admin, 12);
      const left = await t
        .http()
        .post(`/api/v1/residents/${child}/status-changes`)
        .set('Authorization', `Bearer ${admin}`)
        .send({
          to: 'transferred',
          effectiveDate: today(),
          destination: 'Trung tâm Công tác xã hội Hà Nội',
        });
      expect(left.status).toBe(200);
      await refused(child, enrollmentBody(), 409);
    });

    it('replays an idempotent retry without a second row', async () => {
      const child = await api.child(admin, 12);
      const send = () =>
        t
          .http()
          .post(`/api/v1/residents/${child}/enrollments`)
          .set('Authorization', `Bearer ${social}`)
          .set('Idempotency-Key', `enrol-${child}`)
          .send(enrollmentBody());
      const first = await send();
      const before = await count(t.dataSource, 'enrollment');
      const again = await send();
      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.body.id).toBe(first.body.id);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(await count(t.dataSource, 'enrollment')).toBe(before);
    });
  });

  describe('who may', () => {
    let child: string;
    let enrollment: EnrollmentBody;
    beforeAll(async () => {
      child = await api.child(admin, 10);
      enrollment = await api.enrolled(
        social,
        child,
        enrollmentBody({ level: 'primary', grade: 5 }),
      );
    });

    it.each([['nurse'], ['carer']] as const)('refuses the %s (403) on every route', async (who) => {
      const token = who === 'nurse' ? nurse : carer;
      expectProblem(await api.list(token, child), 403);
      expectProblem(
        await api.enrol(token, child, enrollmentBody({ schoolYear: '2027-2028' })),
        403,
      );
      expectProblem(await api.get(token, enrollment.id), 403);
      expectProblem(await api.patch(token, enrollment.id, { className: '5B' }, '"1"'), 403);
    });

    it('answers 404 for another facility’s resident or enrolment, as for a missing one', async () => {
      expectProblem(await api.list(admin2, child), 404);
      expectProblem(
        await api.enrol(admin2, child, enrollmentBody({ schoolYear: '2027-2028' })),
        404,
      );
      expectProblem(await api.get(admin2, enrollment.id), 404);
      const before = await t.dataSource.query(`SELECT version FROM enrollment WHERE id = $1`, [
        enrollment.id,
      ]);
      expectProblem(await api.patch(admin2, enrollment.id, { className: '5B' }, '"1"'), 404);
      expect(
        await t.dataSource.query(`SELECT version FROM enrollment WHERE id = $1`, [enrollment.id]),
      ).toEqual(before);
      expectProblem(await api.get(admin, '3f6c1f9e-2b7a-4c1d-9e8f-0a1b2c3d4e5f'), 404);
    });

    it('answers 400 for a path id that is not a UUID', async () => {
      const res = await api.get(admin, 'not-a-uuid');
      expectProblem(res, 400);
      expect(errorCodes(res)).toEqual(['id:isUuid']);
    });
  });

  describe('updating', () => {
    it('corrects with If-Match, bumps the version, answers the ETag and audits before/after', async () => {
      const child = await api.child(admin, 12);
      const e = await api.enrolled(social, child, enrollmentBody());
      const res = await api.patch(
        social,
        e.id,
        { className: '7A5', boardingType: 'semi_boarding' },
        '"1"',
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual(
        expect.objectContaining({ className: '7A5', boardingType: 'semi_boarding', version: 2 }),
      );
      expect(res.headers.etag).toBe('"2"');
      const audit: { changes: Record<string, { before: unknown; after: unknown }> }[] =
        await t.dataSource.query(
          `SELECT changes FROM audit_log WHERE entity = 'enrollment' AND entity_id = $1 AND action = 'update'`,
          [e.id],
        );
      expect(audit[0]?.changes.className).toEqual({ before: '7A2', after: '7A5' });
    });

    it('refuses a stale If-Match (412) and a missing one (428), changing nothing', async () => {
      const child = await api.child(admin, 12);
      const e = await api.enrolled(social, child, enrollmentBody());
      expect((await api.patch(social, e.id, { className: '7A3' }, '"1"')).status).toBe(200);
      const stale = await api.patch(social, e.id, { className: '7A9' }, '"1"');
      expectProblem(stale, 412);
      expectProblem(await api.patch(social, e.id, { className: '7A9' }), 428);
      const now = await api.get(social, e.id);
      expect(now.body).toEqual(expect.objectContaining({ className: '7A3', version: 2 }));
    });

    it('refuses grade 7 at primary and an end before the start on PATCH too', async () => {
      const child = await api.child(admin, 12);
      const e = await api.enrolled(social, child, enrollmentBody());
      expect(errorCodes(await api.patch(social, e.id, { level: 'primary' }, '"1"'))).toEqual([
        'grade:gradeOutsideLevel',
      ]);
      expect(errorCodes(await api.patch(social, e.id, { endDate: '2026-09-01' }, '"1"'))).toEqual([
        'endDate:beforeStart',
      ]);
      expect(errorCodes(await api.patch(social, e.id, { status: 'dropped_out' }, '"1"'))).toEqual([
        'endDate:isDefined',
      ]);
      expect(errorCodes(await api.patch(social, e.id, { schoolYear: '2027-2028' }, '"1"'))).toEqual(
        ['schoolYear:unknownField'],
      );
      expect(errorCodes(await api.patch(social, e.id, { level: null }, '"1"'))).toEqual([
        'level:isIn',
      ]);
      expect((await api.get(social, e.id)).body.version).toBe(1);
    });

    it('records a drop-out with its date', async () => {
      const child = await api.child(admin, 15);
      const e = await api.enrolled(social, child, enrollmentBody({ grade: 9 }));
      const res = await api.patch(
        social,
        e.id,
        { status: 'dropped_out', endDate: '2027-01-15', statusNote: 'Bỏ học đi làm' },
        '"1"',
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual(
        expect.objectContaining({ status: 'dropped_out', endDate: '2027-01-15' }),
      );
    });

    it('turns a not_enrolled year into a school year (status studying) and back', async () => {
      const child = await api.child(admin, 9);
      const e = await api.enrolled(social, child, {
        schoolYear: '2026-2027',
        level: 'not_enrolled',
        notEnrolledReason: 'Mới tiếp nhận',
      });
      const enrolled = await api.patch(
        social,
        e.id,
        {
          level: 'primary',
          grade: 4,
          schoolName: 'Trường Tiểu học Hiến Nam',
          notEnrolledReason: null,
        },
        '"1"',
      );
      expect(enrolled.status).toBe(200);
      expect(enrolled.body).toEqual(
        expect.objectContaining({ level: 'primary', grade: 4, status: 'studying' }),
      );
      const back = await api.patch(
        social,
        e.id,
        {
          level: 'not_enrolled',
          grade: null,
          schoolName: null,
          notEnrolledReason: 'Nghỉ dài ngày điều trị',
        },
        '"2"',
      );
      expect(back.status).toBe(200);
      expect(back.body).toEqual(expect.objectContaining({ level: 'not_enrolled', status: null }));
    });

    it('refuses a level change that would move results to another scale (409)', async () => {
      const child = await api.child(admin, 11);
      // A year that is over, so that its results may be recorded.
      const e = await api.enrolled(
        social,
        child,
        enrollmentBody({
          level: 'primary',
          grade: 5,
          schoolYear: '2025-2026',
          startDate: '2025-09-05',
        }),
      );
      await api.resulted(social, e.id, { term: 'HK1', rating: 'completed' });
      const res = await api.patch(social, e.id, { level: 'lower_secondary', grade: 6 }, '"1"');
      expectProblem(res, 409);
      expect((await api.get(social, e.id)).body).toEqual(
        expect.objectContaining({ level: 'primary', version: 1 }),
      );
    });

    it('reactivating a row refuses a second active enrolment of the year (409)', async () => {
      const child = await api.child(admin, 12);
      const a = await api.enrolled(social, child, enrollmentBody());
      await api.patch(social, a.id, { status: 'transferred', endDate: '2026-12-01' }, '"1"');
      await api.enrolled(
        social,
        child,
        enrollmentBody({ startDate: '2026-12-02', schoolName: 'Trường THCS Lam Sơn' }),
      );
      expectProblem(await api.patch(social, a.id, { status: 'studying' }, '"2"'), 409);
    });

    it('voids a mistaken enrolment: kept and listed, frozen, and the year is free again', async () => {
      const child = await api.child(admin, 12);
      const e = await api.enrolled(
        social,
        child,
        enrollmentBody({ schoolYear: '2025-2026', startDate: '2025-09-05' }),
      );
      expect(
        errorCodes(await api.patch(social, e.id, { voidReason: 'x', className: '7A' }, '"1"')),
      ).toEqual(['voidReason:voidAlone']);
      const voided = await api.patch(admin, e.id, { voidReason: 'Nhập nhầm năm học' }, '"1"');
      expect(voided.status).toBe(200);
      expect(voided.body).toEqual(
        expect.objectContaining({ voided: true, voidReason: 'Nhập nhầm năm học' }),
      );
      expectProblem(await api.patch(admin, e.id, { className: '7B' }, '"2"'), 409);
      expectProblem(
        await api.result(social, e.id, {
          term: 'HK1',
          learningRating: 'good',
          conductRating: 'good',
        }),
        409,
      );
      expect(
        (
          await api.enrol(
            social,
            child,
            enrollmentBody({ schoolYear: '2025-2026', startDate: '2025-09-05' }),
          )
        ).status,
      ).toBe(201);
      const list = await api.list(social, child);
      expect(list.body.items.map((x: EnrollmentBody) => x.voided).sort()).toEqual([false, true]);
    });
  });

  describe('listing', () => {
    it('pages newest school year first with a stable cursor', async () => {
      const child = await api.child(admin, 14);
      for (const [year, grade] of [
        ['2023-2024', 6],
        ['2024-2025', 7],
        ['2025-2026', 8],
        ['2026-2027', 9],
      ] as const) {
        await api.enrolled(
          social,
          child,
          enrollmentBody({ schoolYear: year, grade, startDate: undefined }),
        );
      }
      const first = await api.list(social, child, { limit: 3 });
      expect(first.body.items.map((e: EnrollmentBody) => e.schoolYear)).toEqual([
        '2026-2027',
        '2025-2026',
        '2024-2025',
      ]);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await api.list(social, child, { limit: 3, cursor: first.body.nextCursor });
      expect(second.body.items.map((e: EnrollmentBody) => e.schoolYear)).toEqual(['2023-2024']);
      expect(second.body.nextCursor).toBeNull();
    });
  });
});
