import { regularBody, today } from '../residents/resident-fixtures';
import { residentsApi } from '../residents/resident-fixtures';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';
import { pdfText, ReportBody, reportsApi } from './report-fixtures';

jest.setTimeout(240_000);

interface Entry {
  number: number;
  year: number;
  documentNo: string;
  issuedOn: string;
  docType: string;
  summary: string;
  signer: string;
  reportId: string | null;
}

/** The outgoing-document register (ND 30/2020): a report's number is given when it is finalised. */
describe('the outgoing-document register', () => {
  let t: TestApp;
  let api: ReturnType<typeof reportsApi>;
  let admin: string;
  let admin2: string;
  let social: string;
  const year = Number(today().slice(0, 4));
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const settings = (token: string) =>
    t.http().get('/api/v1/document-register/settings').set(auth(token));
  const put = (token: string, body: Record<string, unknown>, ifMatch?: string) => {
    const req = t.http().put('/api/v1/document-register/settings').set(auth(token));
    if (ifMatch !== undefined) req.set('If-Match', ifMatch);
    return req.send(body);
  };
  const register = (token: string, query: Record<string, string | number> = {}) =>
    t.http().get('/api/v1/document-register').query(query).set(auth(token));

  beforeAll(async () => {
    t = await startTestApp();
    api = reportsApi(t);
    [admin, admin2, social] = await Promise.all(
      (['admin', 'admin2', 'social'] as const).map((u) => t.token(u)),
    );
    await t.dataSource.query(`UPDATE facility SET capacity = 500`);
    await residentsApi(t).admitted(
      admin,
      regularBody({ admittedOn: '2023-01-09', decisionDate: '2023-01-09' }),
    );
  });
  afterAll(() => t.close());

  it('lets the admin set the symbol, refusing bad input and changing nothing then', async () => {
    const first = await settings(admin);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ reportSymbol: 'BC-TTBTXH-HY', version: 0 });
    expectProblem(await put(admin, { reportSymbol: 'BC-TTBTXH-HY' }), 428);
    for (const reportSymbol of ['bc-ttbtxh', 'BC', 'BC--HY', 'BC-' + 'X'.repeat(40), 12]) {
      const res = await put(admin, { reportSymbol }, '"0"');
      expectProblem(res, 400);
    }
    expectProblem(await put(admin, { reportSymbol: 'BC-TTBTXH-HY', extra: 1 }, '"0"'), 400);
    expectProblem(await put(social, { reportSymbol: 'BC-TTBTXH-HY' }, '"0"'), 403);
    expectProblem(await put(admin, { reportSymbol: 'BC-TTBTXH-HY' }, '"3"'), 412);
    expect(await count(t.dataSource, 'document_register')).toBe(0);
    const ok = await put(admin, { reportSymbol: 'BC-TTBTXHHY' }, '"0"');
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ reportSymbol: 'BC-TTBTXHHY', version: 1 });
    expect(ok.headers.etag).toBe('"1"');
    expectProblem(await put(admin, { reportSymbol: 'BC-TTBTXH-HY' }, '"0"'), 412);
    expect((await put(admin, { reportSymbol: 'BC-TTBTXH-HY' }, '"1"')).body).toEqual({
      reportSymbol: 'BC-TTBTXH-HY',
      version: 2,
    });
    // Facility B keeps its own default.
    expect((await settings(admin2)).body).toEqual({ reportSymbol: 'BC-TTCTXH-HY', version: 0 });
  });

  it('numbers reports at finalisation, consecutively even when two are finalised at once', async () => {
    const jan = await api.generated(admin, { month: '2023-01' });
    const feb = await api.generated(admin, { month: '2023-02' });
    expect(jan.reportNo).toBe('…/BC-TTBTXH-HY');
    const draftText = await pdfText((await api.pdf(admin, jan.id)).body as Buffer);
    expect(draftText).toContain('DỰ THẢO');

    const [a, b] = await Promise.all([api.finalise(admin, jan.id), api.finalise(admin, feb.id)]);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    const numbers = [a.body as ReportBody, b.body as ReportBody]
      .map((r) => Number(r.reportNo.split('/')[0]))
      .sort((x, y) => x - y);
    expect(numbers).toEqual([1, 2]);
    const finalJan = a.body as ReportBody & { issuedOn: string };
    expect(finalJan.reportNo).toMatch(/^[12]\/BC-TTBTXH-HY$/);
    expect(finalJan.issuedOn).toBe(today());
    // The issued PDF carries its number, not the draft's mark; its figures are the archived ones.
    const pdf = await api.pdf(admin, jan.id);
    expect(pdf.headers['x-content-sha256']).toBe(finalJan.sha256);
    const text = (await pdfText(pdf.body as Buffer)).replace(/\s+/g, ' ');
    expect(text).toContain(`Số: ${finalJan.reportNo}`);
    expect(text).not.toContain('DỰ THẢO');
    expect(finalJan.data).toEqual(jan.data);

    // A refused finalisation takes no number; the next one continues the sequence.
    expectProblem(await api.finalise(admin, jan.id), 409);
    const mar = await api.generated(admin, { month: '2023-03' });
    const c = await api.finalise(admin, mar.id);
    expect((c.body as ReportBody).reportNo).toBe('3/BC-TTBTXH-HY');

    const list = await register(admin, { year });
    expect(list.status).toBe(200);
    const items = list.body.items as Entry[];
    expect(items.map((e) => e.number)).toEqual([1, 2, 3]);
    expect(items[2]).toMatchObject({
      year,
      documentNo: '3/BC-TTBTXH-HY',
      issuedOn: today(),
      docType: 'Báo cáo',
      summary: 'Báo cáo tình hình nuôi dưỡng, chăm sóc đối tượng tháng 03/2023',
      signer: 'Trần Thị Minh Hạnh',
      reportId: mar.id,
    });
    // Facility B's register starts at 1 and shows nothing of A's.
    expect((await register(admin2)).body.items).toEqual([]);
    const bReport = await api.generated(admin2, { month: '2023-01' });
    expect((await api.finalise(admin2, bReport.id)).body.reportNo).toBe('1/BC-TTCTXH-HY');
    expectProblem(await register(social), 403);
    expectProblem(await register(admin, { year: 'x' }), 400);
    expect((await register(admin, { year: year - 1 })).body.items).toEqual([]);
  });
});
