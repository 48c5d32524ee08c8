import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';
import { nextSchoolYear, openingDay, schoolYearOf } from '../../src/schooling/rules/school-year';
import { schoolYearOverOn } from '../../src/schooling/rules/term-calendar';
import { errorCodes, schoolingApi, today, type EnrollmentBody } from './schooling-fixtures';

interface Enrolled {
  residentId: string;
  previousEnrollmentId: string;
  level: string;
  grade: number | null;
  schoolName: string | null;
}
interface Decision {
  residentId: string;
  reason: string;
  reasonText: string;
}

describe('POST /schooling/rollover', () => {
  let t: TestApp;
  let api: ReturnType<typeof schoolingApi>;
  let admin: string;
  let social: string;
  let nurse: string;
  let admin2: string;
  const r: Record<string, string> = {};
  const old: Record<string, EnrollmentBody> = {};
  let answer: {
    status: number;
    body: {
      from: string;
      to: string;
      enrolled: Enrolled[];
      needsDecision: Decision[];
      alreadyEnrolled: string[];
    };
  };

  const FROM = '2024-2025';
  const general = (level: string, grade: number, over: Record<string, unknown> = {}) => ({
    schoolYear: FROM,
    level,
    grade,
    schoolName:
      level === 'primary'
        ? 'Trường Tiểu học Hiến Nam'
        : level === 'lower_secondary'
          ? 'Trường THCS Hiến Nam'
          : 'Trường THPT Hưng Yên',
    schoolCommune: 'Phường Phố Hiến, tỉnh Hưng Yên',
    className: `${grade}A1`,
    startDate: '2024-09-05',
    boardingType: 'semi_boarding',
    ...over,
  });

  /** A child with one enrolment of the closing year and, if given, its whole-year result. */
  async function student(
    key: string,
    body: Record<string, unknown>,
    year?: Record<string, unknown>,
    dob?: string,
  ) {
    r[key] = dob ? await api.child(admin, 0, { dateOfBirth: dob }) : await api.child(admin, 10);
    old[key] = await api.enrolled(social, r[key], body);
    if (year) await api.resulted(social, old[key].id, { term: 'year', ...year });
  }

  beforeAll(async () => {
    t = await startTestApp();
    api = schoolingApi(t);
    [admin, social, nurse, admin2] = await Promise.all(
      (['admin', 'social', 'nurse', 'admin2'] as const).map((u) => t.token(u)),
    );
    const passed = { learningRating: 'fair', conductRating: 'good' };
    await student('p5', general('primary', 5), { rating: 'excellent' });
    await student('s7', general('lower_secondary', 7), passed);
    await student('s9', general('lower_secondary', 9), passed);
    await student('u12', general('upper_secondary', 12), passed);
    await student('reExam', general('lower_secondary', 8), {
      learningRating: 'fail',
      conductRating: 'good',
    });
    await student('repeat', general('primary', 2), { rating: 'not_completed' });
    await student('noResult', general('primary', 4));
    await student(
      'dropped',
      general('lower_secondary', 8, { status: 'dropped_out', endDate: '2025-01-10' }),
    );
    await student(
      'nursery6',
      { schoolYear: FROM, level: 'nursery', schoolName: 'Trường Mầm non Hoa Sen' },
      undefined,
      '2019-06-01',
    );
    await student(
      'nursery4',
      { schoolYear: FROM, level: 'nursery', schoolName: 'Trường Mầm non Hoa Sen' },
      undefined,
      '2021-03-01',
    );
    await student('university', {
      schoolYear: FROM,
      level: 'university',
      schoolName: 'Trường Đại học Sư phạm Kỹ thuật Hưng Yên',
    });
    await student('notEnrolled', {
      schoolYear: FROM,
      level: 'not_enrolled',
      notEnrolledReason: 'Khuyết tật nặng',
    });
    // Changed school mid-year: the transferred row is not the one that rolls over.
    await student(
      'moved',
      general('lower_secondary', 7, { status: 'transferred', endDate: '2025-01-20' }),
    );
    old.movedNew = await api.enrolled(
      social,
      r.moved,
      general('lower_secondary', 7, { schoolName: 'Trường THCS Lam Sơn', startDate: '2025-02-03' }),
    );
    await api.resulted(social, old.movedNew.id, { term: 'year', ...passed });
    // Already enrolled for the new year by hand.
    await student('already', general('lower_secondary', 6), passed);
    await api.enrolled(
      social,
      r.already,
      general('lower_secondary', 7, { schoolYear: '2025-2026', startDate: '2025-09-05' }),
    );
    // Left the centre: not rolled over.
    await student('gone', general('lower_secondary', 6), passed);
    await t
      .http()
      .post(`/api/v1/residents/${r.gone}/status-changes`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ to: 'transferred', effectiveDate: today(), destination: 'Trung tâm khác' })
      .expect(200);
    // A voided enrolment counts for nothing.
    await student('voided', general('primary', 3), { rating: 'completed' });
    await api.patch(social, old.voided.id, { voidReason: 'Nhập nhầm' }, '"1"').expect(200);

    answer = await api.rollover(social, { from: FROM });
  });
  afterAll(() => t.close());

  const enrolledOf = (key: string) => answer.body.enrolled.find((e) => e.residentId === r[key]);
  const reasonOf = (key: string) =>
    answer.body.needsDecision.find((d) => d.residentId === r[key])?.reason;

  it('answers 201 with the new year', () => {
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual(expect.objectContaining({ from: '2024-2025', to: '2025-2026' }));
  });

  it.each([
    ['p5', 'lower_secondary', 6, null],
    ['s7', 'lower_secondary', 8, 'Trường THCS Hiến Nam'],
    ['s9', 'upper_secondary', 10, null],
    ['nursery6', 'primary', 1, null],
    ['nursery4', 'nursery', null, 'Trường Mầm non Hoa Sen'],
    ['university', 'university', null, 'Trường Đại học Sư phạm Kỹ thuật Hưng Yên'],
    ['moved', 'lower_secondary', 8, 'Trường THCS Lam Sơn'],
  ])('enrols %s at %s grade %p (school %p)', (key, level, grade, schoolName) => {
    expect(enrolledOf(key)).toEqual(expect.objectContaining({ level, grade, schoolName }));
  });

  it.each([
    ['u12', 'finished_upper_secondary'],
    ['reExam', 're_exam'],
    ['repeat', 'repeat'],
    ['noResult', 'no_year_result'],
    ['dropped', 'dropped_out'],
    ['notEnrolled', 'not_enrolled'],
  ])('lists %s as needing a decision: %s', (key, reason) => {
    expect(reasonOf(key)).toBe(reason);
    expect(enrolledOf(key)).toBeUndefined();
  });

  it('enrols exactly the promoted, leaves the already enrolled alone, ignores those who left and voided rows', () => {
    expect(answer.body.enrolled).toHaveLength(7);
    expect(answer.body.needsDecision).toHaveLength(6);
    expect(answer.body.alreadyEnrolled).toEqual([r.already]);
    for (const key of ['gone', 'voided', 'already']) {
      expect(enrolledOf(key)).toBeUndefined();
      expect(reasonOf(key)).toBeUndefined();
    }
    expect(answer.body.needsDecision.find((d) => d.reason === 're_exam')?.reasonText).toBe(
      'Chờ kiểm tra lại / rèn luyện hè',
    );
  });

  it('creates the new enrolments (studying, opening day, same boarding, no class) linked to the old', async () => {
    const list = await api.list(social, r.s7);
    const [next, prev] = list.body.items as (EnrollmentBody & Record<string, unknown>)[];
    expect(next).toEqual(
      expect.objectContaining({
        schoolYear: '2025-2026',
        level: 'lower_secondary',
        grade: 8,
        status: 'studying',
        startDate: '2025-09-05',
        endDate: null,
        className: null,
        schoolCommune: 'Phường Phố Hiến, tỉnh Hưng Yên',
        boardingType: 'semi_boarding',
        rolledOverFromId: old.s7.id,
      }),
    );
    expect(enrolledOf('s7')?.previousEnrollmentId).toBe(old.s7.id);
    // The finished year is completed, ended on the last day of teaching.
    expect(prev).toEqual(
      expect.objectContaining({
        id: old.s7.id,
        status: 'completed',
        endDate: '2025-05-31',
        version: 2,
      }),
    );
  });

  it('keeps the enrolment of a student awaiting a decision as it was', async () => {
    const list = await api.list(social, r.reExam);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toEqual(expect.objectContaining({ status: 'studying', version: 1 }));
    const moved = await api.get(social, old.moved.id);
    expect(moved.body).toEqual(expect.objectContaining({ status: 'transferred', version: 1 }));
  });

  it('audits the rollover and each new enrolment', async () => {
    const rows: { entity: string; n: number }[] = await t.dataSource.query(
      `SELECT entity, count(*)::int AS n FROM audit_log
        WHERE entity IN ('school_year_rollover', 'enrollment') AND action = 'create' AND changes->'schoolYear'->>'after' IS DISTINCT FROM '2024-2025'
        GROUP BY entity ORDER BY entity`,
    );
    // Enrolments created here: the 7 rolled over and the one made by hand for 2025-2026.
    expect(rows).toEqual([
      { entity: 'enrollment', n: 8 },
      { entity: 'school_year_rollover', n: 1 },
    ]);
  });

  it('refuses a second rollover of the year (409) and creates nothing', async () => {
    const before = await count(t.dataSource, 'enrollment');
    const again = await api.rollover(admin, { from: FROM });
    expectProblem(again, 409);
    expect(again.body.detail).toBe('Năm học 2024-2025 đã được kết chuyển');
    expect(await count(t.dataSource, 'enrollment')).toBe(before);
  });

  it('keeps facilities apart: facility B has nothing to roll over in that year', async () => {
    const before = await count(t.dataSource, 'enrollment');
    expectProblem(await api.rollover(admin2, { from: FROM }), 409);
    expect(await count(t.dataSource, 'enrollment')).toBe(before);
  });

  it('refuses a year without enrolments (409) without spending it', async () => {
    const before = await count(t.dataSource, 'school_year_rollover');
    expectProblem(await api.rollover(social, { from: '2010-2011' }), 409);
    expect(await count(t.dataSource, 'school_year_rollover')).toBe(before);
  });

  it('refuses bad input (400) and the nurse (403)', async () => {
    expect(errorCodes(await api.rollover(social, { from: '2024-2026' }))).toEqual([
      'from:isSchoolYear',
    ]);
    expect(errorCodes(await api.rollover(social, {}))).toEqual(['from:isDefined']);
    expect(errorCodes(await api.rollover(social, { from: '2025-2026', to: '2026-2027' }))).toEqual([
      'to:unknownField',
    ]);
    expectProblem(await api.rollover(nurse, { from: '2025-2026' }), 403);
    expect(await count(t.dataSource, 'school_year_rollover')).toBe(1);
  });
  describe('a year not over yet (one mis-click must not enrol next year)', () => {
    const AHEAD = nextSchoolYear(schoolYearOf(today()));
    const counts = async () => [
      await count(t.dataSource, 'enrollment'),
      await count(t.dataSource, 'school_year_rollover'),
    ];
    beforeAll(async () => {
      const child = await api.child(admin, 11);
      await api.enrolled(social, child, {
        ...general('primary', 5),
        schoolYear: AHEAD,
        startDate: openingDay(AHEAD),
      });
    });

    it('refuses it (409, both languages) and creates nothing', async () => {
      const before = await counts();
      const res = await api.rollover(social, { from: AHEAD });
      expectProblem(res, 409);
      const from = schoolYearOverOn(AHEAD).split('-').reverse().join('/');
      expect(res.body.detail).toBe(
        `Năm học ${AHEAD} chưa kết thúc: kết chuyển từ ngày ${from}, hoặc quản trị viên kết chuyển sớm kèm lý do`,
      );
      const en = await api.rollover(admin, { from: AHEAD }).set('Accept-Language', 'en');
      expectProblem(en, 409);
      expect(en.body.detail).toContain(`The school year ${AHEAD} is not over`);
      expect(await counts()).toEqual(before);
    });

    it('lets only an admin close it early, with a reason (403 for the social worker, 400 for a blank reason)', async () => {
      const before = await counts();
      const social403 = await api.rollover(social, { from: AHEAD, reason: 'Trường báo sớm' });
      expectProblem(social403, 403);
      expect(errorCodes(social403)).toEqual(['reason:fieldForbidden']);
      expect(errorCodes(await api.rollover(admin, { from: AHEAD, reason: '   ' }))).toEqual([
        'reason:isNotEmpty',
      ]);
      expect(await counts()).toEqual(before);
    });

    it("rolls it over on an admin's reason and audits the reason", async () => {
      const reason = 'Trường đã tổng kết năm học sớm theo kế hoạch của tỉnh';
      const res = await api.rollover(admin, { from: AHEAD, reason });
      expect(res.status).toBe(201);
      expect(res.body).toEqual(expect.objectContaining({ from: AHEAD, to: nextSchoolYear(AHEAD) }));
      const audit: { reason: string | null }[] = await t.dataSource.query(
        `SELECT changes->'earlyReason'->>'after' AS reason FROM audit_log
          WHERE entity = 'school_year_rollover' AND entity_id = $1`,
        [res.body.id],
      );
      expect(audit).toEqual([{ reason }]);
    });
  });
});
