import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dischargeApi, dischargeBody } from '../discharge/discharge-fixtures';
import { regularBody, today } from '../residents/resident-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { pdfText, ReportBody, reportsApi } from './report-fixtures';

jest.setTimeout(240_000);

type Corrected = { code: string; what: string }[] | null;

/**
 * Late 2022, before any demo resident: a girl of 10 admitted in October as an orphan (khoản 1),
 * back to her family in November, readmitted in December as an emergency (khoản 2). Each month's
 * report counts her as she was in that month, and stays so when regenerated.
 */
describe('reports count each period by the facts it had', () => {
  let t: TestApp;
  let api: ReturnType<typeof reportsApi>;
  let residents: ReturnType<typeof dischargeApi>;
  let admin: string;
  let girl: { id: string; code: string };
  let oct: ReportBody;
  let nov: ReportBody;
  const auth = () => ({ Authorization: `Bearer ${admin}` });

  beforeAll(async () => {
    t = await startTestApp();
    api = reportsApi(t);
    residents = dischargeApi(t);
    admin = await t.token('admin');
    await t.dataSource.query(`UPDATE facility SET capacity = 500`);
    girl = await residents.admitted(
      admin,
      regularBody({
        dateOfBirth: '2012-04-04',
        sex: 'female',
        admittedOn: '2022-10-03',
        decisionDate: '2022-10-03',
      }),
    );
    await residents.discharged(
      admin,
      girl.id,
      dischargeBody({
        requestedOn: '2022-11-07',
        decisionDate: '2022-11-09',
        effectiveOn: '2022-11-10',
        handover: { receivedBy: 'Lò Văn Pảng' },
      }),
    );
    oct = await api.generated(admin, { month: '2022-10' });
    nov = await api.generated(admin, { month: '2022-11' });
    const back = await residents.readmit(admin, girl.id, {
      type: 'emergency',
      admittedOn: '2022-12-05',
      categories: ['k2_emergency'],
      // An emergency readmission names its kind (issue 23: it used to be refused, so stayed without).
      emergencyKind: 'vagrant',
      emergency: {
        foundAt: 'Bến xe Hưng Yên',
        foundOn: '2022-12-05',
        foundBy: 'Công an phường Hiến Nam',
        intakeRecordNo: 'BB-2022-31',
      },
    });
    if (back.status !== 201 && back.status !== 200) {
      throw new Error(`readmit answered ${back.status}: ${back.text}`);
    }
  });
  afterAll(() => t.close());

  /** Runs a poppler tool (pdffonts, pdftotext) on the PDF's bytes. */
  const poppler = (tool: string, bytes: Buffer, ...args: string[]): string => {
    const file = join(mkdtempSync(join(tmpdir(), 'report-')), 'report.pdf');
    writeFileSync(file, bytes);
    return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], {
      encoding: 'utf8',
    });
  };

  it('is set in an embedded serif (Tinos, Times New Roman metrics), like an official document', async () => {
    const fonts = poppler('pdffonts', (await api.pdf(admin, oct.id)).body as Buffer);
    const rows = fonts
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row).toMatch(/\+Tinos(-Bold|-Italic|-BoldItalic)?\s/);
      // name, type (2 words), encoding, then emb sub uni: "yes" embedded.
      expect(row.split(/\s+/)[4]).toBe('yes');
    }
  });

  it('gives two months the same shape: every row, zeros included, and the signature with text', async () => {
    const octText = poppler('pdftotext', (await api.pdf(admin, oct.id)).body as Buffer, '-layout');
    const novText = poppler('pdftotext', (await api.pdf(admin, nov.id)).body as Buffer, '-layout');
    const shape = (text: string) =>
      (text.split('Phụ lục')[0] ?? '')
        // A number with its sign (the staff table's "+2", "−1") is a number.
        .replace(/[+−]?\d[\d.,]*\s*/g, '# ')
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim())
        .filter((l) => l !== '');
    expect(shape(novText)).toEqual(shape(octText));
    // The page with the signature also holds the end of the text, not the signature alone.
    const signed = novText.split('\f').find((page) => page.includes('GIÁM ĐỐC'));
    expect(signed).toContain('Khó khăn, vướng mắc và đề xuất');
  });

  it('keeps October and November as they were after a change of category in December', async () => {
    expect(oct.data.composition).toMatchObject({ total: 1, byCategory: { k1_child_orphan: 1 } });
    expect(nov.data.annex).toEqual([
      expect.objectContaining({ code: girl.code, movement: 'discharge', categories: ['k1_child'] }),
    ]);
    const oct2 = await api.generated(admin, { month: '2022-10', reason: 'Kiểm tra lại' });
    const nov2 = await api.generated(admin, { month: '2022-11', reason: 'Kiểm tra lại' });
    expect(oct2.data).toEqual(oct.data);
    expect(nov2.data).toEqual(nov.data);
    expect(oct2.changedFigures).toEqual([]);
    expect(nov2.changedFigures).toEqual([]);
    // The readmission is dated in December: no record of October or November was touched.
    expect((oct2 as ReportBody & { correctedRecords: Corrected }).correctedRecords).toEqual([]);
    expect((nov2 as ReportBody & { correctedRecords: Corrected }).correctedRecords).toEqual([]);

    const dec = await api.generated(admin, { month: '2022-12' });
    expect(dec.data.composition).toMatchObject({ total: 1, byCategory: { k2_emergency: 1 } });
    expect(dec.data.annex).toEqual([
      expect.objectContaining({
        code: girl.code,
        movement: 'admission',
        categories: ['k2_emergency'],
      }),
    ]);
  });

  it('leaves a closed month as it was after a correction of the register today', async () => {
    const before = await api.generated(admin, { month: '2022-12', reason: 'Trước khi sửa' });
    const current = await t.http().get(`/api/v1/residents/${girl.id}`).set(auth());
    const patched = await t
      .http()
      .patch(`/api/v1/residents/${girl.id}`)
      .set({ ...auth(), 'If-Match': `"${current.body.version as number}"` })
      .send({ categories: ['k1_child_abandoned'], emergencyKind: null });
    expect(patched.status).toBe(200);
    const after = await api.generated(admin, { month: '2022-12', reason: 'Sau khi sửa' });
    expect(after.data).toEqual(before.data);
    expect(after.changedFigures).toEqual([]);
    expect((after as ReportBody & { correctedRecords: Corrected }).correctedRecords).toEqual([]);
    const rows = await t.dataSource.query<{ categories: string[]; valid_to: string | null }[]>(
      `SELECT categories, to_char(valid_to, 'YYYY-MM-DD') AS valid_to FROM resident_fact
        WHERE resident_id = $1 ORDER BY valid_from`,
      [girl.id],
    );
    expect(rows.map((r) => r.categories)).toEqual([
      ['k1_child_orphan'],
      ['k1_child_orphan'],
      ['k2_emergency'],
      ['k1_child_abandoned'],
    ]);
    expect(rows.filter((r) => r.valid_to === null)).toHaveLength(1);
  });

  it('judges a past shift by who was present that day, not by who is present today', async () => {
    // 7 November 2022: the girl (10, one carer per 10 children) is there, so each shift needs one
    // caretaker; the rota has only the nurse. 14 November: she has left (10th) and nobody else is
    // there: nothing is required, nothing is short. Today she is back, under another admission.
    const [nurse] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM app_user WHERE facility_id = $1 AND username = 'nurse'`,
      [t.facilityA.id],
    );
    for (const [week, date] of [
      ['2022-11-07', '2022-11-07'],
      ['2022-11-14', '2022-11-14'],
    ]) {
      const rota = await t
        .http()
        .put('/api/v1/staff-assignments')
        .query({ week })
        .set(auth())
        .send({ assignments: [{ userId: nurse?.id, date, shift: 'morning', roomIds: [] }] });
      expect(rota.status).toBe(200);
    }
    const nov3 = await api.generated(admin, { month: '2022-11', reason: 'Bổ sung lịch phân công' });
    expect(nov3.data.staffing).toEqual({
      days: 30,
      daysWithRota: 2,
      shortShifts: 3,
      shortByShift: { morning: 1, afternoon: 1, night: 1 },
      carersMissing: 3,
      short: ['morning', 'afternoon', 'night'].map((shift) => ({
        date: '2022-11-07',
        shift,
        requiredCarers: 1,
        assignedCarers: 0,
      })),
    });
  });

  it('says which record of the month was written after the previous version', async () => {
    const boy = await residents.admitted(
      admin,
      regularBody({
        dateOfBirth: '2014-06-06',
        admittedOn: '2022-10-20',
        decisionDate: '2022-10-20',
      }),
    );
    const oct3 = (await api.generated(admin, {
      month: '2022-10',
      reason: 'Bổ sung hồ sơ tiếp nhận 20/10',
    })) as ReportBody & { correctedRecords: Corrected };
    expect(oct3.correctedRecords).toEqual([
      { code: boy.code, what: 'facts' },
      { code: boy.code, what: 'stay' },
    ]);
    expect(oct3.changedFigures).toEqual(expect.arrayContaining(['census.atEnd']));
    const text = (await pdfText((await api.pdf(admin, oct3.id)).body as Buffer)).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain(`sau phiên bản 2: ${boy.code}`);
  });

  it('counts a child with HIV from the day her status was recorded, not before', async () => {
    const month = today().slice(0, 7);
    const before = await api.generated(admin, { month });
    const current = await t.http().get(`/api/v1/residents/${girl.id}`).set(auth());
    const patched = await t
      .http()
      .patch(`/api/v1/residents/${girl.id}`)
      .set({ ...auth(), 'If-Match': `"${current.body.version as number}"` })
      .send({ sensitive: { hivStatus: 'positive', hivConfirmedOn: today() } });
    expect(patched.status).toBe(200);
    const after = await api.generated(admin, { month, reason: 'Cập nhật tình trạng sức khỏe' });
    // She is 14: one more child with HIV at the end of this month, nothing else changed.
    const hiv = (r: ReportBody) =>
      (r.data.composition as { childrenWithHiv: number }).childrenWithHiv;
    expect(hiv(after)).toBe(hiv(before) + 1);
    expect(after.changedFigures).toEqual(['composition.childrenWithHiv']);
    // Nobody is named beside that figure: the new facts row differs only by the HIV status.
    expect((after as ReportBody & { correctedRecords: Corrected }).correctedRecords).toEqual([]);
    // December 2022, when she was here without a known status, counts none.
    const dec = await api.generated(admin, { month: '2022-12', reason: 'Kiểm tra lại' });
    expect(dec.data.composition).toMatchObject({ childrenWithHiv: 0 });
  });
});
