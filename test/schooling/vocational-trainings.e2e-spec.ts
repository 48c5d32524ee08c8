import { schoolYearOf } from '../../src/schooling/rules/school-year';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';
import { agedYears, errorCodes, schoolingApi, today } from './schooling-fixtures';

describe('vocational training', () => {
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

  const course = (over: Record<string, unknown> = {}) => ({
    course: 'Sửa chữa xe máy trình độ sơ cấp',
    institution: 'Trường Cao đẳng nghề Hưng Yên',
    trade: 'Sửa chữa xe máy',
    programmeLevel: 'elementary',
    startDate: '2026-03-02',
    endDate: '2026-08-28',
    ...over,
  });

  describe('GET/POST /residents/:id/vocational-trainings, PATCH /vocational-trainings/:id', () => {
    it('starts a course, then records completion, certificate and the job found after it', async () => {
      const teen = await api.child(admin, 16);
      const res = await api.train(social, teen, course());
      expect(res.status).toBe(201);
      expect(res.body).toEqual(
        expect.objectContaining({
          residentId: teen,
          status: 'ongoing',
          certificateObtained: false,
          employer: null,
          version: 1,
        }),
      );
      const done = await api.patchTraining(
        social,
        res.body.id,
        {
          status: 'completed',
          certificateObtained: true,
          certificateName: 'Chứng chỉ sơ cấp nghề Sửa chữa xe máy',
          employer: 'Cửa hàng Honda Phố Nối',
          jobTitle: 'Thợ sửa xe',
          jobStartedOn: '2026-09-07',
          monthlyIncomeVnd: 6500000,
        },
        '"1"',
      );
      expect(done.status).toBe(200);
      expect(done.body).toEqual(
        expect.objectContaining({
          status: 'completed',
          certificateObtained: true,
          employer: 'Cửa hàng Honda Phố Nối',
          version: 2,
        }),
      );
      expect(done.headers.etag).toBe('"2"');
      const list = await api.trainings(social, teen);
      expect(list.body.items.map((v: { id: string }) => v.id)).toEqual([res.body.id]);
    });

    it.each([
      ['an end before the start', { endDate: '2026-03-01' }, ['endDate:beforeStart']],
      [
        'a certificate of an ongoing course',
        { certificateObtained: true },
        ['certificateObtained:notCompleted'],
      ],
      [
        'a completed course without end',
        { status: 'completed', endDate: undefined },
        ['endDate:isDefined'],
      ],
      ['a job without employer', { jobTitle: 'Thợ may' }, ['employer:isDefined']],
      [
        'a job before the course',
        { employer: 'Công ty May 10', jobStartedOn: '2026-01-01' },
        ['jobStartedOn:beforeStart'],
      ],
      ['unknown fields', { salary: 1 }, ['salary:unknownField']],
      ['a missing trade', { trade: undefined }, ['trade:isDefined']],
    ])('refuses %s (400), creating nothing', async (_name, over, codes) => {
      const teen = await api.child(admin, 15);
      const before = await count(t.dataSource, 'vocational_training');
      const res = await api.train(social, teen, course(over));
      expectProblem(res, 400);
      expect(errorCodes(res)).toEqual(codes);
      expect(await count(t.dataSource, 'vocational_training')).toBe(before);
    });

    it('refuses a stale If-Match (412), the nurse (403), and another facility (404)', async () => {
      const teen = await api.child(admin, 15);
      const v = (await api.train(social, teen, course())).body as { id: string };
      expect((await api.patchTraining(social, v.id, { notes: 'Học tốt' }, '"1"')).status).toBe(200);
      expectProblem(await api.patchTraining(social, v.id, { notes: 'x' }, '"1"'), 412);
      expectProblem(await api.train(nurse, teen, course()), 403);
      expectProblem(await api.trainings(nurse, teen), 403);
      expectProblem(await api.train(admin2, teen, course()), 404);
      expectProblem(await api.patchTraining(admin2, v.id, { notes: 'x' }, '"2"'), 404);
      const list = await api.trainings(social, teen);
      expect(list.body.items[0]).toEqual(expect.objectContaining({ notes: 'Học tốt', version: 2 }));
    });
  });

  describe('a current enrolment is what the discharge rules read as “still studying”', () => {
    it('refuses an age-limit discharge of a 17-year-old student without an override reason', async () => {
      const teen = await api.child(admin, 17, {
        admittedOn: agedYears(5),
        decisionDate: agedYears(5),
      });
      await api.enrolled(social, teen, {
        schoolYear: schoolYearOf(today()),
        level: 'upper_secondary',
        grade: 12,
        schoolName: 'Trường THPT Hưng Yên',
      });
      const discharge = (extra: Record<string, unknown>) =>
        t
          .http()
          .post(`/api/v1/residents/${teen}/discharge`)
          .set('Authorization', `Bearer ${admin}`)
          .send({
            ground: 'age_limit',
            requestedOn: today(),
            decisionNo: '12/QĐ-TTBTXH',
            decisionDate: today(),
            effectiveOn: today(),
            ...extra,
          });
      const refused = await discharge({});
      expectProblem(refused, 409);
      // The reason it needs, in words (the English text names the field).
      expect(refused.body.detail).toContain('cần ghi lý do cho ra trước tuổi');
    });
  });
});
