import { randomBytes } from 'node:crypto';
import type { Response, Test } from 'supertest';
import type { TestApp } from '../support/test-app';

export const API = '/api/v1';
/** Long, not in the common-password list. */
export const STRONG_PASSWORD = 'mây-trắng-bay-2026-xyz';
export const OTHER_STRONG_PASSWORD = 'gió-đồng-nội-2027-qrs';

/** The keys of a user as the API answers it (UserView). */
export const USER_VIEW_KEYS = [
  'active',
  'createdAt',
  'email',
  'fullName',
  'id',
  'lastLoginAt',
  'lockedUntil',
  'phone',
  'role',
  'username',
  'version',
];

export interface UserBody {
  id: string;
  username: string;
  fullName: string;
  role: string;
  phone: string | null;
  email: string | null;
  active: boolean;
  version: number;
}

export interface UserRow {
  id: string;
  facility_id: string | null;
  username: string;
  full_name: string;
  role: string;
  phone: string | null;
  active: boolean;
  version: number;
  password_hash: string;
}

export interface AuditRow {
  id: string;
  user_id: string | null;
  facility_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  changes: Record<string, { before: unknown; after: unknown }> | null;
  request_id: string | null;
}

let seq = 0;
/** A username nobody else uses: 3–50 of a-z 0-9 . _ - */
export function uniqueUsername(prefix = 'u'): string {
  seq += 1;
  return `${prefix}.${seq}.${randomBytes(3).toString('hex')}`;
}

/** A body POST /users accepts; override one thing at a time. */
export function userBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    username: uniqueUsername('t'),
    fullName: 'Lê Thị Thu',
    role: 'caretaker',
    password: STRONG_PASSWORD,
    ...over,
  };
}

/** Requests under /api/v1 with one bearer token. */
export function as(t: TestApp, token: string) {
  const auth = (req: Test): Test => req.set('Authorization', `Bearer ${token}`);
  return {
    get: (path: string): Test => auth(t.http().get(`${API}${path}`)),
    post: (path: string, body: object): Test => auth(t.http().post(`${API}${path}`)).send(body),
    /** `version` becomes `If-Match: "<version>"`; leave it out to send no If-Match. */
    patch: (path: string, body: object, version?: number | string): Test => {
      const req = auth(t.http().patch(`${API}${path}`));
      return (version === undefined ? req : req.set('If-Match', `"${version}"`)).send(body);
    },
  };
}

export async function createUser(
  t: TestApp,
  token: string,
  over: Record<string, unknown> = {},
): Promise<UserBody> {
  const res = await as(t, token).post('/users', userBody(over));
  if (res.status !== 201) throw new Error(`POST /users answered ${res.status}: ${res.text}`);
  return res.body as UserBody;
}

export async function userRow(t: TestApp, id: string): Promise<UserRow> {
  const rows: UserRow[] = await t.dataSource.query(
    'SELECT id, facility_id, username, full_name, role, phone, active, version, password_hash FROM app_user WHERE id = $1',
    [id],
  );
  const row = rows[0];
  if (!row) throw new Error(`no app_user ${id}`);
  return row;
}

export async function userIdOf(t: TestApp, username: string): Promise<string> {
  const rows: { id: string }[] = await t.dataSource.query(
    'SELECT id FROM app_user WHERE username = $1',
    [username],
  );
  const row = rows[0];
  if (!row) throw new Error(`no app_user ${username}`);
  return row.id;
}

/** Login without throwing, to check refusals. */
export function loginRes(t: TestApp, username: string, password: string): Test {
  return t.http().post(`${API}/auth/login`).send({ username, password });
}

export function refreshRes(t: TestApp, refreshToken: string): Test {
  return t.http().post(`${API}/auth/refresh`).send({ refreshToken });
}

export async function auditRows(t: TestApp, entity: string, entityId: string): Promise<AuditRow[]> {
  return t.dataSource.query(
    `SELECT id::text AS id, user_id, facility_id, action, entity, entity_id, changes, request_id
       FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY audit_log.id`,
    [entity, entityId],
  );
}

/** Audit rows that record a change (not logins or reads). */
export async function writeAuditRows(
  t: TestApp,
  entity: string,
  entityId: string,
): Promise<AuditRow[]> {
  return (await auditRows(t, entity, entityId)).filter(
    (r) => r.action === 'create' || r.action === 'update' || r.action === 'void',
  );
}

/** The field errors of a 400, as [field, code] pairs sorted by field. */
export function fieldCodes(res: Response): [string, string][] {
  const errors = (res.body as { errors?: { field: string; code: string }[] }).errors ?? [];
  return errors
    .map((e): [string, string] => [e.field, e.code])
    .sort(([a], [b]) => a.localeCompare(b));
}

/**
 * A facility of its own with a single admin, for tests that change who administers a facility
 * (the demo facilities stay as the other tests expect them).
 */
export async function newFacilityWithAdmin(
  t: TestApp,
): Promise<{ facilityId: string; adminId: string; username: string; token: string }> {
  const code = `T-${randomBytes(4).toString('hex')}`;
  const facilities: { id: string }[] = await t.dataSource.query(
    `INSERT INTO facility (code, name, governing_body, facility_type, province_code, province_name,
                           address, capacity, timezone, report_recipient, version)
     SELECT $1, $2, governing_body, facility_type, province_code, province_name,
            address, capacity, timezone, report_recipient, 1
       FROM facility WHERE id = $3
     RETURNING id`,
    [code, `Cơ sở thử ${code}`, t.facilityA.id],
  );
  const facilityId = facilities[0]?.id;
  if (!facilityId) throw new Error('facility not created');
  const username = uniqueUsername('adm');
  const users: { id: string }[] = await t.dataSource.query(
    `INSERT INTO app_user (facility_id, username, full_name, role, password_hash, version)
     SELECT $1, $2, 'Quản trị thử', 'admin', password_hash, 1 FROM app_user WHERE username = 'admin'
     RETURNING id`,
    [facilityId, username],
  );
  const adminId = users[0]?.id;
  if (!adminId) throw new Error('admin not created');
  const { accessToken } = await t.login(username);
  return { facilityId, adminId, username, token: accessToken };
}
