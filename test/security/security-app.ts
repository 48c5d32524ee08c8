import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { Response } from 'supertest';
import { buildOpenApi } from '../../src/app.setup';
import { ALL_ROLES, Role } from '../../src/identity/role';
import { addMonths, todayIn } from '../../src/calendar/dates';
import { DEMO_USER_OF_ROLE, startTestApp, TestApp } from '../support/test-app';
import { ACCESS_MATRIX, Access, ID_SOURCES } from './access-matrix';

export const API = '/api/v1';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type Method = (typeof METHODS)[number];

/** One operation of the served OpenAPI document. */
export interface Operation {
  method: Method;
  /** As served: `/api/v1/residents/{id}`. */
  path: string;
  /** The key of ACCESS_MATRIX: `GET /residents/{id}`. */
  key: string;
  /** `application/json`, `multipart/form-data`, or none. */
  bodyType?: string;
  /** `#/components/schemas/X` of the JSON body, resolved. */
  bodySchema?: Schema;
  query: { name: string; required: boolean; schema: Schema }[];
  headers: string[];
}

export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minLength?: number;
  maxItems?: number;
  pattern?: string;
  example?: unknown;
  nullable?: boolean;
}

export const keyOf = (method: string, path: string): string =>
  `${method.toUpperCase()} ${path.startsWith(`${API}/`) ? path.slice(API.length) : path}`;

function resolve(doc: OpenAPIObject, schema: Schema | undefined, depth = 0): Schema | undefined {
  if (!schema || depth > 8) return schema;
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return resolve(doc, doc.components?.schemas?.[name], depth + 1);
  }
  const out: Schema = { ...schema };
  if (schema.properties)
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([k, v]) => [k, resolve(doc, v, depth + 1) ?? {}]),
    );
  if (schema.items) out.items = resolve(doc, schema.items, depth + 1);
  if (schema.allOf) out.allOf = schema.allOf.map((s) => resolve(doc, s, depth + 1) ?? {});
  return out;
}

/** Every operation of the application's own OpenAPI document (never a hand-kept list). */
export function operationsOf(doc: OpenAPIObject): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m] !== undefined).map((method) => {
      const op = item[method]!;
      const body = op.requestBody as { content: Record<string, { schema?: Schema }> } | undefined;
      const bodyType = body ? Object.keys(body.content)[0] : undefined;
      const params = (op.parameters ?? []) as {
        name: string;
        in: string;
        required?: boolean;
        schema?: Schema;
      }[];
      return {
        method,
        path,
        key: keyOf(method, path),
        bodyType,
        bodySchema: bodyType ? resolve(doc, body?.content[bodyType]?.schema) : undefined,
        query: params
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, required: p.required === true, schema: p.schema ?? {} })),
        headers: params.filter((p) => p.in === 'header').map((p) => p.name),
      };
    }),
  );
}

/** The line to add to access-matrix.ts for an operation it does not know. */
export function missingEntryMessage(op: Operation): string {
  return (
    `No entry for '${op.key}' in test/security/access-matrix.ts (ACCESS_MATRIX). ` +
    `Add a line such as:\n  '${op.key}': allow(Admin /* , SocialWorker, Nurse, Caretaker, Officer */),`
  );
}

export function accessOf(op: Operation): Access | undefined {
  return ACCESS_MATRIX[op.key];
}

/** The segment that names the path's id: `residents` for `/residents/{id}/health-checks`. */
export function idSegmentOf(path: string): string | undefined {
  const m = /\/([^/{}]+)\/\{[^}]+\}/.exec(path);
  return m?.[1];
}

export const hasPathId = (op: Operation): boolean => op.path.includes('{');

/** The required query parameters filled from the document's own examples. */
export function queryOf(op: Operation): Record<string, string> {
  return Object.fromEntries(
    op.query
      .filter((q) => q.required)
      .map((q) => [q.name, typeof q.schema.example === 'string' ? q.schema.example : '1']),
  );
}

export type Principal = Role | 'none' | 'expired' | 'forged';

export interface SecurityApp {
  t: TestApp;
  doc: OpenAPIObject;
  ops: Operation[];
  /** Tokens of facility A (the demo centre with its data) and the province officer. */
  own: Record<Role, string>;
  /** Tokens of facility B (admin2 and one user of each other staff role) and another province's officer. */
  other: Record<Role, string>;
  expired: string;
  forged: string;
  /** A real record of facility A for each id segment, with its version where it has one. */
  idsA: Map<string, { id: string; version: number | null }>;
  idOf(op: Operation): string | undefined;
  /** Every id of facility A's records of a kind (at most `limit`). */
  allIdsA(segment: string, limit?: number): Promise<string[]>;
}

