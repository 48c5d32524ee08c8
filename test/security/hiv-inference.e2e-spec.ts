import { buildOpenApi } from '../../src/app.setup';
import { Role } from '../../src/identity/role';
import { pdfText } from '../reports/report-fixtures';
import { residentsApi, regularBody, today, yearsAgo } from '../residents/resident-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { ACCESS_MATRIX } from './access-matrix';
import { operationsOf } from './security-app';

/**
 * What a role may not see, it may not infer (SPEC.md): two children alike in everything but HIV
 * — one whose only category is k1_child_hiv, HIV-positive, with the HIV confirmation in the
 * dossier; one orphan, HIV-negative — must look the same in every body a caretaker and an
 * officer can get (and in the exports, which leave the system). Each body of one is compared to
 * the body of the other with their ids, codes, names and instants replaced by placeholders.
 */

interface Person {
  id: string;
  code: string;
  fullName: string;
}

describe('no HIV inference: an HIV-positive child and an HIV-negative one look alike', () => {
  let t: TestApp;
  let admin: string;
  let carer: string;
  let officer: string;
  let roomId: string;
  let hiv: Person;
  let other: Person;
  const compared: string[] = [];

  /** `text` with the marks of `p` (and every instant and uuid) replaced by placeholders. */
  function neutral(text: string, p: Person): string {
    return text
      .split(p.id)
      .join('<id>')
      .split(p.code)
      .join('<code>')
      .split(p.fullName)
      .join('<name>')
      .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})/g, '<instant>')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>');
  }

  function expectAlike(what: string, forHiv: unknown, forOther: unknown): void {
    const a = neutral(typeof forHiv === 'string' ? forHiv : JSON.stringify(forHiv), hiv);
    const b = neutral(typeof forOther === 'string' ? forOther : JSON.stringify(forOther), other);
    expect({ what, body: a }).toEqual({ what, body: b });
    expect(a).not.toMatch(/hiv/i);
    compared.push(what);
  }

  const get = (token: string, url: string, query: Record<string, string> = {}) =>
    t.http().get(url).query(query).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    t = await startTestApp();
    [admin, carer, officer] = await Promise.all(
      (['admin', 'carer', 'officer'] as const).map((u) => t.token(u)),
    );
    await t.dataSource.query(`UPDATE facility SET capacity = 500`);
    const rooms = await get(admin, '/api/v1/facilities/current/rooms');
    const roomList = rooms.body as { id: string }[] | { items: { id: string }[] };
    roomId = (Array.isArray(roomList) ? roomList : roomList.items)[0].id;
    const residents = residentsApi(t);
    const alike = {
      dateOfBirth: yearsAgo(9),
      sex: 'female',
      roomId,
      careInstructions: 'Ăn mềm, uống thuốc theo hướng dẫn của y tế',
      dossierPresent: ['declaration_mau07', 'birth_certificate', 'admission_decision'],
    };
    // Same length, same initials: the names' own letters must not sort them apart in a list.
    const a = await residents.admitted(
      admin,
      regularBody({
        ...alike,
        fullName: 'Lò Thị Xuyến',
        categories: ['k1_child_hiv'],
        sensitive: { hivStatus: 'positive', hivConfirmedOn: yearsAgo(2) },
        dossierPresent: [...alike.dossierPresent, 'hiv_confirmation'],
      }),
    );
    const b = await residents.admitted(
      admin,
      regularBody({
        ...alike,
        fullName: 'Quàng Thị Mơ',
        categories: ['k1_child_orphan'],
        sensitive: { hivStatus: 'negative' },
      }),
    );
    hiv = { id: a.id, code: a.code, fullName: 'Lò Thị Xuyến' };
    other = { id: b.id, code: b.code, fullName: 'Quàng Thị Mơ' };
    // The same round for both.
    for (const p of [hiv, other]) {
      const res = await t
        .http()
        .post(`/api/v1/residents/${p.id}/daily-records`)
        .set('Authorization', `Bearer ${carer}`)
        .send({
          recordDate: today(),
          shift: 'morning',
          meals: [{ meal: 'breakfast', intake: 'full' }],
          mood: 'calm',
        });
      expect(res.status).toBe(201);
    }
  }, 180_000);
  afterAll(() => t.close());

  it('every GET of one resident a caretaker may call answers alike', async () => {
    const ops = operationsOf(buildOpenApi(t.app)).filter((op) => {
      const access = ACCESS_MATRIX[op.key];
      return (
        op.method === 'get' &&
        /^\/api\/v1\/residents\/\{id\}/.test(op.path) &&
        access !== undefined &&
        access.roles !== 'public' &&
        access.roles.includes(Role.Caretaker)
      );
    });
    expect(ops.length).toBeGreaterThanOrEqual(5);
    for (const op of ops) {
      const [a, b] = await Promise.all(
        [hiv, other].map((p) => get(carer, op.path.replace('{id}', p.id))),
      );
      expect(a.status).toBe(b.status);
      expectAlike(op.key, a.body, b.body);
    }
  });

  it('the register, its filters, the round and the alerts answer alike', async () => {
    const itemOf = (body: unknown, p: Person): unknown => {
      const items = (body as { items?: { id?: string; residentId?: string }[] }).items;
      if (!items) throw new Error(`no items in ${JSON.stringify(body).slice(0, 300)}`);
      return items.find((i) => i.id === p.id || i.residentId === p.id);
    };
    const register = await get(carer, '/api/v1/residents', { room: roomId, limit: '200' });
    expect(register.status).toBe(200);
    expectAlike('GET /residents?room', itemOf(register.body, hiv), itemOf(register.body, other));
    for (const p of [hiv, other]) expect(itemOf(register.body, p)).toBeDefined();
    // Searching each by name finds each the same way.
    const [qa, qb] = await Promise.all(
      [hiv, other].map((p) => get(carer, '/api/v1/residents', { q: p.fullName })),
    );
    expectAlike('GET /residents?q', qa.body, qb.body);
    // The children's filter holds both; a narrower child category is refused to the caretaker.
    const children = await get(carer, '/api/v1/residents', { category: 'k1_child', limit: '200' });
    expect(itemOf(children.body, hiv)).toBeDefined();
    expect(itemOf(children.body, other)).toBeDefined();
    for (const category of ['k1_child_orphan', 'k1_child_hiv', 'k1_child_other'])
      expect((await get(carer, '/api/v1/residents', { category })).status).toBe(403);
    const round = await get(carer, '/api/v1/daily-records', {
      date: today(),
      room: roomId,
      shift: 'morning',
    });
    expect(round.status).toBe(200);
    expectAlike('GET /daily-records (round)', itemOf(round.body, hiv), itemOf(round.body, other));
    const alerts = await get(carer, '/api/v1/alerts', { limit: '200' });
    expect(alerts.status).toBe(200);
    expect(JSON.stringify(alerts.body)).not.toContain(hiv.id);
    expect(JSON.stringify(alerts.body)).not.toContain(other.id);
  });

  it('the exports (which leave the system) show both rows alike', async () => {
    const csv = await get(admin, '/api/v1/exports/residents.csv');
    expect(csv.status).toBe(200);
    const line = (p: Person) => csv.text.split('\r\n').find((l) => l.includes(p.code)) ?? '';
    expect(line(hiv)).not.toBe('');
    expectAlike('GET /exports/residents.csv', line(hiv), line(other));
    expect(line(hiv)).toContain('Trẻ em thuộc diện nuôi dưỡng (khoản 1)');
  });

  it("the officer's report: archived figures, the annex rows and the PDF text alike", async () => {
    const month = today().slice(0, 7);
    const report = await t
      .http()
      .post('/api/v1/reports/monthly')
      .set('Authorization', `Bearer ${admin}`)
      .send({ month });
    expect(report.status).toBe(201);
    const id = (report.body as { id: string }).id;
    const fin = await t
      .http()
      .post(`/api/v1/reports/${id}/finalise`)
      .set('Authorization', `Bearer ${admin}`);
    expect(fin.status).toBe(200);
    const seen = await get(officer, `/api/v1/reports/${id}`);
    expect(seen.status).toBe(200);
    const annex = (seen.body as { data: { annex: { code: string }[] } }).data.annex;
    const rowOf = (p: Person) => annex.find((r) => r.code === p.code);
    expect(rowOf(hiv)).toBeDefined();
    expectAlike('GET /reports/{id} annex row', rowOf(hiv), rowOf(other));
    expect(JSON.stringify(seen.body)).not.toContain(hiv.fullName);
    const pdf = await get(officer, `/api/v1/reports/${id}/pdf`).buffer(true);
    expect(pdf.status).toBe(200);
    const text = await pdfText(pdf.body as Buffer);
    // The annex line of a person, without its row number.
    const pdfLine = (p: Person) =>
      (text.split('\n').find((l) => l.includes(p.code)) ?? '').replace(/^\d+ /, '');
    expect(pdfLine(hiv)).not.toBe('');
    expectAlike('GET /reports/{id}/pdf annex line', pdfLine(hiv), pdfLine(other));
    expect(text).not.toContain(hiv.fullName);
    process.stdout.write(
      `HIV inference: ${compared.length} bodies compared: ${compared.join('; ')}\n`,
    );
  });
});
