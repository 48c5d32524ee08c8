import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { Response } from 'supertest';
import { Role } from '../../src/identity/role';
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS } from '../../src/residents/import/import-columns';
import { expectProblem } from '../support/test-app';
import { baseRow, csvOf, fuzzedImport, ImportCase, registerCsv } from './fuzz-files';
import { API, SecurityApp, startSecurityApp } from './security-app';

/** Generated files per property (see fuzz.e2e-spec.ts for FUZZ_RUNS and FUZZ_SEED). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const SEED =
  process.env.FUZZ_SEED === 'random'
    ? undefined
    : Number(process.env.FUZZ_SEED ?? 20261201) || 20261201;
const LEAK = /at .+\.(ts|js):\d+|\bSELECT |\bINSERT |QueryFailedError|driverError|node_modules/;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const keysHeader = IMPORT_COLUMNS.map((c) => c.key).join(',');
/** The error fields the import names: the file, or a row (and its column). */
const IMPORT_FIELD = /^(file|rows\.(\d+)(\.[A-Za-z][A-Za-z0-9]*)?)$/;

interface ImportAnswer {
  dryRun: boolean;
  imported: number;
  residents: { row: number; id: string; code: string; fullName: string }[];
}

describe('fuzzed files on POST /residents/import', () => {
  let sa: SecurityApp;
  let tables: string[];
  let requests = 0;
  const statuses = new Map<number, number>();

  beforeAll(async () => {
    sa = await startSecurityApp();
    // The demo centre is nearly full (80 places): room for the files the fuzz really imports, so
    // the tests do not depend on their order.
    await sa.t.dataSource.query(`UPDATE facility SET capacity = 100000 WHERE id = $1`, [
      sa.t.facilityA.id,
    ]);
    tables = (
      await sa.t.dataSource.query<{ table_name: string }[]>(
        `SELECT table_name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
      )
    ).map((r) => r.table_name);
  }, 180_000);
  afterAll(async () => {
    const answers = [...statuses].map(([s, n]) => `${s}×${n}`).join(', ');
    process.stdout.write(`fuzz-import: ${requests} imports (FUZZ_RUNS=${RUNS}); ${answers}\n`);
    await sa?.t.close();
  });

  /** Rows of every table: nothing imported means all of them unchanged. */
  const counts = async (): Promise<Record<string, number>> => {
    const sql = tables.map((t) => `SELECT '${t}' AS t, count(*)::int AS n FROM ${t}`);
    const rows = await sa.t.dataSource.query<{ t: string; n: number }[]>(sql.join(' UNION ALL '));
    return Object.fromEntries(rows.map((r) => [r.t, r.n]));
  };

  const upload = (
    content: Buffer | string,
    opts: { name?: string; type?: string; dryRun?: boolean; field?: string } = {},
  ): Promise<Response> => {
    requests++;
    return sa.t
      .http()
      .post(`${API}/residents/import${opts.dryRun ? '?dryRun=true' : ''}`)
      .set('Authorization', `Bearer ${sa.own[Role.Admin]}`)
      .attach(opts.field ?? 'file', Buffer.isBuffer(content) ? content : Buffer.from(content), {
        filename: opts.name ?? 'so-dang-ky.csv',
        contentType: opts.type ?? 'text/csv',
      });
  };

  /** Never 5xx nor internals; a 4xx is problem+json. */
  function expectSafe(res: Response): void {
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    const where = `${res.status} ${String(res.text ?? '').slice(0, 400)}`;
    if (res.status >= 500) throw new Error(`5xx: ${where}`);
    if (LEAK.test(String(res.text ?? ''))) throw new Error(`leak: ${where}`);
    if (res.status >= 400) expectProblem(res, res.status);
  }

  /** A refused file: 400 naming the file (not a row), or another 4xx; nothing changes. */
  async function expectFileRefused(
    what: string,
    send: () => Promise<Response>,
    want: number[] = [400],
  ): Promise<string | null> {
    const before = await counts();
    const res = await send();
    try {
      expectSafe(res);
      if (!want.includes(res.status)) throw new Error(`want ${want.join('/')}: ${res.status}`);
      if (res.status === 400) {
        const fields = ((res.body.errors ?? []) as { field: string }[]).map((e) => e.field);
        if (!fields.every((f) => f === 'file')) throw new Error(`fields ${fields.join(', ')}`);
      }
      expect(await counts()).toEqual(before);
      return null;
    } catch (err) {
      return `${what}: ${(err as Error).message.slice(0, 400)} (${res.text?.slice(0, 200)})`;
    }
  }

  it('refuses bad files as a whole with 400 problem+json naming the file, and imports nothing', async () => {
    const header = csvOf([['Họ và tên', 'Giới tính']]);
    const template = registerCsv([baseRow(1)]);
    // A row that is valid but for its encoding: every character of it exists in Latin-1.
    const latin1Row = { ...baseRow(1), fullName: 'Lò Hà', sex: 'nam', decisionNo: '112/QD' };
    const latin1 = Buffer.from(registerCsv([latin1Row]).replace(/^[^\n]*/, keysHeader), 'latin1');
    const utf16be = Buffer.concat([
      Buffer.from([0xfe, 0xff]),
      Buffer.from(template, 'utf16le').swap16(),
    ]);
    const many = registerCsv(Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => baseRow(i)));
    const repeated = `Họ và tên\n${'Lò Văn Pảng\n'.repeat(300_000)}`; // 4.8 MB, 300,000 rows
    const cases: [string, () => Promise<Response>, number[]?][] = [
      ['empty file', () => upload('')],
      ['only a BOM', () => upload('\uFEFF')],
      ['only the header', () => upload(header)],
      ['blank lines only', () => upload('\n\r\n\n')],
      ['Latin-1 bytes', () => upload(latin1)],
      ['UTF-16BE with BOM', () => upload(utf16be)],
      ['binary garbage', () => upload(Buffer.from([0x00, 0xff, 0x13, 0x37, 0x80, 0x0a, 0xc3]))],
      ['a PNG named .csv', () => upload(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))],
      [
        'unknown column',
        () =>
          upload(
            csvOf([
              ['Họ và tên', 'Mật khẩu'],
              ['A', 'B'],
            ]),
          ),
      ],
      ['no full-name column', () => upload(csvOf([['Giới tính'], ['nam']]))],
      [
        'the full-name column twice',
        () =>
          upload(
            csvOf([
              ['Họ và tên', 'fullName', 'Giới tính'],
              ['Lò A', 'Lò B', 'nam'],
            ]),
          ),
      ],
      ['unclosed quote', () => upload(`Họ và tên\n"Lò Văn Pảng\n`)],
      ['quote inside an unquoted field', () => upload(`Họ và tên\nLò "Văn" Pảng\n`)],
      [`${MAX_IMPORT_ROWS + 1} rows`, () => upload(many)],
      ['the same row 300,000 times (4.8 MB)', () => upload(repeated)],
      ['a PDF', () => upload('%PDF-1.7\n', { name: 'x.pdf', type: 'application/pdf' })],
      ['a CSV named .xlsx', () => upload(template, { name: 'x.xlsx', type: 'text/csv' })],
      [
        'a CSV sent as spreadsheetml',
        () =>
          upload(template, {
            name: 'x',
            type: XLSX,
          }),
      ],
      [
        'no file',
        () =>
          sa.t
            .http()
            .post(`${API}/residents/import`)
            .set('Authorization', `Bearer ${sa.own[Role.Admin]}`)
            .field('x', '1'),
      ],
      ['another field name', () => upload(template, { field: 'upload' })],
      ['over 5 MB', () => upload(Buffer.alloc(5 * 1024 * 1024 + 1, 'a')), [413]],
    ];
    const failures: string[] = [];
    for (const [what, send, want] of cases) {
      const failure = await expectFileRefused(what, send, want);
      if (failure) failures.push(failure);
    }
    expect(failures).toEqual([]);
  }, 300_000);

  // It once took half a minute: the row limit is now checked before the rows are read, which
  // src/residents/import/xlsx-table.spec.ts shows without a clock (speed is the bench's business).
  it('refuses a small XLSX holding a large sheet as a whole', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Đối tượng');
    sheet.addRow(['Họ và tên']);
    for (let i = 0; i < 20_000; i++) sheet.addRow(['Lò Văn Pảng']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const failure = await expectFileRefused('20,000-row XLSX', () =>
      upload(xlsx, { name: 'so-dang-ky.xlsx', type: XLSX }),
    );
    expect(failure).toBeNull();
    const notWorkbook = await expectFileRefused('a zip that is no workbook', () =>
      upload(Buffer.from('504b0506000000000000000000000000000000000000', 'hex'), {
        name: 'x.xlsx',
        type: XLSX,
      }),
    );
    expect(notWorkbook).toBeNull();
  }, 120_000);

  it('answers fuzzed rows with 200 (all imported) or 400 per-row errors (nothing imported)', async () => {
    const failures: string[] = [];
    await fc
      .assert(
        fc.asyncProperty(fuzzedImport(), async (c: ImportCase) => {
          const before = await counts();
          const res = await upload(c.csv, { dryRun: c.dryRun });
          const where = `${JSON.stringify(c.csv.slice(0, 300))} dryRun=${c.dryRun} → ${res.status} ${res.text?.slice(0, 400)}`;
          try {
            expectSafe(res);
            expect([200, 400]).toContain(res.status);
            const after = await counts();
            if (res.status === 200) {
              const body = res.body as ImportAnswer;
              expect(body.dryRun).toBe(c.dryRun);
              expect(body.imported).toBe(c.rows);
              expect(body.residents).toHaveLength(c.rows);
              expect(after.resident - before.resident).toBe(c.dryRun ? 0 : c.rows);
              if (c.dryRun) expect(after).toEqual(before);
            } else {
              const fields = (res.body.errors as { field: string }[]).map((e) => e.field);
              for (const f of fields) {
                const m = IMPORT_FIELD.exec(f);
                expect({ f, ok: m !== null }).toEqual({ f, ok: true });
                if (m?.[2]) expect(Number(m[2])).toBeGreaterThanOrEqual(2);
              }
              expect(after).toEqual(before);
            }
          } catch (err) {
            throw new Error(`${where}: ${(err as Error).message.slice(0, 600)}`);
          }
        }),
        { numRuns: RUNS * 2, endOnFailure: true, seed: SEED },
      )
      .catch((err: Error) =>
        failures.push(
          `${err.message.split('\n')[0]} ${(err.cause as Error | undefined)?.message ?? err.message}`,
        ),
      );
    expect(failures).toEqual([]);
  }, 600_000);

  it('accepts UTF-8 with or without BOM, UTF-16LE with BOM, and LF, CRLF or CR line ends (dry run)', async () => {
    const failures: string[] = [];
    const csv = registerCsv([baseRow(7), { ...baseRow(8), careInstructions: 'dòng 1\ndòng 2' }]);
    const files: [string, Buffer][] = [
      ['UTF-8', Buffer.from(csv)],
      ['UTF-8 with BOM', Buffer.from(`\uFEFF${csv}`)],
      ['CRLF', Buffer.from(csv.replace(/\n(?!dòng)/g, '\r\n'))],
      ['CR', Buffer.from(csv.replace(/\n(?!dòng)/g, '\r'))],
      [
        'UTF-16LE with BOM',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]),
      ],
    ];
    const before = await counts();
    for (const [what, file] of files) {
      const res = await upload(file, { dryRun: true });
      expectSafe(res);
      const body = res.body as ImportAnswer;
      if (
        res.status !== 200 ||
        body.imported !== 2 ||
        body.residents[0]?.fullName !== 'Lò Thị Thử 7'
      )
        failures.push(`${what}: ${res.status} ${res.text.slice(0, 300)}`);
    }
    expect(failures).toEqual([]);
    expect(await counts()).toEqual(before);
  }, 120_000);

  it('imports all rows or none: one bad row refuses the file with that row named', async () => {
    const rows = [baseRow(21), baseRow(22), baseRow(23)];
    const before = await counts();
    const bad = await upload(registerCsv([...rows, { ...baseRow(24), dateOfBirth: '2026-02-30' }]));
    expectProblem(bad, 400);
    expect((bad.body.errors as { field: string }[]).map((e) => e.field)).toEqual([
      'rows.5.dateOfBirth',
    ]);
    // a NUL in a cell was a 500 from the INSERT; now the row's error
    const nul = await upload(registerCsv([{ ...baseRow(25), religion: 'Không\u0000' }]));
    expectProblem(nul, 400);
    expect(nul.body.errors).toEqual([
      expect.objectContaining({ field: 'rows.2.religion', code: 'nulCharacter' }),
    ]);
    expect(await counts()).toEqual(before);

    // formula-like text is a name like any other: stored as written (exports neutralise it)
    const formula = { ...baseRow(26), careInstructions: '=HYPERLINK("http://evil","x")' };
    const ok = await upload(registerCsv([...rows, formula]));
    expect(ok.status).toBe(200);
    const body = ok.body as ImportAnswer;
    expect(body.imported).toBe(4);
    const after = await counts();
    expect(after.resident - before.resident).toBe(4);
    const [stored] = await sa.t.dataSource.query<{ care_instructions: string }[]>(
      `SELECT care_instructions FROM resident WHERE id = $1`,
      [body.residents[3]?.id],
    );
    expect(stored?.care_instructions).toBe(formula.careInstructions);
  }, 120_000);
});