export async function insertUser(
  t: TestApp,
  username: string,
  role: Role,
  facilityId: string | null,
  provinceCode: string | null,
): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO app_user (facility_id, province_code, username, full_name, role, password_hash, version)
     SELECT $1, $2, $3, 'Người dùng kiểm thử', $4, password_hash, 1 FROM app_user WHERE username = 'admin'`,
    [facilityId, provinceCode, username, role],
  );
}

/**
 * The full demo (facility A with ~70 residents and a year of history), plus what the demo lacks:
 * a monthly report and a reintegration step in A; in facility B a user of every staff role; an
 * officer of another province.
 */
export async function startSecurityApp(env: Record<string, string> = {}): Promise<SecurityApp> {
  const t = await startTestApp({ SEED_DEMO: 'true', ...env });
  const doc = buildOpenApi(t.app);
  const q = <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
    t.dataSource.query(sql, params);

  await insertUser(t, 'social2', Role.SocialWorker, t.facilityB.id, null);
  await insertUser(t, 'nurse2', Role.Nurse, t.facilityB.id, null);
  await insertUser(t, 'carer2', Role.Caretaker, t.facilityB.id, null);
  await insertUser(t, 'officer2', Role.Officer, null, '01');

  const own = Object.fromEntries(
    await Promise.all(ALL_ROLES.map(async (r) => [r, await t.token(DEMO_USER_OF_ROLE[r])])),
  ) as Record<Role, string>;
  const other = {
    [Role.Admin]: await t.token('admin2'),
    [Role.SocialWorker]: (await t.login('social2')).accessToken,
    [Role.Nurse]: (await t.login('nurse2')).accessToken,
    [Role.Caretaker]: (await t.login('carer2')).accessToken,
    [Role.Officer]: (await t.login('officer2')).accessToken,
  };

  // Officers read final reports only. The demo's last month is final already (src/seed/demo-reports.ts).
  const month = addMonths(todayIn('Asia/Ho_Chi_Minh'), -1).slice(0, 7);
  const listed = await t
    .http()
    .get(`${API}/reports`)
    .query({ period: month })
    .set('Authorization', `Bearer ${own.admin}`);
  const finalised = (listed.body as { items?: { status: string }[] }).items?.some(
    (r) => r.status === 'final',
  );
  if (!finalised) {
    const report = await t
      .http()
      .post(`${API}/reports/monthly`)
      .set('Authorization', `Bearer ${own.admin}`)
      .send({ month });
    if (report.status !== 201) throw new Error(`report: ${report.status} ${report.text}`);
    const final = await t
      .http()
      .post(`${API}/reports/${(report.body as { id: string }).id}/finalise`)
      .set('Authorization', `Bearer ${own.admin}`);
    if (final.status !== 200) throw new Error(`finalise: ${final.status} ${final.text}`);
  }
  const [admin] = await q<{ id: string }>(`SELECT id FROM app_user WHERE username = 'admin'`);
  await q(
    `INSERT INTO reintegration_step (facility_id, resident_id, owner_id, due_on, kind, description, version)
     SELECT facility_id, resident_id, $1, current_date + 30, 'family_assessment', 'Đánh giá gia đình', 1
       FROM discharge WHERE facility_id = $2 LIMIT 1`,
    [admin?.id, t.facilityA.id],
  );

  const idsA = new Map<string, { id: string; version: number | null }>();
  for (const [segment, table] of Object.entries(ID_SOURCES)) {
    const cols = await q<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = $1`,
      [table],
    );
    const version = cols.some((c) => c.column_name === 'version') ? 'version' : 'NULL::int';
    // The demo admin is the user whose record is used (GET /users/{id} of oneself is fine).
    const where = table === 'app_user' ? `AND username = 'social'` : '';
    // The resident whose sub-resources are read is one who has them all (a present resident with
    // a nutrition plan): a resident without a plan answers 404 "no plan yet", rightly.
    const prefer =
      table === 'resident'
        ? `(status = 'active' AND EXISTS (SELECT 1 FROM nutrition_plan p WHERE p.resident_id = ${table}.id)) DESC,`
        : '';
    const rows = await q<{ id: string; version: number | null }>(
      `SELECT id, ${version} AS version FROM ${table} WHERE facility_id = $1 ${where}
        ORDER BY ${prefer} id LIMIT 1`,
      [t.facilityA.id],
    );
    if (rows[0]) idsA.set(segment, rows[0]);
  }

  const signer = (secret: string) => new JwtService({ secret });
  const now = Math.floor(Date.now() / 1000);
  const [adminRow] = await q<{ id: string }>(`SELECT id FROM app_user WHERE username = 'admin'`);
  const expired = signer(t.config.jwtSecret).sign({
    sub: adminRow?.id,
    role: 'admin',
    typ: 'access',
    iat: now - 2000,
    exp: now - 1000,
  });
  const forged = signer('not-the-secret-not-the-secret-0123456789').sign({
    sub: adminRow?.id,
    role: 'admin',
    typ: 'access',
  });

  return {
    t,
    doc,
    ops: operationsOf(doc),
    own,
    other,
    expired,
    forged,
    idsA,
    idOf(op) {
      const segment = idSegmentOf(op.path);
      return segment ? idsA.get(segment)?.id : undefined;
    },
    async allIdsA(segment, limit = 200) {
      const table = ID_SOURCES[segment];
      if (!table) return [];
      const rows = await q<{ id: string }>(
        `SELECT id FROM ${table} WHERE facility_id = $1 ORDER BY id LIMIT ${limit}`,
        [t.facilityA.id],
      );
      return rows.map((r) => r.id);
    },
  };
}

export const fillPath = (path: string, id: string): string => path.replace(/\{[^}]+\}/g, id);
export const ABSENT_ID = randomUUID();

/** Sends one request of an operation as a principal; `body` undefined sends none. */
export function call(
  sa: SecurityApp,
  op: Operation,
  opts: {
    token?: string;
    id?: string;
    body?: unknown;
    headers?: Record<string, string>;
    query?: Record<string, string>;
  },
): Promise<Response> {
  const url = fillPath(op.path, opts.id ?? ABSENT_ID);
  let req = sa.t
    .http()
    [op.method](url)
    .query({ ...queryOf(op), ...opts.query });
  if (opts.token) req = req.set('Authorization', `Bearer ${opts.token}`);
  for (const [k, v] of Object.entries(opts.headers ?? {})) req = req.set(k, v);
  if (op.path.endsWith('.xlsx') || op.path.endsWith('/pdf')) req = req.buffer(true);
  return opts.body === undefined ? req : req.send(opts.body as object);
}
