import { randomBytes } from 'node:crypto';
import type { Response } from 'supertest';
import { count, DemoUser, expectProblem, startTestApp, TestApp } from '../support/test-app';
import {
  as,
  AuditRow,
  createUser,
  OTHER_STRONG_PASSWORD,
  userBody,
  userIdOf,
  userRow,
  writeAuditRows,
} from '../users/user-fixtures';

interface AuditItem {
  id: string;
  userId: string | null;
  facilityId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  changes: Record<string, { before: unknown; after: unknown }> | null;
  requestId: string | null;
}

interface AuditPage {
  items: AuditItem[];
  nextCursor: string | null;
}

const REDACTED = { before: '[redacted]', after: '[redacted]' };

describe('audit trail', () => {
  let t: TestApp;
  let admin: string;
  let adminId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.token('admin');
    adminId = await userIdOf(t, 'admin');
  });
  afterAll(() => t.close());

  /** The one audit row a successful write left, checked against the answer that made it. */
  async function theOneRow(
    res: Response,
    entity: string,
    entityId: string,
    action: 'create' | 'update',
    before: AuditRow[] = [],
  ): Promise<AuditRow> {
    const rows = await writeAuditRows(t, entity, entityId);
    expect(rows).toHaveLength(before.length + 1);
    const row = rows[rows.length - 1];
    if (!row) throw new Error(`no audit row for ${entity} ${entityId}`);
    expect(row).toEqual(
      expect.objectContaining({
        user_id: adminId,
        facility_id: t.facilityA.id,
        action,
        entity,
        entity_id: entityId,
      }),
    );
    expect(res.headers['x-request-id']).toEqual(expect.any(String));
    expect(row.request_id).toBe(res.headers['x-request-id']);
    return row;
  }

  async function facilityVersion(): Promise<number> {
    const rows: { version: number }[] = await t.dataSource.query(
      'SELECT version FROM facility WHERE id = $1',
      [t.facilityA.id],
    );
    return rows[0]?.version ?? -1;
  }

  describe('every write leaves one row with who, where, what and the request id', () => {
    it('POST /users: the created values, the password hash redacted', async () => {
      const body = userBody({ fullName: 'Trịnh Văn Khải', role: 'nurse', phone: '0912 111 222' });
      const res = await as(t, admin).post('/users', body);
      expect(res.status).toBe(201);
      const row = await theOneRow(res, 'app_user', res.body.id as string, 'create');
      expect(row.changes).toEqual(
        expect.objectContaining({
          username: { before: null, after: body.username },
          fullName: { before: null, after: 'Trịnh Văn Khải' },
          role: { before: null, after: 'nurse' },
          phone: { before: null, after: '0912 111 222' },
          passwordHash: REDACTED,
        }),
      );
    });

    it('PATCH /users/:id: before and after of the changed fields only', async () => {
      const user = await createUser(t, admin, { fullName: 'Cũ Tên', role: 'caretaker' });
      const before = await writeAuditRows(t, 'app_user', user.id);
      const res = await as(t, admin).patch(
        `/users/${user.id}`,
        { fullName: 'Mới Tên', role: 'nurse' },
        user.version,
      );
      expect(res.status).toBe(200);
      const row = await theOneRow(res, 'app_user', user.id, 'update', before);
      expect(row.changes).toEqual({
        fullName: { before: 'Cũ Tên', after: 'Mới Tên' },
        role: { before: 'caretaker', after: 'nurse' },
      });
    });

    it('records the canonical entity id when the path id is written in upper case', async () => {
      const user = await createUser(t, admin);
      const before = await writeAuditRows(t, 'app_user', user.id);
      const res = await as(t, admin).patch(
        `/users/${user.id.toUpperCase()}`,
        { phone: '0912 333 444' },
        user.version,
      );
      expect(res.status).toBe(200);
      const row = await theOneRow(res, 'app_user', user.id, 'update', before);
      expect(row.changes).toEqual({ phone: { before: null, after: '0912 333 444' } });
    });

    it('a password reset: recorded as changed, without values', async () => {
      const user = await createUser(t, admin);
      const before = await writeAuditRows(t, 'app_user', user.id);
      const res = await as(t, admin).patch(
        `/users/${user.id}`,
        { password: OTHER_STRONG_PASSWORD },
        user.version,
      );
      expect(res.status).toBe(200);
      const row = await theOneRow(res, 'app_user', user.id, 'update', before);
      expect(row.changes).toEqual({ passwordHash: REDACTED });
    });

    it('a deactivation', async () => {
      const user = await createUser(t, admin);
      const before = await writeAuditRows(t, 'app_user', user.id);
      const res = await as(t, admin).patch(`/users/${user.id}`, { active: false }, user.version);
      expect(res.status).toBe(200);
      const row = await theOneRow(res, 'app_user', user.id, 'update', before);
      expect(row.changes).toEqual({ active: { before: true, after: false } });
    });

    it('PATCH /facilities/current', async () => {
      const current = await as(t, admin).get('/facilities/current');
      const before = await writeAuditRows(t, 'facility', t.facilityA.id);
      const directorName = `Giám đốc ${randomBytes(3).toString('hex')}`;
      const res = await as(t, admin).patch(
        '/facilities/current',
        { directorName },
        current.body.version,
      );
      expect(res.status).toBe(200);
      const row = await theOneRow(res, 'facility', t.facilityA.id, 'update', before);
      expect(row.changes).toEqual({
        directorName: { before: current.body.directorName, after: directorName },
      });
    });

    it('POST /facilities/current/rooms and PATCH /rooms/:id', async () => {
      const code = `AU${randomBytes(3).toString('hex')}`;
      const created = await as(t, admin).post('/facilities/current/rooms', {
        code,
        name: 'Phòng kiểm toán',
        areaM2: 30,
        beds: 3,
      });
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      const createRow = await theOneRow(created, 'room', id, 'create');
      expect(createRow.changes).toEqual(
        expect.objectContaining({
          code: { before: null, after: code },
          name: { before: null, after: 'Phòng kiểm toán' },
          areaM2: { before: null, after: 30 },
          beds: { before: null, after: 3 },
        }),
      );

      const updated = await as(t, admin).patch(`/rooms/${id}`, { beds: 5 }, 1);
      expect(updated.status).toBe(200);
      const updateRow = await theOneRow(updated, 'room', id, 'update', [createRow]);
      expect(updateRow.changes).toEqual({ beds: { before: 3, after: 5 } });
    });

    it("takes a caller's well-formed X-Request-Id as the request id", async () => {
      const requestId = `trace-${randomBytes(6).toString('hex')}`;
      const res = await as(t, admin).post('/users', userBody()).set('X-Request-Id', requestId);
      expect(res.status).toBe(201);
      expect(res.headers['x-request-id']).toBe(requestId);
      const row = await theOneRow(res, 'app_user', res.body.id as string, 'create');
      expect(row.request_id).toBe(requestId);
    });
  });

  it('never stores a password hash or a password in the trail', async () => {
    const user = await createUser(t, admin);
    await as(t, admin).patch(`/users/${user.id}`, { password: OTHER_STRONG_PASSWORD }, 1);
    const leaks: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log
        WHERE changes::text ~ 'argon2|mây-trắng|gió-đồng'
           OR (changes ? 'passwordHash' AND changes->'passwordHash' <> $1::jsonb)
           OR changes ? 'password'`,
      [JSON.stringify(REDACTED)],
    );
    expect(leaks[0]?.n).toBe(0);
    const withHash: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE changes ? 'passwordHash'`,
    );
    expect(withHash[0]?.n).toBeGreaterThan(0);
  });

  describe('a write that fails leaves no audit row and no change', () => {
    it('a duplicate username (409)', async () => {
      const user = await createUser(t, admin);
      const audit = await count(t.dataSource, 'audit_log');
      const users = await count(t.dataSource, 'app_user');
      const res = await as(t, admin).post('/users', userBody({ username: user.username }));
      expectProblem(res, 409);
      expect(await count(t.dataSource, 'audit_log')).toBe(audit);
      expect(await count(t.dataSource, 'app_user')).toBe(users);
    });

    it('a stale version (412)', async () => {
      const user = await createUser(t, admin);
      const audit = await count(t.dataSource, 'audit_log');
      const res = await as(t, admin).patch(`/users/${user.id}`, { fullName: 'Cũ' }, 7);
      expectProblem(res, 412);
      expect(await count(t.dataSource, 'audit_log')).toBe(audit);
      const row = await userRow(t, user.id);
      expect(row.full_name).toBe(user.fullName);
      expect(row.version).toBe(user.version);
    });

    it('invalid input (400), a missing If-Match (428) and a refused role (403)', async () => {
      const user = await createUser(t, admin);
      const nurse = await t.token('nurse'); // logging in is audited: before counting
      const audit = await count(t.dataSource, 'audit_log');
      const fv = await facilityVersion();
      expectProblem(await as(t, admin).post('/users', userBody({ role: 'officer' })), 400);
      expectProblem(await as(t, admin).patch(`/users/${user.id}`, { fullName: 'x' }), 428);
      expectProblem(await as(t, admin).patch('/facilities/current', { capacity: 0 }, fv), 400);
      expectProblem(await as(t, nurse).post('/users', userBody()), 403);
      expect(await count(t.dataSource, 'audit_log')).toBe(audit);
      expect((await userRow(t, user.id)).version).toBe(user.version);
      expect(await facilityVersion()).toBe(fv);
    });

    it('a duplicate room code (409)', async () => {
      const audit = await count(t.dataSource, 'audit_log');
      const rooms = await count(t.dataSource, 'room');
      const res = await as(t, admin).post('/facilities/current/rooms', {
        code: 'A101',
        name: 'Trùng',
        areaM2: 20,
        beds: 2,
      });
      expectProblem(res, 409);
      expect(await count(t.dataSource, 'audit_log')).toBe(audit);
      expect(await count(t.dataSource, 'room')).toBe(rooms);
    });
  });

  describe('the change and its audit row commit in one transaction', () => {
    /** Makes the audit insert of one request fail, as a full disk or a broken trigger would. */
    async function withFailingAudit(requestId: string, fn: () => Promise<void>): Promise<void> {
      const name = `fail_audit_${randomBytes(4).toString('hex')}`;
      await t.dataSource.query(
        `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           IF NEW.request_id = '${requestId}' THEN RAISE EXCEPTION 'audit write failed'; END IF;
           RETURN NEW;
         END $$`,
      );
      await t.dataSource.query(
        `CREATE TRIGGER ${name} BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION ${name}()`,
      );
      try {
        await fn();
      } finally {
        await t.dataSource.query(`DROP TRIGGER ${name} ON audit_log`);
        await t.dataSource.query(`DROP FUNCTION ${name}()`);
      }
    }

    it('rolls back a user update whose audit row cannot be written', async () => {
      const user = await createUser(t, admin);
      const requestId = `fail-${randomBytes(6).toString('hex')}`;
      await withFailingAudit(requestId, async () => {
        const res = await as(t, admin)
          .patch(`/users/${user.id}`, { fullName: 'Không được lưu', active: false }, user.version)
          .set('X-Request-Id', requestId);
        expectProblem(res, 500);
      });
      const row = await userRow(t, user.id);
      expect(row.full_name).toBe(user.fullName);
      expect(row.active).toBe(true);
      expect(row.version).toBe(user.version);
      expect(await writeAuditRows(t, 'app_user', user.id)).toHaveLength(1);
      // Nothing stuck: the same change with another request id goes through.
      const ok = await as(t, admin).patch(
        `/users/${user.id}`,
        { fullName: 'Được lưu' },
        user.version,
      );
      expect(ok.status).toBe(200);
    });

    it('creates no user when the audit row of the creation cannot be written', async () => {
      const body = userBody();
      const users = await count(t.dataSource, 'app_user');
      const audit = await count(t.dataSource, 'audit_log');
      const requestId = `fail-${randomBytes(6).toString('hex')}`;
      await withFailingAudit(requestId, async () => {
        const res = await as(t, admin).post('/users', body).set('X-Request-Id', requestId);
        expectProblem(res, 500);
      });
      expect(await count(t.dataSource, 'app_user')).toBe(users);
      expect(await count(t.dataSource, 'audit_log')).toBe(audit);
      const rows: unknown[] = await t.dataSource.query(
        'SELECT 1 FROM app_user WHERE username = $1',
        [body.username],
      );
      expect(rows).toEqual([]);
    });

    it('rolls back a facility update and a room creation the same way', async () => {
      const fv = await facilityVersion();
      const rooms = await count(t.dataSource, 'room');
      const requestId = `fail-${randomBytes(6).toString('hex')}`;
      await withFailingAudit(requestId, async () => {
        const f = await as(t, admin)
          .patch('/facilities/current', { directorName: 'Không lưu' }, fv)
          .set('X-Request-Id', requestId);
        expectProblem(f, 500);
        const r = await as(t, admin)
          .post('/facilities/current/rooms', { code: 'ZZ-FAIL', name: 'x', areaM2: 20, beds: 2 })
          .set('X-Request-Id', requestId);
        expectProblem(r, 500);
      });
      expect(await facilityVersion()).toBe(fv);
      expect(await count(t.dataSource, 'room')).toBe(rooms);
    });
  });

  describe('GET /audit', () => {
    it('answers the admin, filtered by entity and entityId, newest first', async () => {
      const user = await createUser(t, admin);
      const patched = await as(t, admin).patch(`/users/${user.id}`, { fullName: 'Đổi' }, 1);
      expect(patched.status).toBe(200);
      const res = await as(t, admin).get(`/audit?entity=app_user&entityId=${user.id}`);
      expect(res.status).toBe(200);
      const page = res.body as AuditPage;
      expect(page.nextCursor).toBeNull();
      expect(page.items.map((i) => i.action)).toEqual(['update', 'create']);
      for (const item of page.items) {
        expect(item).toEqual(
          expect.objectContaining({
            entity: 'app_user',
            entityId: user.id,
            userId: adminId,
            facilityId: t.facilityA.id,
          }),
        );
      }
      expect(page.items[0]?.requestId).toBe(patched.headers['x-request-id']);
      expect(page.items[0]?.changes).toEqual({
        fullName: { before: user.fullName, after: 'Đổi' },
      });
      expect(res.text).not.toMatch(/argon2/);
    });

    it('filters by entity alone', async () => {
      const res = await as(t, admin).get('/audit?entity=room&limit=200');
      expect(res.status).toBe(200);
      const items = (res.body as AuditPage).items;
      expect(items.every((i) => i.entity === 'room')).toBe(true);
    });

    it.each(['social', 'nurse', 'carer', 'officer'] as DemoUser[])(
      'refuses %s with 403',
      async (who) => {
        expectProblem(await as(t, await t.token(who)).get('/audit'), 403);
      },
    );

    it("does not show facility A's rows to facility B's admin", async () => {
      const user = await createUser(t, admin);
      const admin2 = await t.token('admin2');
      const filtered = await as(t, admin2).get(`/audit?entity=app_user&entityId=${user.id}`);
      expect(filtered.status).toBe(200);
      expect((filtered.body as AuditPage).items).toEqual([]);
      const all = await as(t, admin2).get('/audit?limit=200');
      expect(all.status).toBe(200);
      const items = (all.body as AuditPage).items;
      expect(items.length).toBeGreaterThan(0); // admin2's own login at least
      expect(items.every((i) => i.facilityId === t.facilityB.id)).toBe(true);
    });

    it.each([
      ['userId=not-a-uuid', 'userId', 'isUuid'],
      ['action=delete', 'action', 'isIn'],
      ['from=yesterday', 'from', 'isDateString'],
      ['entity=x&sort=id', 'sort', 'unknownField'],
    ])('refuses ?%s with 400 naming %s', async (query, field, code) => {
      const res = await as(t, admin).get(`/audit?${query}`);
      expectProblem(res, 400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field, code })]);
    });
  });

  describe('the audit_log table is append-only', () => {
    async function someRow(): Promise<{ id: string; entity: string }> {
      const rows: { id: string; entity: string }[] = await t.dataSource.query(
        'SELECT id::text AS id, entity FROM audit_log ORDER BY audit_log.id LIMIT 1',
      );
      const row = rows[0];
      if (!row) throw new Error('audit_log is empty');
      return row;
    }

    it('refuses UPDATE', async () => {
      const row = await someRow();
      await expect(
        t.dataSource.query(`UPDATE audit_log SET entity = 'tampered' WHERE id = $1`, [row.id]),
      ).rejects.toThrow(/append-only/);
      expect(await someRow()).toEqual(row);
    });

    it('refuses DELETE', async () => {
      const before = await count(t.dataSource, 'audit_log');
      const row = await someRow();
      await expect(
        t.dataSource.query('DELETE FROM audit_log WHERE id = $1', [row.id]),
      ).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
      expect(await count(t.dataSource, 'audit_log')).toBe(before);
    });

    it('refuses TRUNCATE', async () => {
      const before = await count(t.dataSource, 'audit_log');
      await expect(t.dataSource.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
      expect(await count(t.dataSource, 'audit_log')).toBe(before);
    });
  });
});
