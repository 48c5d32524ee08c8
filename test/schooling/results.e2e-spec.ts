import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';
import {
  nextSchoolYear,
  openingDay,
  previousSchoolYear,
  schoolYearOf,
} from '../../src/schooling/rules/school-year';
import { termOverOn } from '../../src/schooling/rules/term-calendar';
import {
  enrollmentBody,
  errorCodes,
  schoolingApi,
  today,
  type EnrollmentBody,
} from './schooling-fixtures';

/** A school year over whatever today is (results of every term may be recorded). */
const ENDED = previousSchoolYear(schoolYearOf(today()));
/** A school year none of whose terms is over yet. */
const AHEAD = nextSchoolYear(schoolYearOf(today()));

describe('term results: POST /enrollments/:id/results, PATCH /results/:id', () => {
  let t: TestApp;
  let api: ReturnType<typeof schoolingApi>;
  let admin: string;
  let social: string;
  let nurse: string;
  let admin2: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = schoolingApi(t);
    [admin, social, nurse, admin2] = await Promise.all(
      (['admin', 'social', 'nurse', 'admin2'] as const).map((u) => t.token(u)),
    );
  });
  afterAll(() => t.close());

  const primary = async (grade = 3): Promise<EnrollmentBody> =>
    api.enrolled(social, await api.child(admin, 5 + grade), {
      schoolYear: ENDED,
      level: 'primary',
      grade,
      schoolName: 'Trường Tiểu học Hiến Nam',
    });
  const secondary = async (grade = 7): Promise<EnrollmentBody> =>
    api.enrolled(
      social,
      await api.child(admin, 5 + grade),
      enrollmentBody({ grade, schoolYear: ENDED, startDate: openingDay(ENDED) }),
    );

  /** Posts a result that must be refused and leave the table unchanged. */
  async function refused(
    token: string,
    enrollmentId: string,
    body: Record<string, unknown>,
    status: number,
  ) {
    const before = await count(t.dataSource, 'school_result');
    const res = await api.result(token, enrollmentId, body);
    expectProblem(res, status);
    expect(await count(t.dataSource, 'school_result')).toBe(before);
    return res;
  }

  describe('primary (TT 27/2020)', () => {
    it('records a semester result with subjects, awards and remarks; no promotion yet', async () => {
      const e = await primary();
      const res = await api.result(social, e.id, {
        term: 'HK1',
        rating: 'excellent',
        qualitiesRating: 'good',
        subjects: [
          { subject: 'Toán', score: 9, rating: 'excellent' },
          { subject: 'Tiếng Việt', score: 8, rating: 'completed' },
        ],
        daysAbsent: 2,
        awards: ['Khen thưởng học sinh tiêu biểu'],
        teacherRemarks: 'Em chăm ngoan, tiến bộ rõ ở môn Toán.',
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual(
        expect.objectContaining({
          enrollmentId: e.id,
          term: 'HK1',
          scale: 'tt27_2020',
          rating: 'excellent',
          qualitiesRating: 'good',
          learningRating: null,
          daysAbsent: 2,
          awards: ['Khen thưởng học sinh tiêu biểu'],
          promotion: null,
          version: 1,
        }),
      );
      expect(res.body.subjects).toEqual([
        { subject: 'Toán', score: 9, rating: 'excellent' },
        { subject: 'Tiếng Việt', score: 8, rating: 'completed' },
      ]);
      const listed = await api.list(social, e.residentId);
      expect(listed.body.items[0].results.map((r: { id: string }) => r.id)).toEqual([res.body.id]);
    });

    it.each([
      ['outstanding', 'promoted', 'programme_completed'],
      ['completed', 'promoted', 'programme_completed'],
      ['not_completed', 'repeat', 'primary_not_completed'],
    ])('a whole year rated %s → %s', async (rating, promotion, reason) => {
      const e = await primary();
      const res = await api.result(social, e.id, { term: 'year', rating });
      expect(res.status).toBe(201);
      expect(res.body).toEqual(expect.objectContaining({ promotion, promotionReason: reason }));
    });

    it('refuses a rating from the secondary scale, and Hoàn thành xuất sắc for a semester', async () => {
      const e = await primary();
      const wrong = await refused(social, e.id, { term: 'HK1', rating: 'good' }, 400);
      expect(errorCodes(wrong)).toEqual(['rating:wrongScale']);
      expect(wrong.body.errors[0].message).toBe(
        'Mức đánh giá không thuộc thang tiểu học (TT 27/2020); dùng một trong: excellent, completed, not_completed',
      );
      expect(
        errorCodes(
          await refused(
            social,
            e.id,
            { term: 'HK1', rating: 'completed', learningRating: 'good', conductRating: 'good' },
            400,
          ),
        ),
      ).toEqual(['learningRating:wrongScale', 'conductRating:wrongScale']);
      expect(
        errorCodes(await refused(social, e.id, { term: 'HK1', rating: 'outstanding' }, 400)),
      ).toEqual(['rating:yearOnly']);
      expect(errorCodes(await refused(social, e.id, { term: 'HK1' }, 400))).toEqual([
        'rating:isDefined',
      ]);
    });
  });

  describe('secondary (TT 22/2021)', () => {
    it.each([
      ['good', 'good', 3, 'promoted', 'ratings_passed'],
      ['pass', 'pass', 45, 'promoted', 'ratings_passed'],
      ['fail', 'good', 0, 're_exam', 'learning_not_passed'],
      ['fair', 'fail', 0, 're_exam', 'conduct_not_passed'],
      ['good', 'good', 46, 'repeat', 'absences_over_limit'],
    ])(
      'learning %s, conduct %s, %i days absent → %s',
      async (learningRating, conductRating, daysAbsent, promotion, reason) => {
        const e = await secondary();
        const res = await api.result(social, e.id, {
          term: 'year',
          learningRating,
          conductRating,
          daysAbsent,
        });
        expect(res.status).toBe(201);
        expect(res.body).toEqual(
          expect.objectContaining({
            scale: 'tt22_2021',
            learningRating,
            conductRating,
            promotion,
            promotionReason: reason,
          }),
        );
      },
    );

    it('refuses a rating from the primary scale, a primary field, and a missing conduct rating', async () => {
      const e = await secondary();
      expect(
        errorCodes(
          await refused(
            social,
            e.id,
            { term: 'HK1', learningRating: 'excellent', conductRating: 'good' },
            400,
          ),
        ),
      ).toEqual(['learningRating:wrongScale']);
      expect(
        errorCodes(
          await refused(
            social,
            e.id,
            { term: 'HK1', rating: 'completed', learningRating: 'good', conductRating: 'good' },
            400,
          ),
        ),
      ).toEqual(['rating:wrongScale']);
      expect(
        errorCodes(await refused(social, e.id, { term: 'HK1', learningRating: 'good' }, 400)),
      ).toEqual(['conductRating:isDefined']);
      expect(
        errorCodes(
          await refused(
            social,
            e.id,
            {
              term: 'HK1',
              learningRating: 'good',
              conductRating: 'good',
              subjects: [{ subject: 'Âm nhạc', rating: 'good' }],
            },
            400,
          ),
        ),
      ).toEqual(['subjects.0.rating:wrongScale']);
    });

    it('refuses bad input field by field, and unknown fields', async () => {
      const e = await secondary();
      const res = await refused(
        social,
        e.id,
        {
          term: 'HK3',
          learningRating: 'good',
          conductRating: 'good',
          daysAbsent: -1,
          subjects: [{ subject: 'Toán', score: 11 }],
          mood: 'vui',
        },
        400,
      );
      expect(errorCodes(res).sort()).toEqual([
        'daysAbsent:min',
        'mood:unknownField',
        'subjects.0.score:max',
        'term:isIn',
      ]);
    });
  });

  it('refuses ratings at a level without a national scale, but keeps remarks and absences', async () => {
    const child = await api.child(admin, 19);
    const e = await api.enrolled(social, child, {
      schoolYear: ENDED,
      level: 'university',
      schoolName: 'Trường Đại học Sư phạm Kỹ thuật Hưng Yên',
    });
    expect(e.ratingScale).toBe('none');
    expect(
      errorCodes(await refused(social, e.id, { term: 'HK1', rating: 'completed' }, 400)),
    ).toEqual(['rating:wrongScale']);
    const ok = await api.result(social, e.id, {
      term: 'HK1',
      daysAbsent: 1,
      teacherRemarks: 'Điểm trung bình học kỳ 3,2/4',
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toEqual(expect.objectContaining({ scale: 'none', promotion: null }));
  });

  it('refuses results for a year at no school (409)', async () => {
    const child = await api.child(admin, 14);
    const e = await api.enrolled(social, child, {
      schoolYear: ENDED,
      level: 'not_enrolled',
      notEnrolledReason: 'Khuyết tật nặng',
    });
    await refused(social, e.id, { term: 'HK1' }, 409);
  });

  describe('one result per term', () => {
    it('refuses a second result for the term (409) and corrects the first with PATCH: re-exam passed → promoted', async () => {
      const e = await secondary(8);
      const first = await api.resulted(social, e.id, {
        term: 'year',
        learningRating: 'fail',
        conductRating: 'good',
      });
      expect(first.promotion).toBe('re_exam');
      const again = await refused(
        social,
        e.id,
        { term: 'year', learningRating: 'pass', conductRating: 'good' },
        409,
      );
      expect(again.body.existingResultId).toBe(first.id);
      const fixed = await api.patchResult(
        social,
        first.id,
        { learningRating: 'pass', teacherRemarks: 'Đạt sau kiểm tra lại môn Toán' },
        `"${first.version}"`,
      );
      expect(fixed.status).toBe(200);
      expect(fixed.body).toEqual(
        expect.objectContaining({
          learningRating: 'pass',
          conductRating: 'good',
          promotion: 'promoted',
          version: 2,
        }),
      );
      expect(fixed.headers.etag).toBe('"2"');
      const audit: { changes: Record<string, { before: unknown; after: unknown }> }[] =
        await t.dataSource.query(
          `SELECT changes FROM audit_log WHERE entity = 'school_result' AND entity_id = $1 AND action = 'update'`,
          [first.id],
        );
      expect(audit[0]?.changes.promotion).toEqual({ before: 're_exam', after: 'promoted' });
    });

    it('allows the other terms of the same enrolment', async () => {
      const e = await secondary(9);
      for (const term of ['HK1', 'HK2', 'year']) {
        expect(
          (await api.result(social, e.id, { term, learningRating: 'fair', conductRating: 'good' }))
            .status,
        ).toBe(201);
      }
    });

    it('refuses a stale If-Match (412), a wrong-scale correction (400), and a missing If-Match (428)', async () => {
      const e = await primary(4);
      const r = await api.resulted(social, e.id, { term: 'HK2', rating: 'completed' });
      expect((await api.patchResult(social, r.id, { rating: 'excellent' }, '"1"')).status).toBe(
        200,
      );
      expectProblem(await api.patchResult(social, r.id, { rating: 'not_completed' }, '"1"'), 412);
      expect(errorCodes(await api.patchResult(social, r.id, { rating: 'fair' }, '"2"'))).toEqual([
        'rating:wrongScale',
      ]);
      expect(errorCodes(await api.patchResult(social, r.id, { term: 'year' }, '"2"'))).toEqual([
        'term:unknownField',
      ]);
      expectProblem(await api.patchResult(social, r.id, { rating: 'completed' }), 428);
      const now = await api.get(social, e.id);
      expect(now.body.results[0]).toEqual(
        expect.objectContaining({ rating: 'excellent', version: 2 }),
      );
    });
  });

  describe('who may', () => {
    it('refuses a nurse posting or correcting results (403)', async () => {
      const e = await primary();
      await refused(nurse, e.id, { term: 'HK1', rating: 'completed' }, 403);
      const r = await api.resulted(admin, e.id, { term: 'HK1', rating: 'completed' });
      expectProblem(await api.patchResult(nurse, r.id, { rating: 'excellent' }, '"1"'), 403);
    });

    it('answers 404 for another facility’s enrolment or result', async () => {
      const e = await primary();
      await refused(admin2, e.id, { term: 'HK1', rating: 'completed' }, 404);
      const r = await api.resulted(social, e.id, { term: 'HK1', rating: 'completed' });
      expectProblem(await api.patchResult(admin2, r.id, { rating: 'excellent' }, '"1"'), 404);
      expect((await api.get(social, e.id)).body.results[0].rating).toBe('completed');
    });
  });

  describe('attendance', () => {
    it('raises one attendance alert for many days absent in a term, and closes it when corrected', async () => {
      const e = await secondary();
      const r = await api.resulted(social, e.id, {
        term: 'HK1',
        learningRating: 'pass',
        conductRating: 'fair',
        daysAbsent: 18,
      });
      const open = await api.alerts(social, { kind: 'attendance', residentId: e.residentId });
      expect(open.status).toBe(200);
      expect(open.body.items).toHaveLength(1);
      expect(open.body.items[0]).toEqual(
        expect.objectContaining({
          kind: 'attendance',
          sourceType: 'school_result',
          sourceId: r.id,
        }),
      );
      expect(open.body.items[0].message).toContain(
        `nghỉ học 18 ngày trong học kỳ I năm học ${ENDED} (ngưỡng 15 ngày)`,
      );
      // A nurse does not handle this kind.
      expect((await api.alerts(nurse, { kind: 'attendance' })).body.items).toEqual([]);
      const fixed = await api.patchResult(social, r.id, { daysAbsent: 8 }, '"1"');
      expect(fixed.status).toBe(200);
      expect(
        (await api.alerts(social, { kind: 'attendance', residentId: e.residentId })).body.items,
      ).toEqual([]);
      const closed = await api.alerts(social, {
        kind: 'attendance',
        residentId: e.residentId,
        status: 'closed',
      });
      expect(closed.body.items.map((a: { sourceId: string }) => a.sourceId)).toEqual([r.id]);
    });

    it('raises nothing at the threshold', async () => {
      const e = await secondary();
      await api.resulted(social, e.id, {
        term: 'HK2',
        learningRating: 'pass',
        conductRating: 'pass',
        daysAbsent: 15,
      });
      expect(
        (await api.alerts(social, { kind: 'attendance', residentId: e.residentId })).body.items,
      ).toEqual([]);
    });
  });
  describe("only once the term is over (the ministry's frame: HK1 before 18/01, the year before 31/05)", () => {
    it('refuses every term of a year not over yet (409, in both languages) and records nothing', async () => {
      const e = await api.enrolled(
        social,
        await api.child(admin, 12),
        enrollmentBody({ schoolYear: AHEAD, startDate: openingDay(AHEAD) }),
      );
      const hk1 = await refused(
        social,
        e.id,
        { term: 'HK1', learningRating: 'good', conductRating: 'good' },
        409,
      );
      expect(hk1.body.detail).toContain(`Học kỳ I năm học ${AHEAD} chưa kết thúc`);
      const from = termOverOn(AHEAD, 'HK1').split('-').reverse().join('/');
      expect(hk1.body.detail).toContain(from);
      const year = await api
        .result(social, e.id, { term: 'year', learningRating: 'good', conductRating: 'good' })
        .set('Accept-Language', 'en');
      expectProblem(year, 409);
      expect(year.body.detail).toContain(`school year ${AHEAD} is not over`);
      await refused(
        admin,
        e.id,
        { term: 'HK2', learningRating: 'good', conductRating: 'good' },
        409,
      );
    });

    it('accepts a term as soon as it is over, and not the year before it is', async () => {
      const current = schoolYearOf(today());
      const e = await api.enrolled(
        social,
        await api.child(admin, 12),
        enrollmentBody({ schoolYear: current, startDate: openingDay(current) }),
      );
      const body = { learningRating: 'good', conductRating: 'good' };
      for (const term of ['HK1', 'HK2', 'year'] as const) {
        const res = await api.result(social, e.id, { term, ...body });
        expect(res.status).toBe(today() >= termOverOn(current, term) ? 201 : 409);
      }
    });
  });
});
