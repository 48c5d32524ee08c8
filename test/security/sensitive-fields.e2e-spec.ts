import { execFileSync } from 'node:child_process';
import type { Response } from 'supertest';
import { Role } from '../../src/identity/role';
import { EMERGENCY_KINDS } from '../../src/residents/model/categories';
import {
  accessOf,
  call,
  hasPathId,
  idSegmentOf,
  SecurityApp,
  startSecurityApp,
} from './security-app';

/** Seeded into every sensitive fact of facility A: found in a body, it is a leak. */
const MARK = 'LEAKMARK';
const SEEDS = [
  `UPDATE resident_sensitive
      SET abuse_history = '${MARK}-abuse ' || resident_id,
          trafficking_history = '${MARK}-trafficking ' || resident_id,
          psychiatric_diagnosis = '${MARK}-psychiatric ' || resident_id
    WHERE facility_id = $1`,
  // Case notes: a caretaker or an officer never reads counselling text.
  `UPDATE counselling_session
      SET summary = '${MARK}-note ' || id, follow_up_actions = '${MARK}-followup ' || id
    WHERE facility_id = $1`,
  // Medication: a sensitive medicine's name, and why any medicine is given (the indication).
  `UPDATE prescription
      SET medicine_name = CASE WHEN sensitive THEN '${MARK}-medicine ' || id ELSE medicine_name END,
          indication = '${MARK}-indication ' || id
    WHERE facility_id = $1`,
];

/** Sub-resources that a resident may not have; a 404 for them is not a failure. */
const MAY_BE_ABSENT = new Set(['GET /residents/{id}/nutrition-plan']);

/** Keys that only a sensitive view has. */
const SENSITIVE_KEYS =
  /^(sensitive|hivStatus|hivConfirmedOn|abuseHistory|traffickingHistory|psychiatricDiagnosis)$/;
/** HIV named anywhere (`k1_child_hiv`, `hiv_monitoring`, "HIV"), not inside a word like "archive". */
const HIV = /(^|[^a-z])hiv/i;

function walk(
  value: unknown,
  visit: (key: string | null, v: unknown) => void,
  key: string | null = null,
) {
  visit(key, value);
  if (Array.isArray(value)) value.forEach((v) => walk(v, visit));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) walk(v, visit, k);
}

/**
 * The text of a PDF, read by pdf-parse in a plain node process (its worker cannot start inside
 * jest's module sandbox).
 */
function pdfText(pdf: Buffer): string {
  const script =
    "const { PDFParse } = require('pdf-parse'); const chunks = [];" +
    "process.stdin.on('data', (d) => chunks.push(d)).on('end', async () => {" +
    ' const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });' +
    ' process.stdout.write((await parser.getText()).text); await parser.destroy(); });';
  return execFileSync(process.execPath, ['-e', script], { input: pdf }).toString('utf8');
}

function textOf(res: Response): string {
  if (Buffer.isBuffer(res.body)) {
    if (res.headers['content-type']?.startsWith('application/pdf')) {
      return pdfText(res.body);
    }
    return res.body.toString('utf8');
  }
  return res.text;
}

/** What is wrong with a body a caretaker or an officer received. */
function leaksIn(res: Response, data: 'personal' | 'reference' | 'aggregate'): string[] {
  const found: string[] = [];
  const text = textOf(res);
  if (text.includes(MARK))
    found.push(`marker ${text.slice(text.indexOf(MARK), text.indexOf(MARK) + 40)}`);
  if (data !== 'personal') return found;
  if (HIV.test(text))
    found.push(`HIV: …${text.slice(Math.max(0, text.search(HIV) - 30), text.search(HIV) + 30)}…`);
  if (res.type === 'application/json' && res.body) {
    walk(res.body, (key, v) => {
      if (key && SENSITIVE_KEYS.test(key) && v !== null && v !== undefined)
        found.push(`key ${key}`);
      if (
        typeof v === 'string' &&
        (EMERGENCY_KINDS as readonly string[]).includes(v) &&
        v !== 'other'
      )
        found.push(`emergency kind ${key}=${v}`);
    });
  }
  return found;
}

