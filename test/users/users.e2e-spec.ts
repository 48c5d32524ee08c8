import type { Test } from 'supertest';
import { count, expectProblem, PASSWORD, startTestApp, TestApp } from '../support/test-app';
import {
  as,
  createUser,
  fieldCodes,
  loginRes,
  newFacilityWithAdmin,
  OTHER_STRONG_PASSWORD,
  refreshRes,
  STRONG_PASSWORD,
  uniqueUsername,
  USER_VIEW_KEYS,
  userBody,
  UserBody,
  userIdOf,
  userRow,
} from './user-fixtures';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ABSENT_ID = '00000000-0000-4000-8000-000000000000';

interface Page {
  items: UserBody[];
  nextCursor: string | null;
}

describe('users (/api/v1/users)', () => {
  let t: TestApp;
  let admin: string;
  let adminId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.token('admin');
    adminId = await userIdOf(t, 'admin');
  });
  afterAll(() => t.close());

  const api = () => as(t, admin);

  describe('GET /users', () => {
    it('answers the admin with { items, nextCursor } of the own facility, without password hashes', async () => {
      const res = await api().get('/users?limit=200');
      expect(res.status).toBe(200);
      expect(Object.keys(res.body as object).sort()).toEqual(['items', 'nextCursor']);
      const page = res.body as Page;
      const expected: { id: string }[] = await t.dataSource.query(
        'SELECT id FROM app_user WHERE facility_id = $1 ORDER BY username, id',
        [t.facilityA.id],
      );
      expect(page.items.map((u) => u.id)).toEqual(expected.map((r) => r.id));
      expect(page.items.map((u) => u.username)).toEqual(
        expect.arrayContaining(['admin', 'social', 'nurse', 'carer']),
      );
      expect(page.items.map((u) => u.username)).not.toContain('officer');
      expect(page.items.map((u) => u.username)).not.toContain('admin2');
      for (const item of page.items) expect(Object.keys(item).sort()).toEqual(USER_VIEW_KEYS);
      expect(res.text).not.toMatch(/passwordHash|password_hash|argon2/);
    });

    it('pages through every user with limit=2 in a stable order without duplicates', async () => {
      // Enough users for several pages, whatever else the file created.
      for (let i = 0; i < 3; i++) await createUser(t, admin);
      const expected: { id: string }[] = await t.dataSource.query(
        'SELECT id FROM app_user WHERE facility_id = $1 ORDER BY username, id',
        [t.facilityA.id],
      );
      expect(expected.length).toBeGreaterThan(4);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const path: string = `/users?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const res = await api().get(path);
        expect(res.status).toBe(200);
        const page = res.body as Page;
        expect(page.items.length).toBeLessThanOrEqual(2);
        if (page.nextCursor !== null) expect(page.items).toHaveLength(2);
        seen.push(...page.items.map((u) => u.id));
        cursor = page.nextCursor;
        pages += 1;
        if (pages > 500) throw new Error('pagination does not end');
      } while (cursor !== null);
      expect(seen).toEqual(expected.map((r) => r.id));
      expect(new Set(seen).size).toBe(seen.length);
      expect(pages).toBe(Math.ceil(expected.length / 2));

      // The same first page twice: the order is stable.
      const a = await api().get('/users?limit=2');
      const b = await api().get('/users?limit=2');
      expect((b.body as Page).items.map((u) => u.id)).toEqual(
        (a.body as Page).items.map((u) => u.id),
      );
      expect((b.body as Page).nextCursor).toBe((a.body as Page).nextCursor);
    });

    it.each([
      ['0', 'min'],
      ['201', 'max'],
      ['abc', 'isInt'],
      ['1.5', 'isInt'],
    ])('refuses limit=%s with 400 naming limit', async (limit, code) => {
      const res = await api().get(`/users?limit=${limit}`);
      expectProblem(res, 400);
      expect(fieldCodes(res)).toEqual([['limit', code]]);
    });

    it.each([
      ['garbage', 'not-a-cursor!!'],
      ['a cursor of the wrong shape', Buffer.from('{"a":1}').toString('base64url')],
      ['a cursor with a non-UUID id', Buffer.from('["admin","x"]').toString('base64url')],
    ])('refuses %s with 400 naming cursor', async (_what, cursor) => {
      const res = await api().get(`/users?cursor=${encodeURIComponent(cursor)}`);
      expectProblem(res, 400);
      expect(fieldCodes(res)).toEqual([['cursor', 'invalidCursor']]);
    });

    it('filters by role and active', async () => {
      const nurse = await createUser(t, admin, { role: 'nurse' });
      const res = await api().get('/users?role=nurse&active=true&limit=200');
      expect(res.status).toBe(200);
      const items = (res.body as Page).items;
      expect(items.map((u) => u.id)).toContain(nurse.id);
      expect(items.every((u) => u.role === 'nurse' && u.active)).toBe(true);
    });
  });

  describe('GET /users/:id', () => {
    it('answers a user of the own facility with an ETag', async () => {
      const user = await createUser(t, admin);
      const res = await api().get(`/users/${user.id}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(user);
      expect(res.headers.etag).toBe(`"${user.version}"`);
    });

    it('answers a well-formed but absent id with 404', async () => {
      expectProblem(await api().get(`/users/${ABSENT_ID}`), 404);
    });

    it("answers a non-UUID id with 400 naming 'id'", async () => {
      const res = await api().get('/users/not-a-uuid');
      expectProblem(res, 400);
      expect(fieldCodes(res)).toEqual([['id', 'isUuid']]);
    });
  });

  describe('POST /users', () => {
    it('creates a user (201) with the username lower-cased and no password hash in the answer', async () => {
      const before = await count(t.dataSource, 'app_user');
      const username = uniqueUsername('Mixed.Case');
      const res = await api().post(
        '/users',
        userBody({
          username,
          fullName: 'Nguyễn Thị Hoa',
          role: 'nurse',
          phone: '0912 345 678',
          email: 'hoa@example.vn',
        }),
      );
      expect(res.status).toBe(201);
      expect(Object.keys(res.body as object).sort()).toEqual(USER_VIEW_KEYS);
      expect(res.body).toEqual(
        expect.objectContaining({
          id: expect.stringMatching(UUID),
          username: username.toLowerCase(),
          fullName: 'Nguyễn Thị Hoa',
          role: 'nurse',
          phone: '0912 345 678',
          email: 'hoa@example.vn',
          active: true,
          version: 1,
          lockedUntil: null,
          lastLoginAt: null,
        }),
      );
      expect(username).not.toBe(username.toLowerCase());
      expect(res.text).not.toMatch(/password|argon2/i);
      expect(res.headers.etag).toBe('"1"');
      expect(await count(t.dataSource, 'app_user')).toBe(before + 1);

      const row = await userRow(t, res.body.id as string);
      expect(row.facility_id).toBe(t.facilityA.id);
      expect(row.username).toBe(username.toLowerCase());
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(row.password_hash).not.toContain(STRONG_PASSWORD);
    });

    it('lets the new user log in with the password (and the username in any case)', async () => {
      const username = uniqueUsername('login');
      const user = await createUser(t, admin, { username, role: 'social_worker' });
      const res = await loginRes(t, username.toUpperCase(), STRONG_PASSWORD);
      expect(res.status).toBe(200);
      expect(res.body.user).toEqual(
        expect.objectContaining({ id: user.id, role: 'social_worker', facilityId: t.facilityA.id }),
      );
      expectProblem(await loginRes(t, username, OTHER_STRONG_PASSWORD), 401);
    });

    it('creates the user in the facility of the admin who creates it', async () => {
      const admin2 = await t.token('admin2');
      const user = await createUser(t, admin2);
      expect((await userRow(t, user.id)).facility_id).toBe(t.facilityB.id);
      expectProblem(await api().get(`/users/${user.id}`), 404);
    });

    it.each([
      ['the same username', (u: string) => u],
      ['the username in another case', (u: string) => u.toUpperCase()],
    ])('refuses %s again with 409 and creates nothing', async (_what, variant) => {
      const username = uniqueUsername('dup');
      await createUser(t, admin, { username });
      const before = await count(t.dataSource, 'app_user');
      const res = await api().post('/users', userBody({ username: variant(username) }));
      expectProblem(res, 409);
      expect(await count(t.dataSource, 'app_user')).toBe(before);
    });

    it('refuses a username taken in another facility with 409', async () => {
      const before = await count(t.dataSource, 'app_user');
      expectProblem(await api().post('/users', userBody({ username: 'admin2' })), 409);
      expect(await count(t.dataSource, 'app_user')).toBe(before);
    });

    it.each(['officer', 'superadmin', 'ADMIN'])(
      'refuses role %s with 400 naming role',
      async (role) => {
        const before = await count(t.dataSource, 'app_user');
        const res = await api().post('/users', userBody({ role }));
        expectProblem(res, 400);
        expect(fieldCodes(res)).toEqual([['role', 'isIn']]);
        expect(await count(t.dataSource, 'app_user')).toBe(before);
      },
    );

    it.each([
      ['short', 'Ab1-short', 'minLength'],
      ['common', 'password1234', 'commonPassword'],
      ['a common word with digits', 'iloveyou2026!', 'commonPassword'],
      ['all digits', '123456789012', 'commonPassword'],
      ['too long', `${'x7-'.repeat(43)}`, 'maxLength'],
      ['not a string', 123456789012345, 'isString'],
    ])('refuses a %s password with 400 naming password', async (_what, password, code) => {
      const before = await count(t.dataSource, 'app_user');
      const res = await api().post('/users', userBody({ password }));
      expectProblem(res, 400);
      expect(fieldCodes(res)).toEqual([['password', code]]);
      expect(await count(t.dataSource, 'app_user')).toBe(before);
    });

    it('refuses an unknown field with 400 unknownField and creates nothing', async () => {
      const before = await count(t.dataSource, 'app_user');
      const res = await api().post('/users', userBody({ facilityId: t.facilityB.id }));
      expectProblem(res, 400);
      expect(fieldCodes(res)).toEqual([['facilityId', 'unknownField']]);
      expect(await count(t.dataSource, 'app_user')).toBe(before);
    });

    it('refuses a passwordHash smuggled in the body', async () => {
      const res = await api().post('/users', userBody({ passwordHash: '$argon2id$x' }));
      expectProblem(res, 400);
      expect(fieldCodes(res)).toEqual([['passwordHash', 'unknownField']]);
    });

    it('names every missing field', async () => {
      const before = await count(t.dataSource, 'app_user');
      const res = await api().post('/users', {});
      expectProblem(res, 400);
      expect(fieldCodes(res)).toEqual([
        ['fullName', 'isDefined'],
        ['password', 'isDefined'],
        ['role', 'isDefined'],
        ['username', 'isDefined'],
      ]);
      expect(await count(t.dataSource, 'app_user')).toBe(before);
    });

    it.each([
      ['username', 'a b c'],
      ['username', 'ab'],
      ['phone', 'call me'],
      // The pattern allows "+" and 20 more; the column holds 20 (this was a 500).
      ['phone', '+84 912 345 678 90123'],
      ['email', 'not-an-email'],
      ['fullName', ''],
    ])('refuses a bad %s (%j) with 400 naming it', async (field, value) => {
      const res = await api().post('/users', userBody({ [field]: value }));
      expectProblem(res, 400);
      expect(fieldCodes(res).map(([f]) => f)).toEqual([field]);
    });
  });

  describe('PATCH /users/:id', () => {
    it('changes the user with If-Match, answers version+1 and its ETag', async () => {
      const user = await createUser(t, admin, { role: 'caretaker', phone: '0912 000 111' });
      const res = await api().patch(
        `/users/${user.id}`,
        { fullName: 'Lê Thị Thu Hà' },
        user.version,
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        ...user,
        fullName: 'Lê Thị Thu Hà',
        version: user.version + 1,
      });
      expect(res.headers.etag).toBe(`"${user.version + 1}"`);
      const row = await userRow(t, user.id);
      expect(row).toEqual(
        expect.objectContaining({
          full_name: 'Lê Thị Thu Hà',
          role: 'caretaker',
          phone: '0912 000 111',
          active: true,
          version: user.version + 1,
        }),
      );
      const again = await api().get(`/users/${user.id}`);
      expect(again.headers.etag).toBe(`"${user.version + 1}"`);
    });

    it('changes the role of another user', async () => {
      const user = await createUser(t, admin, { role: 'caretaker' });
      const res = await api().patch(`/users/${user.id}`, { role: 'nurse' }, user.version);
      expect(res.status).toBe(200);
      expect(res.body.role).toBe('nurse');
      expect((await userRow(t, user.id)).role).toBe('nurse');
    });

    it('clears the phone with null', async () => {
      const user = await createUser(t, admin, { phone: '0912 000 222' });
      const res = await api().patch(`/users/${user.id}`, { phone: null }, user.version);
      expect(res.status).toBe(200);
      expect(res.body.phone).toBeNull();
      expect((await userRow(t, user.id)).phone).toBeNull();
    });

    it('answers 428 without If-Match and changes nothing', async () => {
      const user = await createUser(t, admin);
      const res = await api().patch(`/users/${user.id}`, { fullName: 'Không If-Match' });
      expectProblem(res, 428);
      const row = await userRow(t, user.id);
      expect(row.full_name).toBe(user.fullName);
      expect(row.version).toBe(user.version);
    });

    it('answers 412 for a stale version and changes nothing', async () => {
      const user = await createUser(t, admin);
      const first = await api().patch(`/users/${user.id}`, { fullName: 'Lần một' }, user.version);
      expect(first.status).toBe(200);
      const stale = await api().patch(`/users/${user.id}`, { fullName: 'Lần hai' }, user.version);
      expectProblem(stale, 412);
      const ahead = await api().patch(`/users/${user.id}`, { role: 'nurse' }, user.version + 5);
      expectProblem(ahead, 412);
      const row = await userRow(t, user.id);
      expect(row.full_name).toBe('Lần một');
      expect(row.role).toBe(user.role);
      expect(row.version).toBe(user.version + 1);
    });

    it('answers a malformed If-Match with 400 naming the header', async () => {
      const user = await createUser(t, admin);
      const res = await api()
        .patch(`/users/${user.id}`, { fullName: 'x' })
        .set('If-Match', 'latest');
      expectProblem(res, 400);
      expect(fieldCodes(res)).toEqual([['If-Match', 'invalidIfMatch']]);
      expect((await userRow(t, user.id)).version).toBe(user.version);
    });

    it.each([
      [{ username: 'renamed' }, 'username', 'unknownField'],
      [{ role: 'officer' }, 'role', 'isIn'],
      [{ active: 'no' }, 'active', 'isBoolean'],
      [{ fullName: null }, 'fullName', 'isString'],
      [{ password: 'password1234' }, 'password', 'commonPassword'],
      [{ password: 'Zq7-vk9' }, 'password', 'minLength'],
    ])('refuses %j with 400 naming %s and changes nothing', async (body, field, code) => {
      const user = await createUser(t, admin);
      const res = await api().patch(`/users/${user.id}`, body, user.version);
      expectProblem(res, 400);
      expect(fieldCodes(res)).toEqual([[field, code]]);
      const row = await userRow(t, user.id);
      expect(row.version).toBe(user.version);
      expect(row.username).toBe(user.username);
      expect(row.role).toBe(user.role);
    });

    it('refuses a change of the own role with 403', async () => {
      const me = await api().get(`/users/${adminId}`);
      expect(me.status).toBe(200);
      const res = await api().patch(`/users/${adminId}`, { role: 'nurse' }, me.body.version);
      expectProblem(res, 403);
      const row = await userRow(t, adminId);
      expect(row.role).toBe('admin');
      expect(row.version).toBe(me.body.version);
    });

    it('refuses the own role change with the own id written in upper case too', async () => {
      const me = await api().get(`/users/${adminId}`);
      const res = await api().patch(
        `/users/${adminId.toUpperCase()}`,
        { role: 'nurse' },
        me.body.version,
      );
      expectProblem(res, 403);
      const row = await userRow(t, adminId);
      expect(row.role).toBe('admin');
      expect(row.version).toBe(me.body.version);
    });

    it('refuses to deactivate the last active admin addressed by an upper-case id', async () => {
      const c = await newFacilityWithAdmin(t);
      const res = await as(t, c.token).patch(
        `/users/${c.adminId.toUpperCase()}`,
        { active: false },
        1,
      );
      expectProblem(res, 409);
      expect((await userRow(t, c.adminId)).active).toBe(true);
    });

    it('answers an upper-case id like the canonical one', async () => {
      const user = await createUser(t, admin);
      const res = await api().get(`/users/${user.id.toUpperCase()}`);
      expect(res.status).toBe(200);
      expect(res.body.id).toBe(user.id);
    });

    it('lets an admin edit the rest of the own account', async () => {
      const me = await api().get(`/users/${adminId}`);
      const res = await api().patch(
        `/users/${adminId}`,
        { fullName: me.body.fullName, role: 'admin', phone: '0912 999 888' },
        me.body.version,
      );
      expect(res.status).toBe(200);
      expect(res.body.role).toBe('admin');
      expect(res.body.phone).toBe('0912 999 888');
    });

    it('refuses to deactivate the last active admin (409) until there is another', async () => {
      const c = await newFacilityWithAdmin(t);
      const cApi = as(t, c.token);
      const self = await cApi.get(`/users/${c.adminId}`);
      expect(self.status).toBe(200);

      const refused = await cApi.patch(`/users/${c.adminId}`, { active: false }, self.body.version);
      expectProblem(refused, 409);
      const unchanged = await userRow(t, c.adminId);
      expect(unchanged.active).toBe(true);
      expect(unchanged.version).toBe(self.body.version);

      // A second admin of the same facility: now the first may go.
      const second = await createUser(t, c.token, { role: 'admin' });
      const ok = await cApi.patch(`/users/${c.adminId}`, { active: false }, self.body.version);
      expect(ok.status).toBe(200);
      expect(ok.body.active).toBe(false);
      expect((await userRow(t, c.adminId)).active).toBe(false);
      // The deactivated admin's token stops working at once.
      expectProblem(await cApi.get('/users'), 401);

      // The second admin is now the last active one.
      const { accessToken } = await t.login(second.username, STRONG_PASSWORD);
      const sApi = as(t, accessToken);
      const last = await sApi.patch(`/users/${second.id}`, { active: false }, second.version);
      expectProblem(last, 409);
      expect((await userRow(t, second.id)).active).toBe(true);

      // An admin of another facility does not count.
      expect((await userRow(t, adminId)).active).toBe(true);
    });

    it('counts only active admins: the last active one stays even when inactive admins exist', async () => {
      const c = await newFacilityWithAdmin(t);
      const other = await createUser(t, c.token, { role: 'admin' });
      const otherToken = (await t.login(other.username, STRONG_PASSWORD)).accessToken;
      // The other admin deactivates the first, then is the last active admin.
      const first = await as(t, c.token).get(`/users/${c.adminId}`);
      const off = await as(t, otherToken).patch(
        `/users/${c.adminId}`,
        { active: false },
        first.body.version,
      );
      expect(off.status).toBe(200);
      const self = await as(t, otherToken).patch(`/users/${other.id}`, { active: false }, 1);
      expectProblem(self, 409);
      expect((await userRow(t, other.id)).active).toBe(true);
    });

    it('ends every session of a deactivated user: their refresh and access tokens fail', async () => {
      const username = uniqueUsername('gone');
      const user = await createUser(t, admin, { username });
      const session = await t.login(username, STRONG_PASSWORD);
      const second = await t.login(username, STRONG_PASSWORD);
      const me = await t
        .http()
        .get('/api/v1/auth/me')
        .set('Authorization', `Bearer ${session.accessToken}`);
      expect(me.status).toBe(200);

      const res = await api().patch(`/users/${user.id}`, { active: false }, user.version);
      expect(res.status).toBe(200);
      expect(res.body.active).toBe(false);

      expectProblem(await refreshRes(t, session.refreshToken), 401);
      expectProblem(await refreshRes(t, second.refreshToken), 401);
      const after = await t
        .http()
        .get('/api/v1/auth/me')
        .set('Authorization', `Bearer ${session.accessToken}`);
      expectProblem(after, 401);
      expectProblem(await loginRes(t, username, STRONG_PASSWORD), 401);
      const live: { n: number }[] = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM refresh_token WHERE user_id = $1 AND revoked_at IS NULL',
        [user.id],
      );
      expect(live[0]?.n).toBe(0);
    });

    it('resets the password: the new one works, the old one and old sessions do not', async () => {
      const username = uniqueUsername('reset');
      const user = await createUser(t, admin, { username });
      const session = await t.login(username, STRONG_PASSWORD);
      const hashBefore = (await userRow(t, user.id)).password_hash;

      const res = await api().patch(
        `/users/${user.id}`,
        { password: OTHER_STRONG_PASSWORD },
        user.version,
      );
      expect(res.status).toBe(200);
      expect(res.body.version).toBe(user.version + 1);
      expect(res.text).not.toMatch(/password|argon2/i);

      const row = await userRow(t, user.id);
      expect(row.password_hash).not.toBe(hashBefore);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expectProblem(await loginRes(t, username, STRONG_PASSWORD), 401);
      expect((await loginRes(t, username, OTHER_STRONG_PASSWORD)).status).toBe(200);
      expectProblem(await refreshRes(t, session.refreshToken), 401);
    });

    it('answers a well-formed but absent id with 404', async () => {
      expectProblem(await api().patch(`/users/${ABSENT_ID}`, { fullName: 'x' }, 1), 404);
    });

    it("answers a non-UUID id with 400 naming 'id'", async () => {
      const res = await api().patch('/users/12345', { fullName: 'x' }, 1);
      expectProblem(res, 400);
      expect(fieldCodes(res)).toEqual([['id', 'isUuid']]);
    });
  });

  describe('roles', () => {
    let target: UserBody;
    beforeAll(async () => {
      target = await createUser(t, admin);
    });

    const routes: [string, (token: string) => Test][] = [
      ['GET /users', (token) => as(t, token).get('/users')],
      ['GET /users/:id', (token) => as(t, token).get(`/users/${target.id}`)],
      ['POST /users', (token) => as(t, token).post('/users', userBody())],
      [
        'PATCH /users/:id',
        (token) =>
          as(t, token).patch(`/users/${target.id}`, { fullName: 'Bị cấm' }, target.version),
      ],
    ];

    describe.each(['social', 'nurse', 'carer', 'officer'] as const)('%s', (who) => {
      it.each(routes)('is refused %s with 403 and changes nothing', async (_route, call) => {
        const token = await t.token(who);
        const users = await count(t.dataSource, 'app_user');
        const res = await call(token);
        expectProblem(res, 403);
        expect(await count(t.dataSource, 'app_user')).toBe(users);
        const row = await userRow(t, target.id);
        expect(row.full_name).toBe(target.fullName);
        expect(row.version).toBe(target.version);
      });
    });

    it.each(routes)('answers %s without a token with 401', async (_route, call) => {
      const res = await call('not-a-token');
      expectProblem(res, 401);
    });

    it('lets the admin use every route', async () => {
      expect((await as(t, admin).get('/users')).status).toBe(200);
      expect((await as(t, admin).get(`/users/${target.id}`)).status).toBe(200);
      expect((await as(t, admin).post('/users', userBody())).status).toBe(201);
      const fresh = await createUser(t, admin);
      const res = await as(t, admin).patch(`/users/${fresh.id}`, { fullName: 'Được phép' }, 1);
      expect(res.status).toBe(200);
    });
  });

  describe('facility scoping', () => {
    it("answers another facility's admin 404 for a user of facility A, like an absent one", async () => {
      const admin2 = await t.token('admin2');
      const user = await createUser(t, admin);
      const get = await as(t, admin2).get(`/users/${user.id}`);
      expectProblem(get, 404);
      const absent = await as(t, admin2).get(`/users/${ABSENT_ID}`);
      const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
      expect(strip(get.body)).toEqual(strip(absent.body));
    });

    it("answers another facility's admin 404 on PATCH and changes nothing", async () => {
      const admin2 = await t.token('admin2');
      const user = await createUser(t, admin);
      for (const body of [
        { fullName: 'Đổi trộm' },
        { active: false },
        { password: OTHER_STRONG_PASSWORD },
      ]) {
        const res = await as(t, admin2).patch(`/users/${user.id}`, body, user.version);
        expectProblem(res, 404);
      }
      const row = await userRow(t, user.id);
      expect(row.full_name).toBe(user.fullName);
      expect(row.active).toBe(true);
      expect(row.version).toBe(user.version);
      expect((await loginRes(t, user.username, STRONG_PASSWORD)).status).toBe(200);
    });

    it("answers 404 for the demo admin of facility A to facility B's admin", async () => {
      const admin2Id = await userIdOf(t, 'admin2');
      expectProblem(await api().get(`/users/${admin2Id}`), 404);
      expectProblem(await api().patch(`/users/${admin2Id}`, { active: false }, 1), 404);
      expect((await userRow(t, admin2Id)).active).toBe(true);
    });

    it("lists only the own facility's users for facility B's admin", async () => {
      const admin2 = await t.token('admin2');
      const res = await as(t, admin2).get('/users?limit=200');
      expect(res.status).toBe(200);
      const ids = (res.body as Page).items.map((u) => u.id);
      const expected: { id: string }[] = await t.dataSource.query(
        'SELECT id FROM app_user WHERE facility_id = $1 ORDER BY username, id',
        [t.facilityB.id],
      );
      expect(ids).toEqual(expected.map((r) => r.id));
      expect(ids).toContain(await userIdOf(t, 'admin2'));
      expect(ids).not.toContain(adminId);
    });

    it('keeps the demo password working for the accounts the file uses', async () => {
      // A guard for the tests above: none of them changed the demo admin's password.
      expect((await loginRes(t, 'admin', PASSWORD)).status).toBe(200);
    });
  });
});
