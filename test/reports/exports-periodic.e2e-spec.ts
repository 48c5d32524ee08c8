import ExcelJS from 'exceljs';
import { JobRunner } from '../../src/jobs/job-runner';
import { MonthlyDraftJob } from '../../src/reports/monthly-draft.job';
import { addMonths } from '../../src/calendar/dates';
import { freshName, regularBody, residentsApi, today } from '../residents/resident-fixtures';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';
import { pdfText, ReportBody, reportsApi } from './report-fixtures';

// The e2e project's testTimeout is not applied (jest reads it globally only): a loaded machine needs more than 5 s.
jest.setTimeout(120_000);

describe('exports, periodic reports and the monthly draft job', () => {
  let t: TestApp;
  let api: ReturnType<typeof reportsApi>;
  let admin: string;
  let social: string;
  let carer: string;
  let officer: string;
  const hivName = freshName('Vương');
  const formulaName = '=HYPERLINK("http://x.example","Bấm")';

  beforeAll(async () => {
    t = await startTestApp();
    api = reportsApi(t);
    [admin, social, carer, officer] = await Promise.all(
      (['admin', 'social', 'carer', 'officer'] as const).map((u) => t.token(u)),
    );
    await t.dataSource.query(`UPDATE facility SET capacity = 500`);
    const residents = residentsApi(t);
    await residents.admitted(
      admin,
      regularBody({
        fullName: hivName,
        categories: ['k1_child_hiv'],
        sensitive: { hivStatus: 'positive', abuseHistory: 'Bị bạo hành bởi cha dượng' },
      }),
    );
    await residents.admitted(
      admin,
      regularBody({
        fullName: formulaName,
        hometownProvince: '+84 Hưng Yên',
        religion: '@Phật giáo',
      }),
    );
    await residents.admitted(
      admin,
      regularBody({ fullName: '-Lò Thị Mai', hometownProvince: '@SUM(A1)' }),
    );
  });
  afterAll(() => t.close());

  describe('the register as CSV', () => {
    it('has Vietnamese headers, neutralises formulas and carries no sensitive fact', async () => {
      const res = await api.exportCsv(admin);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      const text = res.text;
      expect(text.startsWith('\uFEFFMã đối tượng,Họ và tên,Ngày sinh')).toBe(true);
      expect(text).toContain(`"'=HYPERLINK(""http://x.example"",""Bấm"")"`);
      expect(text).toContain("'-Lò Thị Mai");
      expect(text).toContain("'+84 Hưng Yên");
      expect(text).toContain("'@SUM(A1)");
      for (const line of text.split('\r\n').slice(1)) {
        for (const cell of line.split(',')) expect(cell).not.toMatch(/^"?[=+\-@]/);
      }
      expect(text).toContain(hivName);
      expect(text).not.toMatch(/HIV|positive|bạo hành/i);
      const rows = text.trim().split('\r\n').length - 1;
      expect(rows).toBe(
        await count(t.dataSource, 'resident WHERE facility_id = ' + `'${t.facilityA.id}'`),
      );
    });

    it('is for the admin only', async () => {
      for (const token of [social, carer, officer]) expectProblem(await api.exportCsv(token), 403);
    });
  });

  describe('the register as XLSX', () => {
    it('has dates as dates, neutralised text and no sensitive fact', async () => {
      const res = await api.exportXlsx(admin);
      expect(res.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error('no sheet');
      expect(sheet.getCell(1, 1).value).toBe('Mã đối tượng');
      const values: unknown[] = [];
      sheet.eachRow((row, n) => {
        if (n > 1) values.push(...(row.values as unknown[]));
      });
      expect(values).toContain(`'${formulaName}`);
      expect(values).not.toContain(formulaName);
      expect(values.some((v) => v instanceof Date)).toBe(true);
      const strings = values.filter((v): v is string => typeof v === 'string');
      expect(strings.every((v) => !/^[=+\-@]/.test(v))).toBe(true);
      expect(strings.join('\n')).not.toMatch(/HIV|bạo hành/i);
      expectProblem(
        await t
          .http()
          .get('/api/v1/exports/residents.xlsx')
          .set({ Authorization: `Bearer ${carer}` }),
        403,
      );
    });
  });

  describe('periodic reports (ND 103/2017 Điều 51)', () => {
    it('makes a six-monthly and an annual report over whole months', async () => {
      const year = Number(today().slice(0, 4)) - 1;
      const h1 = await api.periodic(admin, { period: `${year}-H1` });
      expect(h1.status).toBe(201);
      const body = h1.body as ReportBody;
      expect(body).toMatchObject({ kind: 'six_monthly', period: `${year}-H1`, reportVersion: 1 });
      expect(body.data.census).toMatchObject({ identityHolds: true });
      const annual = await api.periodic(admin, { period: `${year}` });
      expect(annual.status).toBe(201);
      expect(annual.body).toMatchObject({ kind: 'annual', period: `${year}` });
      // The year's admissions are those of its halves and more.
      const admitted = (r: ReportBody) => r.data.census.admittedTotal as number;
      expect(admitted(annual.body as ReportBody)).toBeGreaterThanOrEqual(admitted(body));
      // Each kind speaks of its own period, and says when its figures were taken.
      const textOf = async (r: ReportBody) =>
        (await pdfText((await api.pdf(admin, r.id)).body as Buffer)).replace(/\s+/g, ' ');
      const h1Text = await textOf(body);
      const annualText = await textOf(annual.body as ReportBody);
      for (const text of [h1Text, annualText]) {
        expect(text).not.toMatch(/trong tháng|cuối tháng|đầu tháng/);
      }
      expect(h1Text).toContain(`6 tháng đầu năm ${year}`);
      expect(h1Text).toContain(`Số liệu tính đến ngày 30/06/${year}`);
      expect(h1Text).toContain('Tổng kinh phí nuôi dưỡng trong 6 tháng');
      expect(annualText).toContain(`Số liệu tính đến ngày 31/12/${year}`);
      expect(annualText).toContain('Tổng kinh phí nuôi dưỡng trong năm');
      expect(annualText).toContain('đến hạn trong năm');
      expect(annualText).toContain('còn quá hạn cuối năm');
      const before = await count(t.dataSource, 'report');
      // 0000 and 1899: outside the years dates may have (0000 was a 500 before).
      for (const period of [`${year}-H2`, `${year}-H1x`, '26', `${year + 2}`, '0000', '1899-H1']) {
        expectProblem(await api.periodic(admin, { period }), 400);
      }
      expectProblem(await api.periodic(admin, { period: `${year}-H1` }), 400); // needs a reason
      expectProblem(await api.periodic(carer, { period: `${year}` }), 403);
      expect(await count(t.dataSource, 'report')).toBe(before);
    });
  });

  describe('medicine and staffing over a six-monthly report', () => {
    // The first half of 2020, years before any demo resident: two children, one from 10 January,
    // one from 15 March (both 10, one carer per 10 children).
    it('sums purchases per person-month and gives short shifts month by month', async () => {
      const residents = residentsApi(t);
      for (const admittedOn of ['2020-01-10', '2020-03-15']) {
        await residents.admitted(
          admin,
          regularBody({ dateOfBirth: '2010-01-01', admittedOn, decisionDate: admittedOn }),
        );
      }
      for (const [purchasedOn, amountVnd] of [
        ['2020-01-20', 150_000],
        ['2020-03-20', 100_000],
        ['2020-05-05', 80_000],
        ['2020-07-01', 500_000],
      ] as const) {
        const bought = await t
          .http()
          .post('/api/v1/medicine-purchases')
          .set({ Authorization: `Bearer ${admin}` })
          .send({ purchasedOn, description: 'Thuốc hạ sốt', amountVnd });
        expect(bought.status).toBe(201);
      }
      const [carerRow] = await t.dataSource.query<{ id: string }[]>(
        `SELECT id FROM app_user WHERE facility_id = $1 AND username = 'carer'`,
        [t.facilityA.id],
      );
      const rooms = await t
        .http()
        .get('/api/v1/facilities/current/rooms')
        .set({ Authorization: `Bearer ${admin}` });
      const roomIds = [(rooms.body as { id: string }[])[0]?.id];
      // Monday 3 February: the caretaker works the morning only. Monday 4 May: all three shifts.
      for (const [week, shifts] of [
        ['2020-02-03', ['morning']],
        ['2020-05-04', ['morning', 'afternoon', 'night']],
      ] as const) {
        const rota = await t
          .http()
          .put('/api/v1/staff-assignments')
          .query({ week })
          .set({ Authorization: `Bearer ${admin}` })
          .send({
            assignments: shifts.map((shift) => ({
              userId: carerRow?.id,
              date: week,
              shift,
              roomIds,
            })),
          });
        expect(rota.status).toBe(200);
      }
      const res = await api.periodic(admin, { period: '2020-H1' });
      expect(res.status).toBe(201);
      const h1 = res.body as ReportBody;
      // Present: 1 child in January and February, 2 from March to June: 10 person-months.
      // 150,000 + 100,000 + 80,000 = 330,000 đ (July's is another period's): 33,000 đ a person a
      // month; January alone (150,000 đ for one child) was over the 100,000 đ ceiling.
      expect(h1.data.allowance.commonMedicine).toEqual({
        recorded: true,
        value: {
          totalVnd: 330_000,
          residentMonths: 10,
          perResidentMonthVnd: 33_000,
          ceilingVnd: 100_000,
          monthsOverCeiling: 1,
          months: 6,
        },
      });
      // 3 February: one child, one caretaker needed each shift; afternoon and night had none.
      const none = { daysWithRota: 0, shortShifts: 0, carersMissing: 0 };
      expect(h1.data.staffing).toEqual({
        days: 31 + 29 + 31 + 30 + 31 + 30,
        daysWithRota: 2,
        shortShifts: 2,
        shortByShift: { morning: 0, afternoon: 1, night: 1 },
        carersMissing: 2,
        short: [],
        byMonth: [
          { month: '2020-01', ...none },
          { month: '2020-02', daysWithRota: 1, shortShifts: 2, carersMissing: 2 },
          { month: '2020-03', ...none },
          { month: '2020-04', ...none },
          { month: '2020-05', daysWithRota: 1, shortShifts: 0, carersMissing: 0 },
          { month: '2020-06', ...none },
        ],
      });
      const text = (await pdfText((await api.pdf(admin, h1.id)).body as Buffer)).replace(
        /\s+/g,
        ' ',
      );
      for (const want of [
        'Thuốc chữa bệnh thông thường: thực chi trong 6 tháng 330.000 đ',
        '- Số đối tượng được nuôi dưỡng, cộng theo từng tháng 10',
        '- Bình quân mỗi người mỗi tháng (mức tối đa 100.000 đ) 33.000 đ (trong mức)',
        '- Số tháng vượt mức tối đa 1/6 tháng',
        'Số ngày có lịch phân công ca trong 6 tháng 2/182 ngày',
        'Số ca thiếu nhân viên chăm sóc so với định mức 2',
        '02/2020 1 2 2',
        '05/2020 1 0 0',
      ]) {
        expect(text).toContain(want);
      }
      expect(text).not.toMatch(/trong tháng|cuối tháng|đầu tháng/);
    });
  });

  describe('the monthly draft job', () => {
    it("drafts last month's report for every facility, once", async () => {
      const job = t.app.get(MonthlyDraftJob);
      const run = () =>
        t.app.get(JobRunner).runExclusive('monthly-report-draft', (m) => job.draftAll(m), {
          force: true,
        });
      const lastMonth = addMonths(`${today().slice(0, 7)}-01`, -1).slice(0, 7);
      expect(await run()).toMatchObject({ raised: 2 });
      expect(await run()).toMatchObject({ raised: 0 });
      const drafts = await t.dataSource.query<
        {
          facility_id: string;
          status: string;
          generated_by: string | null;
          report_version: number;
        }[]
      >(
        `SELECT facility_id, status, generated_by, report_version FROM report WHERE kind = 'monthly' AND period = $1`,
        [lastMonth],
      );
      expect(drafts).toHaveLength(2);
      expect(
        drafts.every(
          (d) => d.status === 'draft' && d.generated_by === null && d.report_version === 1,
        ),
      ).toBe(true);
      const jobRuns = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM job_run WHERE job = 'monthly-report-draft' AND ok`,
      );
      expect(jobRuns[0]?.n).toBe(2);
      // The admin finalises it; a regeneration needs a reason like any other.
      const list = await api.list(admin, { period: lastMonth });
      const draft = (list.body.items as ReportBody[])[0];
      expect(draft).toMatchObject({ status: 'draft', generatedBy: null });
      expectProblem(await api.monthly(admin, { month: lastMonth }), 400);
      expect((await api.finalise(admin, draft?.id ?? '')).status).toBe(200);
    });
  });
});