describe('sensitive fields: nothing a caretaker or an officer receives names them', () => {
  let sa: SecurityApp;
  let checkedBodies = 0;

  beforeAll(async () => {
    sa = await startSecurityApp();
    for (const sql of SEEDS) await sa.t.dataSource.query(sql, [sa.t.facilityA.id]);
  }, 180_000);
  afterAll(async () => {
    process.stdout.write(`sensitive fields: ${checkedBodies} response bodies searched\n`);
    await sa.t.close();
  });

  it('has seeded facts to find: HIV-positive residents, a trafficking case, markers in every record', async () => {
    const rows = await sa.t.dataSource.query<{ hiv: string; kinds: string; marked: string }[]>(
      `SELECT count(*) FILTER (WHERE s.hiv_status = 'positive') AS hiv,
              count(*) FILTER (WHERE r.emergency_kind IS NOT NULL) AS kinds,
              count(*) FILTER (WHERE s.abuse_history LIKE '${MARK}%') AS marked
         FROM resident r JOIN resident_sensitive s ON s.resident_id = r.id WHERE r.facility_id = $1`,
      [sa.t.facilityA.id],
    );
    expect(Number(rows[0]?.hiv)).toBeGreaterThan(0);
    expect(Number(rows[0]?.kinds)).toBeGreaterThan(0);
    expect(Number(rows[0]?.marked)).toBeGreaterThan(60);
    const notes = await sa.t.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM counselling_session WHERE facility_id = $1 AND summary LIKE '${MARK}%'`,
      [sa.t.facilityA.id],
    );
    expect(Number(notes[0]?.n)).toBeGreaterThan(0);
  });

  it('finds the facts in what an admin reads (the search can fail)', async () => {
    const [hivResident] = await sa.t.dataSource.query<{ id: string }[]>(
      `SELECT s.resident_id AS id FROM resident_sensitive s JOIN resident r ON r.id = s.resident_id
        WHERE s.facility_id = $1 AND s.hiv_status = 'positive' AND r.emergency_kind IS NULL LIMIT 1`,
      [sa.t.facilityA.id],
    );
    const op = sa.ops.find((o) => o.key === 'GET /residents/{id}')!;
    const res = await call(sa, op, { token: sa.own[Role.Admin], id: hivResident?.id });
    expect(res.status).toBe(200);
    const found = leaksIn(res, 'personal');
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^marker/),
        expect.stringMatching(/^HIV/),
        'key sensitive',
      ]),
    );
  }, 60_000);

  it.each([Role.Caretaker, Role.Officer])(
    'shows a %s no HIV status, abuse or trafficking history, psychiatric diagnosis or case-note text',
    async (role) => {
      const leaks: string[] = [];
      let reachable = 0;
      for (const op of sa.ops.filter((o) => o.method === 'get')) {
        const access = accessOf(op);
        if (!access || (access.roles !== 'public' && !access.roles.includes(role))) continue;
        const segment = idSegmentOf(op.path);
        const ids = hasPathId(op) && segment ? await sa.allIdsA(segment) : [undefined];
        for (const id of ids) {
          const res = await call(sa, op, {
            token: sa.own[role],
            id,
            query: op.query.some((q) => q.name === 'limit') ? { limit: '200' } : {},
          });
          checkedBodies++;
          // A resident who has no nutrition plan (yet, or any more) answers 404: nothing shown.
          if (res.status === 404 && MAY_BE_ABSENT.has(op.key)) continue;
          if (res.status !== 200) {
            leaks.push(`${op.key} ${id ?? ''}: ${res.status}`);
            continue;
          }
          reachable++;
          for (const leak of leaksIn(res, access.data ?? 'personal'))
            leaks.push(`${op.key} ${id ?? ''}: ${leak}`);
        }
      }
      expect(reachable).toBeGreaterThan(role === Role.Caretaker ? 70 : 2);
      expect(leaks).toEqual([]);
    },
    180_000,
  );
});
