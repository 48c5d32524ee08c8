import { SchoolingFiguresService } from '../../src/schooling/figures/schooling-figures.service';
import { expectProblem, startTestApp, TestApp } from '../support/test-app';
import { enrollmentBody, errorCodes, schoolingApi } from './schooling-fixtures';

describe('GET /schooling/figures and SchoolingFiguresService.forYear', () => {
  let t: TestApp;
  let api: ReturnType<typeof schoolingApi>;
  let admin: string;
  let social: string;
  let nurse: string;
  let admin2: string;
  const YEAR = '2025-2026';

  beforeAll(async () => {
    t = await startTestApp();
    api = schoolingApi(t);
    [admin, social, nurse, admin2] = await Promise.all(
      (['admin', 'social', 'nurse', 'admin2'] as const).map((u) => t.token(u)),
    );
    const enrol = async (age: number, body: Record<string, unknown>) => {
      const id = await api.child(admin, age);
      return api.enrolled(social, id, { schoolYear: YEAR, startDate: '2025-09-05', ...body });
    };
    const primary = (grade: number) => ({
      level: 'primary',
      grade,
      schoolName: 'Trường Tiểu học Hiến Nam',
    });
    const secondary = (grade: number) =>
      enrollmentBody({ grade, schoolYear: YEAR, startDate: '2025-09-05' });

    const a = await enrol(8, primary(3));
    await api.resulted(social, a.id, { term: 'HK1', rating: 'excellent' });
    await api.resulted(social, a.id, { term: 'HK2', rating: 'completed' });
    await api.resulted(social, a.id, { term: 'year', rating: 'outstanding' });
    const b = await enrol(9, primary(4));
    await api.resulted(social, b.id, { term: 'HK1', rating: 'completed', daysAbsent: 20 });
    await api.resulted(social, b.id, { term: 'year', rating: 'not_completed' });
    const c = await enrol(12, secondary(7));
    await api.resulted(social, c.id, {
      term: 'HK1',
      learningRating: 'fair',
      conductRating: 'good',
    });
    await api.resulted(social, c.id, {
      term: 'year',
      learningRating: 'good',
      conductRating: 'good',
    });
    const d = await enrol(13, secondary(8));
    await api.resulted(social, d.id, {
      term: 'year',
      learningRating: 'fail',
      conductRating: 'pass',
    });
    await enrol(15, {
      level: 'upper_secondary',
      grade: 10,
      schoolName: 'Trường THPT Hưng Yên',
      status: 'dropped_out',
      endDate: '2026-01-05',
    });
    await enrol(4, { level: 'nursery', schoolName: 'Trường Mầm non Hoa Sen' });
    await enrol(14, {
      level: 'not_enrolled',
      notEnrolledReason: 'Khuyết tật nặng',
      startDate: undefined,
    });
    await enrol(17, {
      level: 'vocational_intermediate',
      schoolName: 'Trường Trung cấp nghề Hưng Yên',
    });
    // Changed school in the year: one resident, two enrolments.
    const i = await enrol(12, secondary(7));
    await api
      .patch(social, i.id, { status: 'transferred', endDate: '2026-01-15' }, '"1"')
      .expect(200);
    await api.enrolled(social, i.residentId, {
      ...secondary(7),
      schoolName: 'Trường THCS Lam Sơn',
      startDate: '2026-01-19',
    });
    // A voided enrolment and its result count for nothing.
    const j = await enrol(10, primary(5));
    await api.resulted(social, j.id, { term: 'year', rating: 'completed' });
    await api.patch(social, j.id, { voidReason: 'Nhập trùng' }, '"1"').expect(200);
    // Vocational courses: one started in the year, one finished in it (certificate, job), one long before.
    const course = {
      course: 'May công nghiệp',
      institution: 'Trường Cao đẳng nghề Hưng Yên',
      trade: 'May công nghiệp',
    };
    await api
      .train(social, await api.child(admin, 16), { ...course, startDate: '2025-10-01' })
      .expect(201);
    await api
      .train(social, await api.child(admin, 17), {
        ...course,
        startDate: '2025-03-01',
        endDate: '2025-09-30',
        status: 'completed',
        certificateObtained: true,
        employer: 'Công ty TNHH May Hưng Yên',
        jobStartedOn: '2025-10-15',
      })
      .expect(201);
    await api
      .train(social, await api.child(admin, 17), {
        ...course,
        startDate: '2024-01-02',
        endDate: '2024-06-28',
        status: 'completed',
      })
      .expect(201);
  });
  afterAll(() => t.close());

  const zero = {
    nursery: 0,
    primary: 0,
    lower_secondary: 0,
    upper_secondary: 0,
    vocational_intermediate: 0,
    college: 0,
    university: 0,
    continuing_education: 0,
    special_education: 0,
    not_enrolled: 0,
  };

  it('counts residents by level and status, dropouts, ratings per term and the promotion rate', async () => {
    const res = await api.figures(social, YEAR);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      schoolYear: YEAR,
      students: 8,
      byLevel: {
        ...zero,
        nursery: 1,
        primary: 2,
        lower_secondary: 3,
        upper_secondary: 1,
        vocational_intermediate: 1,
        not_enrolled: 1,
      },
      notEnrolled: 1,
      byStatus: { studying: 7, completed: 0, dropped_out: 1, transferred: 1, suspended: 0 },
      dropouts: 1,
      terms: {
        HK1: {
          results: 3,
          primary: { outstanding: 0, excellent: 1, completed: 1, not_completed: 0 },
          secondaryLearning: { good: 0, fair: 1, pass: 0, fail: 0 },
          secondaryConduct: { good: 1, fair: 0, pass: 0, fail: 0 },
          highAbsence: 1,
        },
        HK2: {
          results: 1,
          primary: { outstanding: 0, excellent: 0, completed: 1, not_completed: 0 },
          secondaryLearning: { good: 0, fair: 0, pass: 0, fail: 0 },
          secondaryConduct: { good: 0, fair: 0, pass: 0, fail: 0 },
          highAbsence: 0,
        },
        year: {
          results: 4,
          primary: { outstanding: 1, excellent: 0, completed: 0, not_completed: 1 },
          secondaryLearning: { good: 1, fair: 0, pass: 0, fail: 1 },
          secondaryConduct: { good: 1, fair: 0, pass: 1, fail: 0 },
          highAbsence: 0,
          promotion: { promoted: 2, repeat: 1, re_exam: 1 },
          promotionRate: 0.5,
        },
      },
      promotionRate: 0.5,
      vocational: {
        schoolEnrollments: 1,
        trainings: 2,
        started: 1,
        completed: 1,
        certificates: 1,
        placedInJobs: 1,
      },
    });
  });

  it('is a service method the reports can call with a facility id', async () => {
    const figures = await t.app.get(SchoolingFiguresService).forYear(t.facilityA.id, YEAR);
    const res = await api.figures(admin, YEAR);
    expect(JSON.parse(JSON.stringify(figures))).toEqual(res.body);
    expect(figures.students).toBe(8);
  });

  it('keeps facilities apart and answers zeros for a year without data', async () => {
    const other = await api.figures(admin2, YEAR);
    expect(other.status).toBe(200);
    expect(other.body).toEqual(
      expect.objectContaining({ students: 0, byLevel: zero, dropouts: 0, promotionRate: null }),
    );
    expect(other.body.vocational.trainings).toBe(0);
    const empty = await api.figures(social, '2030-2031');
    expect(empty.body.students).toBe(0);
  });

  it('refuses a malformed or missing year (400) and the nurse (403)', async () => {
    expect(errorCodes(await api.figures(social, '2025'))).toEqual(['year:isSchoolYear']);
    const missing = await t
      .http()
      .get('/api/v1/schooling/figures')
      .set('Authorization', `Bearer ${social}`);
    expect(errorCodes(missing)).toEqual(['year:isDefined']);
    expectProblem(await api.figures(nurse, YEAR), 403);
  });

  it('serves the reference lists with the Vietnamese labels of the rating scales', async () => {
    const res = await t
      .http()
      .get('/api/v1/reference/schooling')
      .set('Authorization', `Bearer ${nurse}`);
    expect(res.status).toBe(200);
    const [primary, secondary] = res.body.scales;
    expect(primary.code).toBe('tt27_2020');
    expect(
      primary.ratings.rating.map((r: { code: string; vi: string }) => `${r.code}=${r.vi}`),
    ).toEqual([
      'outstanding=Hoàn thành xuất sắc',
      'excellent=Hoàn thành tốt',
      'completed=Hoàn thành',
      'not_completed=Chưa hoàn thành',
    ]);
    expect(secondary.code).toBe('tt22_2021');
    expect(
      secondary.ratings.learningRating.map(
        (r: { code: string; vi: string }) => `${r.code}=${r.vi}`,
      ),
    ).toEqual(['good=Tốt', 'fair=Khá', 'pass=Đạt', 'fail=Chưa đạt']);
    expect(res.body.levels.find((l: { code: string }) => l.code === 'lower_secondary')).toEqual(
      expect.objectContaining({ grades: [6, 9], gradeRequired: true }),
    );
  });
});
