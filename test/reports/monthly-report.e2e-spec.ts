import { createHash } from 'node:crypto';
import { dischargeApi, dischargeBody } from '../discharge/discharge-fixtures';
import {
  emergencyBody,
  fieldsOf,
  freshName,
  regularBody,
  today,
  voluntaryBody,
} from '../residents/resident-fixtures';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';
import { enrollmentBody, schoolingApi } from '../schooling/schooling-fixtures';
import { pdfText, ReportBody, reportsApi } from './report-fixtures';

// The e2e project's testTimeout is not applied (jest reads it globally only): a loaded machine needs more than 5 s.
jest.setTimeout(240_000);

/**
 * The fixture month is September 2021: years before any demo resident came, so every figure of
 * the month is one this file created through the API, and known.
 */
const MONTH = '2021-09';
const on = (d: string) => ({ admittedOn: d, decisionDate: d });

describe('the monthly report', () => {
  let t: TestApp;
  let api: ReturnType<typeof reportsApi>;
  let residents: ReturnType<typeof dischargeApi>;
  let admin: string;
  let admin2: string;
  let officer: string;
  let carer: string;
  let social: string;
  const names: Record<string, string> = {};
  const codes: Record<string, string> = {};
  let v1: ReportBody;
  let v1Text: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = reportsApi(t);
    residents = dischargeApi(t);
    [admin, admin2, officer, carer, social] = await Promise.all(
      (['admin', 'admin2', 'officer', 'carer', 'social'] as const).map((u) => t.token(u)),
    );
    // Room for this file's residents beyond the demo centre's 80 places.
    await t.dataSource.query(`UPDATE facility SET capacity = 500`);
    const admit = async (key: string, body: Record<string, unknown>) => {
      names[key] = body.fullName as string;
      const admitted = await residents.admitted(admin, body);
      codes[key] = admitted.code;
      return admitted.id;
    };
    // Present on 1 September: an orphan girl of 6 and an elderly man of 86.
    const p1 = await admit(
      'p1',
      regularBody({
        fullName: freshName('Lê'),
        dateOfBirth: '2015-03-10',
        sex: 'female',
        ...on('2021-08-15'),
      }),
    );
    const d = await admit(
      'd',
      regularBody({
        fullName: freshName('Ngô'),
        dateOfBirth: '1935-03-03',
        sex: 'male',
        categories: ['k1_elderly_alone'],
        ...on('2021-08-20'),
      }),
    );
    // Admitted in September: regular (a boy of 3), emergency (a Tày girl of 13), voluntary
    // (a woman of 81) and a regular boy of 7 with HIV.
    const a = await admit(
      'a',
      regularBody({ fullName: freshName('Đặng'), dateOfBirth: '2018-06-01', ...on('2021-09-06') }),
    );
    const b = await admit(
      'b',
      emergencyBody({
        dateOfBirth: '2008-01-01',
        admittedOn: '2021-09-10',
        emergency: {
          foundAt: 'Bến xe Hưng Yên',
          foundOn: '2021-09-10',
          foundBy: 'Công an phường Hiến Nam',
          intakeRecordNo: 'BB-2021-07',
        },
      }),
    );
    await admit(
      'c',
      voluntaryBody({
        dateOfBirth: '1940-05-05',
        admittedOn: '2021-09-12',
        voluntary: {
          contractNo: 'HĐ-08/2021-003',
          startsOn: '2021-09-12',
          payer: 'Con gái: Hoàng Thị Thu',
          monthlyFee: 4000000,
        },
      }),
    );
    const h = await admit(
      'h',
      regularBody({
        fullName: freshName('Vương'),
        dateOfBirth: '2014-02-02',
        categories: ['k1_child_hiv'],
        sensitive: { hivStatus: 'positive', hivConfirmedOn: '2021-08-01' },
        ...on('2021-09-15'),
      }),
    );
    // Leaving in September: the girl back to her family, the elderly man's death.
    await residents.discharged(
      admin,
      p1,
      dischargeBody({
        requestedOn: '2021-09-14',
        decisionDate: '2021-09-17',
        effectiveOn: '2021-09-20',
      }),
    );
    await residents.discharged(
      admin,
      d,
      dischargeBody({
        ground: 'death',
        requestedOn: '2021-09-25',
        decisionDate: '2021-09-27',
        effectiveOn: '2021-09-27',
        destination: undefined,
        death: { diedOn: '2021-09-25', cause: 'Suy tim, tuổi cao' },
      }),
    );
    // Counselling in September: two sessions with the girl brought in by the police, one with
    // the boy of 3 (each admission opened a case; the two departures closed theirs).
    for (const [resident, sessionOn] of [
      [b, '2021-09-15'],
      [b, '2021-09-22'],
      [a, '2021-09-20'],
    ] as const) {
      const note = await t
        .http()
        .post(`/api/v1/residents/${resident}/case-notes`)
        .set({ Authorization: `Bearer ${social}` })
        .send({
          sessionOn,
          type: 'individual',
          durationMinutes: 45,
          topics: ['làm quen'],
          summary: 'Em đã quen với phòng ở và các bạn.',
        });
      if (note.status !== 201) throw new Error(`case note answered ${note.status}: ${note.text}`);
    }
    // At school in 2021-2022: the girl of 13 at THCS; a primary enrolment of the boy with HIV,
    // entered by mistake and voided, counts for nothing.
    const school = schoolingApi(t);
    await school.enrolled(
      admin,
      b,
      enrollmentBody({ schoolYear: '2021-2022', startDate: '2021-09-06', className: '7A1' }),
    );
    const mistaken = await school.enrolled(
      admin,
      h,
      enrollmentBody({
        schoolYear: '2021-2022',
        level: 'primary',
        grade: 2,
        schoolName: 'Trường Tiểu học Hiến Nam',
        className: '2A',
        startDate: '2021-09-06',
      }),
    );
    const voided = await t
      .http()
      .patch(`/api/v1/enrollments/${mistaken.id}`)
      .set({ Authorization: `Bearer ${admin}`, 'If-Match': `"${mistaken.version}"` })
      .send({ voidReason: 'Nhập nhầm' });
    if (voided.status !== 200) throw new Error(`void answered ${voided.status}`);
    // Medicines bought: two purchases in September; those of 31 August and 1 October are not its.
    for (const [purchasedOn, amountVnd] of [
      ['2021-08-31', 100_000],
      ['2021-09-05', 250_000],
      ['2021-09-28', 370_000],
      ['2021-10-01', 999_000],
    ] as const) {
      const bought = await t
        .http()
        .post('/api/v1/medicine-purchases')
        .set({ Authorization: `Bearer ${admin}` })
        .send({ purchasedOn, description: 'Thuốc hạ sốt, siro ho, oresol', amountVnd });
      if (bought.status !== 201) throw new Error(`purchase answered ${bought.status}`);
    }
    // The rota of two days of September (the week of Monday 13): on the 15th the caretaker works
    // the morning and the afternoon, nobody the night; on the 16th nobody the morning.
    const rooms = await t
      .http()
      .get('/api/v1/facilities/current/rooms')
      .set({ Authorization: `Bearer ${admin}` });
    const roomId = (rooms.body as { id: string }[])[0]?.id ?? '';
    const staff = Object.fromEntries(
      (
        await t.dataSource.query<{ id: string; username: string }[]>(
          `SELECT id, username FROM app_user WHERE facility_id = $1 AND username IN ('carer', 'nurse')`,
          [t.facilityA.id],
        )
      ).map((u) => [u.username, u.id]),
    );
    const shift = (user: string, date: string, sh: string) => ({
      userId: staff[user],
      date,
      shift: sh,
      roomIds: user === 'carer' ? [roomId] : [],
    });
    const rota = await t
      .http()
      .put('/api/v1/staff-assignments')
      .query({ week: '2021-09-13' })
      .set({ Authorization: `Bearer ${admin}` })
      .send({
        assignments: [
          shift('nurse', '2021-09-15', 'morning'),
          shift('carer', '2021-09-15', 'morning'),
          shift('carer', '2021-09-15', 'afternoon'),
          shift('nurse', '2021-09-16', 'morning'),
          shift('carer', '2021-09-16', 'afternoon'),
          shift('carer', '2021-09-16', 'night'),
        ],
      });
    if (rota.status !== 200) throw new Error(`rota answered ${rota.status}: ${rota.text}`);
    v1 = await api.generated(admin, {
      month: MONTH,
      remarks: 'Thiếu 2 nhân viên chăm sóc ca đêm; đề nghị bổ sung biên chế.',
    });
    const pdf = await api.pdf(admin, v1.id);
    v1Text = await pdfText(pdf.body as Buffer);
  });
  afterAll(() => t.close());

  const lines = (text: string) => text.split('\n').map((l) => l.trim());

  it('archives the figures of the month, one by one', () => {
    expect(v1).toMatchObject({ kind: 'monthly', period: MONTH, reportVersion: 1, status: 'draft' });
    expect(v1.data.census).toEqual({
      month: MONTH,
      atStart: 2,
      admissions: { regular: 2, emergency: 1, voluntary: 1, readmitted: 0 },
      admittedTotal: 4,
      dischargesByGround: { family_request: 1 },
      discharged: 1,
      deaths: 1,
      transfers: 0,
      atEnd: 4,
      lateDecisions: 0,
      identityHolds: true,
    });
    const c = v1.data.census as { atStart: number; admittedTotal: number; atEnd: number };
    expect(c.atStart + c.admittedTotal - 1 - 1).toBe(c.atEnd);
    expect(v1.data.socialWork).toMatchObject({
      counselling: { recorded: true, value: { sessions: 3, people: 2 } },
      casesOpened: { recorded: true, value: 4 },
      casesClosed: { recorded: true, value: 2 },
    });
    expect(v1.data.composition).toEqual({
      total: 4,
      byCategory: { k1_child_hiv: 1, k1_child_orphan: 1, k2_emergency: 1, k5_voluntary: 1 },
      bySex: { male: 2, female: 2 },
      byAgeBand: {
        under4: 1,
        '4-5': 0,
        '6-10': 1,
        '11-15': 1,
        '16-17': 0,
        '18-59': 0,
        '60-79': 0,
        '80+': 1,
      },
      ethnicMinority: 1,
      disabled: 0,
      childrenWithHiv: 1,
    });
    // Present on 1 September: the girl of 6 and the man of 86, both × 4.0 of 360,000 đ.
    expect(v1.data.allowance).toMatchObject({
      baseLevel: 360000,
      entitled: 2,
      coefficient5: 0,
      coefficient4: 2,
      totalVnd: 2880000,
      funeralSupportVnd: 50 * 360000,
      deathsWithFuneralSupport: 1,
    });
    // The schooling module's own figures: the voided primary enrolment counts for nothing.
    expect(v1.data.schooling).toEqual({ recorded: true, value: { lower_secondary: 1 } });
  });

  it('sets the month’s medicine purchases against the residents present and the ceiling', () => {
    // 250,000 + 370,000 đ bought in September; present in it: the girl of 6 and the man of 86
    // (there on the 1st, gone later) and the four admitted: 6 people. 620,000 / 6 = 103,333 đ,
    // 3,333 đ over the 100,000 đ a person a month of ND 20/2021 Điều 25.
    expect(v1.data.allowance.commonMedicine).toEqual({
      recorded: true,
      value: {
        totalVnd: 620_000,
        residentMonths: 6,
        perResidentMonthVnd: 103_333,
        ceilingVnd: 100_000,
        monthsOverCeiling: 1,
        months: 1,
      },
    });
  });

  it('counts the shifts short of the TT 33/2017 carers, by day and shift', () => {
    // Present on the 15th and 16th: the girl of 6 and the boy of 13 (children, 1 carer per 10),
    // the boy of 7 with HIV (1 per 5), the boy of 3 (1 per 6), the man of 86 and the woman of 81
    // (1 per 10): 2/10 + 1/5 + 1/6 + 2/10 = 0.77, so 1 caretaker a shift. The night of the 15th
    // and the morning of the 16th had none; the other 28 days had no rota and are not judged.
    expect(v1.data.staffing).toEqual({
      days: 30,
      daysWithRota: 2,
      shortShifts: 2,
      shortByShift: { morning: 1, afternoon: 0, night: 1 },
      carersMissing: 2,
      short: [
        { date: '2021-09-15', shift: 'night', requiredCarers: 1, assignedCarers: 0 },
        { date: '2021-09-16', shift: 'morning', requiredCarers: 1, assignedCarers: 0 },
      ],
    });
  });

  it('writes the official letter with the same figures and correct diacritics', () => {
    const l = lines(v1Text);
    for (const want of [
      'SỞ Y TẾ TỈNH HƯNG YÊN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      `Hưng Yên, ngày ${today().slice(8, 10)} tháng ${today().slice(5, 7)} năm ${today().slice(0, 4)}`,
      'BÁO CÁO',
      'Tình hình nuôi dưỡng, chăm sóc đối tượng tháng 09/2021',
      'Kính gửi: Sở Y tế tỉnh Hưng Yên',
      'Số đối tượng đầu tháng 2',
      'Tiếp nhận trong tháng 4',
      '- Tiếp nhận thường xuyên 2',
      '- Tiếp nhận khẩn cấp 1',
      '- Tiếp nhận theo hợp đồng tự nguyện 1',
      '- Tiếp nhận lại 0',
      'Thôi trợ giúp trong tháng 1',
      '- Gia đình, người giám hộ đề nghị (b, Mẫu 09) 1',
      '- Được nhận làm con nuôi (c) 0',
      'Chết 1',
      'Số đối tượng cuối tháng 4',
      'Nam 2',
      'Nữ 2',
      'Dưới 4 tuổi 1',
      'Từ 6 đến 10 tuổi 1',
      'Từ 11 đến 15 tuổi 1',
      'Từ 80 tuổi trở lên 1',
      'Người dân tộc thiểu số 1',
      'Người khuyết tật 0',
      'Trẻ em nhiễm HIV 1',
      'Đối tượng cần bảo vệ khẩn cấp 1',
      'Người cao tuổi cô đơn không nơi nương tựa 0',
      'Mức chuẩn trợ giúp xã hội áp dụng 360.000 đ',
      'Tổng kinh phí nuôi dưỡng trong tháng 2.880.000 đ',
      'Hỗ trợ mai táng phí 18.000.000 đ (1 người)',
      'Trung học cơ sở 1',
      'Tiểu học 0',
      'Buổi tư vấn 3',
      'Người được tư vấn 2',
      'Trường hợp được quản lý mới 4',
      'Trường hợp kết thúc quản lý 2',
      'Thuốc chữa bệnh thông thường: thực chi trong tháng 620.000 đ',
      '- Số đối tượng được nuôi dưỡng trong tháng 6',
      '- Bình quân mỗi người mỗi tháng (mức tối đa 100.000 đ) 103.333 đ (vượt 3.333 đ)',
      '9. Nhân viên chăm sóc theo định mức (Thông tư số 33/2017/TT-BLĐTBXH)',
      'Số ngày có lịch phân công ca trong tháng 2/30 ngày',
      'Số ca thiếu nhân viên chăm sóc so với định mức 2',
      '- Ca sáng 1',
      '- Ca chiều 0',
      '- Ca đêm 1',
      'Số nhân viên chăm sóc còn thiếu (cộng các ca thiếu) 2',
      '15/09/2021 Ca đêm 1 0 1',
      '16/09/2021 Ca sáng 1 0 1',
      '10. Nhân sự theo vị trí so với định mức (TT 33/2017)',
      '11. Khó khăn, vướng mắc và đề xuất',
      'Tự ý bỏ đi 0',
      'Nghiêm trọng 0',
      'Thiếu 2 nhân viên chăm sóc ca đêm; đề nghị bổ sung biên chế.',
      'Nơi nhận:',
      '- Lưu: VT.',
      'GIÁM ĐỐC',
      'DỰ THẢO',
      'Trần Thị Minh Hạnh',
    ]) {
      expect(l).toContain(want);
    }
    expect(v1Text.replace(/\s+/g, ' ')).toContain('TRUNG TÂM BẢO TRỢ XÃ HỘI TỈNH HƯNG YÊN');
    // A document a department reads: no system notes, no word said twice in the annex.
    expect(v1Text).not.toMatch(/Hệ thống|Mái Ấm|Tiếp nhận: Tiếp nhận|lập bởi/);
    expect(l).toContain('- Lưu: VT.');
    expect(v1Text).toContain('Trung tâm Bảo trợ xã hội tỉnh Hưng Yên báo cáo');
    expect(v1Text.replace(/\s+/g, ' ')).toContain('Số liệu tính đến ngày 30/09/2021');
    // The annex lists who came and left by code (the elderly man's death included), naming nobody.
    for (const key of ['a', 'b', 'c', 'p1', 'd']) {
      expect(v1Text).toContain(codes[key]);
      expect(v1Text).not.toContain(names[key]);
    }
  });

  it("counts HIV only: the child is never named, and her row looks like any other child's", () => {
    expect(v1Text).not.toContain(names.h);
    expect(JSON.stringify(v1.data)).not.toContain(names.h);
    const row = v1.data.annex.find((r) => r.code === codes.h);
    // Not `categories: []`, which would say HIV: every child of khoản 1 is k1_child in a report.
    expect(row).toMatchObject({ categories: ['k1_child'] });
    expect(row?.birthYear).not.toBeNull();
    expect(JSON.stringify(v1.data.annex)).not.toContain('k1_child_');
    expect(v1Text).toContain('Trẻ em thuộc diện nuôi');
    expect(v1.data.annex.every((r) => r.birthYear !== null)).toBe(true);
  });

  it('serves exactly the archived bytes', async () => {
    const res = await api.pdf(admin, v1.id);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const bytes = res.body as Buffer;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBe(v1.pdfBytes);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(sha).toBe(v1.sha256);
    expect(res.headers['x-content-sha256']).toBe(sha);
    const stored = await t.dataSource.query<{ pdf: Buffer }[]>(
      `SELECT pdf FROM report WHERE id = $1`,
      [v1.id],
    );
    expect(Buffer.compare(stored[0]?.pdf ?? Buffer.alloc(0), bytes)).toBe(0);
  });

  describe('versions', () => {
    let v2: ReportBody;
    let v3: ReportBody;

    it('refuses bad input and a second version without a reason, creating nothing', async () => {
      const before = await count(t.dataSource, 'report');
      for (const body of [
        { month: '2021-13' },
        {},
        { month: 202109 },
        { month: MONTH, remarks: 'x'.repeat(4001), reason: 'r' },
        { month: MONTH, reason: 'r', draft: true },
      ]) {
        expectProblem(await api.monthly(admin, body), 400);
      }
      const noReason = await api.monthly(admin, { month: MONTH });
      expectProblem(noReason, 400);
      expect(fieldsOf(noReason)).toEqual(['reason']);
      const future = await api.monthly(admin, { month: '2027-01' });
      expectProblem(future, 400);
      expect(fieldsOf(future)).toEqual(['month']);
      for (const token of [carer, social])
        expectProblem(await api.monthly(token, { month: MONTH }), 403);
      expectProblem(await api.monthly(officer, { month: MONTH }), 403);
      expect(await count(t.dataSource, 'report')).toBe(before);
    });

    it('gives the same figures when regenerated after later changes, and says so', async () => {
      // Later life: a child admitted today, the boy of September discharged today, and the girl
      // brought in by the police found HIV-positive today (September counted one child with HIV).
      await residents.admitted(admin, regularBody());
      const a = await t.dataSource.query<{ id: string }[]>(
        `SELECT id FROM resident WHERE full_name = $1`,
        [names.a],
      );
      await residents.discharged(admin, a[0]?.id ?? '', dischargeBody({ ground: 'adopted' }));
      const [girl] = await t.dataSource.query<{ id: string; version: number }[]>(
        `SELECT id, version FROM resident WHERE code = $1`,
        [codes.b],
      );
      const patched = await t
        .http()
        .patch(`/api/v1/residents/${girl?.id ?? ''}`)
        .set({ Authorization: `Bearer ${admin}`, 'If-Match': `"${girl?.version ?? 0}"` })
        .send({ sensitive: { hivStatus: 'positive', hivConfirmedOn: today() } });
      expect(patched.status).toBe(200);
      // The history holds both statuses, each with its dates, written with the change.
      const facts = await t.dataSource.query<{ hiv_status: string; to: string | null }[]>(
        `SELECT hiv_status, to_char(valid_to, 'YYYY-MM-DD') AS "to" FROM resident_fact
          WHERE resident_id = $1 ORDER BY valid_from`,
        [girl?.id],
      );
      expect(facts).toEqual([
        { hiv_status: 'unknown', to: today() },
        { hiv_status: 'positive', to: null },
      ]);
      v2 = await api.generated(admin, { month: MONTH, reason: 'Bổ sung ý kiến đề xuất' });
      expect(v2).toMatchObject({
        reportVersion: 2,
        reason: 'Bổ sung ý kiến đề xuất',
        changedFigures: [],
      });
      expect(v2.data).toEqual(v1.data);
      const text = (await pdfText((await api.pdf(admin, v2.id)).body as Buffer)).replace(
        /\s+/g,
        ' ',
      );
      expect(text).toContain('(Phiên bản 2)');
      expect(text).toContain('Số liệu không thay đổi.');
      // v1 is kept unchanged.
      expect((await api.get(admin, v1.id)).body.sha256).toBe(v1.sha256);
    });

    it('lists the figures that changed when data about the month is corrected', async () => {
      await residents.admitted(
        admin,
        regularBody({ dateOfBirth: '2012-12-12', sex: 'female', ...on('2021-09-28') }),
      );
      v3 = await api.generated(admin, { month: MONTH, reason: 'Bổ sung hồ sơ tiếp nhận 28/9' });
      expect(v3.reportVersion).toBe(3);
      expect(v3.changedFigures).toEqual(
        expect.arrayContaining([
          'census.admissions.regular',
          'census.admittedTotal',
          'census.atEnd',
          'composition.total',
          'composition.bySex.female',
        ]),
      );
      expect(v3.data.census).toMatchObject({ admittedTotal: 5, atEnd: 5, identityHolds: true });
      const text = (await pdfText((await api.pdf(admin, v3.id)).body as Buffer)).replace(
        /\n/g,
        ' ',
      );
      expect(text).toContain('Lý do: Bổ sung hồ sơ tiếp nhận 28/9');
      // The sections in the document's words, not the figures' internal names.
      const adjusted = /Số liệu đã điều chỉnh ở các mục: ([^]*?)\. /.exec(text)?.[1] ?? '';
      expect(adjusted.split(', ')).toEqual(
        expect.arrayContaining(['Số lượng đối tượng', 'Cơ cấu đối tượng']),
      );
      expect(text).not.toMatch(/census|composition|\b[a-z]+\.[a-z][A-Za-z]+/);
    });

    it('finalises the latest version only, once', async () => {
      expectProblem(await api.finalise(admin, v2.id), 409);
      expectProblem(await api.finalise(social, v3.id), 403);
      expectProblem(await api.finalise(admin2, v3.id), 404);
      const ok = await api.finalise(admin, v3.id);
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ status: 'final', reportVersion: 3 });
      // The issued document has the register's number and its own bytes; the figures are v3's.
      v3 = { ...v3, ...(ok.body as ReportBody) };
      expectProblem(await api.finalise(admin, v3.id), 409);
    });

    it('shows the officer the final reports of the province only', async () => {
      const list = await api.list(officer);
      expect(list.status).toBe(200);
      expect((list.body.items as ReportBody[]).map((r) => r.id)).toEqual([v3.id]);
      expectProblem(await api.get(officer, v1.id), 404);
      expectProblem(await api.pdfRefused(officer, v2.id), 404);
      expect((await api.get(officer, v3.id)).status).toBe(200);
      const pdf = await api.pdf(officer, v3.id);
      expect(
        createHash('sha256')
          .update(pdf.body as Buffer)
          .digest('hex'),
      ).toBe(v3.sha256);
      expectProblem(await api.get(admin2, v3.id), 404);
      expectProblem(await api.list(carer), 403);
      expectProblem(await api.get(social, v3.id), 403);

      // Facility B, moved to another province, finalises its September: not the officer's.
      await t.dataSource.query(`UPDATE facility SET province_code = '01' WHERE id = $1`, [
        t.facilityB.id,
      ]);
      const b = await api.generated(admin2, { month: MONTH });
      expect((await api.finalise(admin2, b.id)).status).toBe(200);
      expectProblem(await api.get(officer, b.id), 404);
      expectProblem(await api.pdfRefused(officer, b.id), 404);
      expect(((await api.list(officer)).body.items as ReportBody[]).map((r) => r.id)).toEqual([
        v3.id,
      ]);
      // Back in the province: now it is.
      await t.dataSource.query(`UPDATE facility SET province_code = '33' WHERE id = $1`, [
        t.facilityB.id,
      ]);
      expect((await api.get(officer, b.id)).status).toBe(200);
    });

    it('rolls the province up from final reports (GET /province/summary)', async () => {
      const res = await api.summary(officer, { month: MONTH });
      expect(res.status).toBe(200);
      const a = (res.body.facilities as { facilityId: string }[]).find(
        (f) => f.facilityId === t.facilityA.id,
      );
      expect(a).toMatchObject({
        reported: true,
        reportId: v3.id,
        reportVersion: 3,
        atStart: 2,
        admitted: 5,
        left: 2,
        atEnd: 5,
        children: 4,
        elderly: 1,
        disabled: 0,
      });
      expect(res.body.totals).toMatchObject({ facilities: 2, reporting: 2 });
      expect(JSON.stringify(res.body)).not.toContain(names.a);
      const empty = await api.summary(officer, { month: '2021-10' });
      expect(empty.body.totals).toMatchObject({ reporting: 0, atEnd: 0 });
      expectProblem(await api.summary(admin, { month: MONTH }), 403);
      expectProblem(await api.summary(officer, { month: '2021-9' }), 400);
      expectProblem(await api.summary(officer, {}), 400);
    });
  });

  describe('the list', () => {
    it('pages by generation time without skipping or repeating, even within one millisecond', async () => {
      const all = await api.list(admin, { limit: 200 });
      const ids = (all.body.items as ReportBody[]).map((r) => r.id);
      expect(ids.length).toBeGreaterThanOrEqual(3);
      // Reports stamped by the database keep microseconds; two of them share a millisecond.
      await t.dataSource.query(
        `UPDATE report SET generated_at = '2026-11-30 10:00:00.123456+00' WHERE id = $1`,
        [ids[0]],
      );
      await t.dataSource.query(
        `UPDATE report SET generated_at = '2026-11-30 10:00:00.123789+00' WHERE id = $1`,
        [ids[1]],
      );
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await api.list(admin, { limit: 1, ...(cursor ? { cursor } : {}) });
        expect(page.status).toBe(200);
        seen.push(...(page.body.items as ReportBody[]).map((r) => r.id));
        cursor = page.body.nextCursor as string | null;
      } while (cursor && seen.length < 50);
      expect(seen.sort()).toEqual([...ids].sort());
      expectProblem(await api.list(admin, { cursor: 'garbage' }), 400);
    });
  });
});
