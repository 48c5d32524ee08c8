import { JobRunner } from '../../src/jobs/job-runner';
import { raiseSchoolingAlerts } from '../../src/schooling/figures/schooling-alerts.job';
import { schoolYearOf } from '../../src/schooling/rules/school-year';
import { count, startTestApp, TestApp } from '../support/test-app';
import { enrollmentBody, schoolingApi, today } from './schooling-fixtures';

interface AlertBody {
  id: string;
  kind: string;
  residentId: string;
  sourceType: string;
  dueOn: string | null;
  message: string;
  status: string;
}

/** Its own database: the job reads every resident, so no other test's residents may be there. */
describe('the daily schooling age-rule job', () => {
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
    course: 'May công nghiệp trình độ sơ cấp',
    institution: 'Trường Cao đẳng nghề Hưng Yên',
    trade: 'May công nghiệp',
    startDate: today(),
    ...over,
  });

  describe('the daily age-rule job', () => {
    const p: Record<string, string> = {};
    let runner: JobRunner;
    const thisYear = schoolYearOf(today());
    const openAlerts = async (kind: string): Promise<AlertBody[]> =>
      (await api.alerts(social, { kind })).body.items as AlertBody[];
    const residentsWith = async (kind: string) =>
      (await openAlerts(kind)).map((a) => a.residentId).sort();
    const ids = (...keys: string[]) => keys.map((k) => p[k]).sort();

    beforeAll(async () => {
      runner = t.app.get(JobRunner);
      const child = (key: string, age: number, over: Record<string, unknown> = {}) =>
        api.child(admin, age, over).then((id) => (p[key] = id));
      await child('idle14', 14);
      await child('school14', 14);
      await child('training14', 14);
      await child('idle12', 12);
      await child('idle17', 17);
      await child('school17', 17);
      await child('emergency17', 17, {
        type: 'emergency',
        categories: ['k2_emergency'],
        emergencyKind: 'domestic_violence',
        emergency: {
          foundAt: 'Phố Hiến',
          foundOn: today(),
          foundBy: 'Công an phường',
          intakeRecordNo: 'BB-1',
        },
      });
      await child('student22', 22);
      await child('student21', 21);
      await child('elderly', 70, { categories: ['k1_elderly_alone'] });
      const enrol = (key: string, body: Record<string, unknown>) =>
        api.enrolled(social, p[key], { schoolYear: thisYear, startDate: undefined, ...body });
      await enrol('school14', enrollmentBody({ grade: 8 }));
      await enrol('school17', {
        level: 'upper_secondary',
        grade: 11,
        schoolName: 'Trường THPT Hưng Yên',
      });
      await enrol('student22', {
        level: 'university',
        schoolName: 'Trường Đại học Sư phạm Kỹ thuật Hưng Yên',
      });
      await enrol('student21', { level: 'college', schoolName: 'Trường Cao đẳng Y tế Hưng Yên' });
      // A year recorded as not enrolled is not studying.
      await enrol('idle17', { level: 'not_enrolled', notEnrolledReason: 'Bỏ học từ năm lớp 8' });
      await api.train(social, p.training14, course()).expect(201);
    });

    it('refers a child of 13–15 who neither studies nor trains to vocational training', async () => {
      const outcome = await runner.runExclusive('schooling-age-rules', raiseSchoolingAlerts, {
        force: true,
      });
      expect(outcome?.raised).toBe(3);
      expect(await residentsWith('vocational_referral')).toEqual(ids('idle14'));
      const [alert] = await openAlerts('vocational_referral');
      expect(alert?.message).toMatch(/: 14 tuổi, không đi học — giới thiệu học nghề$/);
      // Dated on the start of the school year, so it comes back once a year at most.
      expect(alert?.dueOn).toBe(`${thisYear.slice(0, 4)}-08-01`);
    });

    it('flags a child of a child category who reached 16 and does not study, and a student who reached 22', async () => {
      const reviews = await openAlerts('discharge_review');
      expect(reviews.map((a) => a.residentId).sort()).toEqual(ids('idle17', 'student22'));
      const byResident = new Map(reviews.map((a) => [a.residentId, a]));
      expect(byResident.get(p.idle17)?.sourceType).toBe('schooling_not_studying');
      expect(byResident.get(p.idle17)?.message).toMatch(
        /đủ 16 tuổi ngày .* không đi học — xem xét thôi trợ giúp \(NĐ 20\/2021 Điều 30 d\)$/,
      );
      expect(byResident.get(p.student22)?.sourceType).toBe('schooling_student_22');
      expect(byResident.get(p.student22)?.message).toContain('đủ 22 tuổi ngày');
    });

    it('raises nothing new on a second run', async () => {
      const before = await count(t.dataSource, 'alert');
      const outcome = await runner.runExclusive('schooling-age-rules', raiseSchoolingAlerts, {
        force: true,
      });
      expect(outcome).toEqual({ raised: 0, closed: 0 });
      expect(await count(t.dataSource, 'alert')).toBe(before);
      const runs: { ok: boolean }[] = await t.dataSource.query(
        `SELECT ok FROM job_run WHERE job = 'schooling-age-rules' ORDER BY id`,
      );
      expect(runs).toEqual([{ ok: true }, { ok: true }]);
    });

    it('closes the referral once the child is enrolled, and the review once the resident studies again', async () => {
      await api.enrolled(social, p.idle14, {
        schoolYear: thisYear,
        ...enrollmentBody({ grade: 8, schoolYear: thisYear, startDate: undefined }),
      });
      const training = await api.train(social, p.idle17, course());
      expect(training.status).toBe(201);
      const outcome = await runner.runExclusive('schooling-age-rules', raiseSchoolingAlerts, {
        force: true,
      });
      expect(outcome).toEqual({ raised: 0, closed: 2 });
      expect(await residentsWith('vocational_referral')).toEqual([]);
      expect(await residentsWith('discharge_review')).toEqual(ids('student22'));
    });

    it('shows these alerts to the social worker and the director, not to the nurse', async () => {
      expect((await api.alerts(admin, { kind: 'discharge_review' })).body.items).toHaveLength(1);
      expect((await api.alerts(nurse, { kind: 'discharge_review' })).body.items).toEqual([]);
      expect((await api.alerts(admin2, { kind: 'discharge_review' })).body.items).toEqual([]);
    });
  });
});
