import { count, expectProblem, PASSWORD, startTestApp, TestApp } from '../support/test-app';

const LOGIN = '/api/v1/auth/login';
const WRONG = 'wrong-password-2026';

describe('POST /auth/login', () => {
  let t: TestApp;

  const login = (body: unknown, lang?: string) => {
    const req = t.http().post(LOGIN);
    if (lang) void req.set('Accept-Language', lang);
    return req.send(body as object);
  };

  interface UserRow {
    id: string;
    failed_login_count: number;
    locked_until: Date | null;
    last_login_at: Date | null;
    password_hash: string;
  }

  async function userRow(username: string): Promise<UserRow> {
    const rows: UserRow[] = await t.dataSource.query(
      'SELECT id, failed_login_count, locked_until, last_login_at, password_hash FROM app_user WHERE username = $1',
      [username],
    );
    expect(rows).toHaveLength(1);
    return rows[0];
  }

  /** The problem document without what differs per request. */
  const problemShape = (body: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'requestId'));

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  // Tests share the demo accounts: every test starts from active accounts with no failures.
  beforeEach(async () => {
    await t.dataSource.query(
      'UPDATE app_user SET failed_login_count = 0, locked_until = NULL, active = true',
    );
    await t.dataSource.query('DELETE FROM login_throttle');
  });

  describe('success', () => {
    it('answers the token pair and the user, never the password hash', async () => {
      const res = await login({ username: 'nurse', password: PASSWORD });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(Object.keys(res.body).sort()).toEqual(
        ['accessToken', 'expiresIn', 'refreshToken', 'user'].sort(),
      );
      expect(res.body.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      expect(res.body.refreshToken).toEqual(expect.any(String));
      expect(res.body.refreshToken).not.toBe(res.body.accessToken);
      expect(res.body.expiresIn).toBe(900);

      const { id } = await userRow('nurse');
      expect(res.body.user).toEqual({
        id,
        username: 'nurse',
        fullName: 'Đỗ Thị Lan',
        role: 'nurse',
        facilityId: t.facilityA.id,
        facilityName: t.facilityA.name,
        provinceCode: null,
      });
      expect(res.body.user).not.toHaveProperty('passwordHash');
      expect(res.text).not.toMatch(/argon2|passwordHash|password_hash/i);
    });

    it('issues an HS256 access token for the user that expires in 15 minutes', async () => {
      const res = await login({ username: 'social', password: PASSWORD });
      expect(res.status).toBe(200);
      const [header, payload] = (res.body.accessToken as string)
        .split('.')
        .slice(0, 2)
        .map(
          (part) =>
            JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>,
        );
      expect(header.alg).toBe('HS256');
      expect(payload).toEqual(
        expect.objectContaining({ sub: res.body.user.id, role: 'social_worker', typ: 'access' }),
      );
      expect(Number(payload.exp) - Number(payload.iat)).toBe(900);
      expect(JSON.stringify(payload)).not.toContain(PASSWORD);
    });

    it('lets the access token read GET /auth/me', async () => {
      const { accessToken } = (await login({ username: 'admin', password: PASSWORD })).body;
      const me = await t
        .http()
        .get('/api/v1/auth/me')
        .set('Authorization', `Bearer ${accessToken}`);
      expect(me.status).toBe(200);
      expect(me.body.username).toBe('admin');
    });

    it('lets the officer (no facility) log in', async () => {
      const res = await login({ username: 'officer', password: PASSWORD });
      expect(res.status).toBe(200);
      expect(res.body.user).toEqual(
        expect.objectContaining({ role: 'officer', facilityId: null, facilityName: null }),
      );
      expect(res.body.user.provinceCode).toEqual(expect.any(String));
    });

    it('stores the password as an argon2id hash', async () => {
      const { password_hash } = await userRow('admin');
      expect(password_hash).toMatch(/^\$argon2id\$/);
      expect(password_hash).not.toContain(PASSWORD);
    });

    it.each(['ADMIN', 'Admin', '  admin  ', 'aDmIn'])(
      'treats the username case-insensitively (%j)',
      async (username) => {
        const res = await login({ username, password: PASSWORD });
        expect(res.status).toBe(200);
        expect(res.body.user.username).toBe('admin');
      },
    );

    it('does not treat the password case-insensitively', async () => {
      expectProblem(await login({ username: 'admin', password: PASSWORD.toUpperCase() }), 401);
    });

    it('records the login in the audit log and the last login time', async () => {
      const { id } = await userRow('carer');
      await t.dataSource.query('UPDATE app_user SET last_login_at = NULL WHERE id = $1', [id]);
      const before = await count(t.dataSource, 'audit_log');
      const res = await login({ username: 'carer', password: PASSWORD });
      expect(res.status).toBe(200);
      expect(await count(t.dataSource, 'audit_log')).toBe(before + 1);
      const rows = await t.dataSource.query(
        `SELECT user_id, facility_id, action, entity, entity_id, request_id
           FROM audit_log WHERE action = 'login' AND request_id = $1`,
        [res.headers['x-request-id']],
      );
      expect(rows).toEqual([
        {
          user_id: id,
          facility_id: t.facilityA.id,
          action: 'login',
          entity: 'app_user',
          entity_id: id,
          request_id: res.headers['x-request-id'],
        },
      ]);
      expect((await userRow('carer')).last_login_at).not.toBeNull();
    });

    it('does not bump the account version', async () => {
      const [{ version: before }] = await t.dataSource.query(
        `SELECT version FROM app_user WHERE username = 'admin2'`,
      );
      expect((await login({ username: 'admin2', password: PASSWORD })).status).toBe(200);
      expectProblem(await login({ username: 'admin2', password: WRONG }), 401);
      const [{ version: after }] = await t.dataSource.query(
        `SELECT version FROM app_user WHERE username = 'admin2'`,
      );
      expect(after).toBe(before);
    });
  });

  describe('failure', () => {
    it('refuses a wrong password with 401 invalidCredentials', async () => {
      const res = await login({ username: 'admin', password: WRONG });
      expectProblem(res, 401);
      expect(res.body.type).toBe('urn:mai-am:problem:invalidCredentials');
      expect(res.body).not.toHaveProperty('accessToken');
      expect(res.text).not.toContain(WRONG);
    });

    it.each(['vi', 'en'])(
      'answers an unknown user exactly like a wrong password (Accept-Language %s)',
      async (lang) => {
        const wrong = await login({ username: 'admin', password: WRONG }, lang);
        const unknown = await login({ username: 'nobody-here', password: WRONG }, lang);
        expectProblem(wrong, 401);
        expectProblem(unknown, 401);
        expect(unknown.body.title).toBe(wrong.body.title);
        expect(problemShape(unknown.body)).toEqual(problemShape(wrong.body));
        expect(wrong.body.title).toBe(
          lang === 'en' ? 'Wrong username or password' : 'Sai tên đăng nhập hoặc mật khẩu',
        );
      },
    );

    it('writes no audit entry for a failed login', async () => {
      const before = await count(t.dataSource, 'audit_log');
      expectProblem(await login({ username: 'admin', password: WRONG }), 401);
      expectProblem(await login({ username: 'nobody-here', password: WRONG }), 401);
      expect(await count(t.dataSource, 'audit_log')).toBe(before);
    });

    it('counts a wrong password against the account', async () => {
      expectProblem(await login({ username: 'social', password: WRONG }), 401);
      expectProblem(await login({ username: 'social', password: WRONG }), 401);
      expect((await userRow('social')).failed_login_count).toBe(2);
    });

    it('refuses a deactivated user even with the right password, like a wrong password', async () => {
      await t.dataSource.query(`UPDATE app_user SET active = false WHERE username = 'nurse'`);
      const before = await count(t.dataSource, 'audit_log');
      const tokensBefore = await count(t.dataSource, 'refresh_token');
      const res = await login({ username: 'nurse', password: PASSWORD });
      expectProblem(res, 401);
      expect(res.body.type).toBe('urn:mai-am:problem:invalidCredentials');
      expect(res.body).not.toHaveProperty('accessToken');
      expect(await count(t.dataSource, 'audit_log')).toBe(before);
      expect(await count(t.dataSource, 'refresh_token')).toBe(tokensBefore);

      // Reactivated, the same password works again: the refusal was the deactivation.
      await t.dataSource.query(`UPDATE app_user SET active = true WHERE username = 'nurse'`);
      expect((await login({ username: 'nurse', password: PASSWORD })).status).toBe(200);
    });
  });

  describe('malformed body', () => {
    const fieldsOf = (res: { body: { errors?: { field: string; code: string }[] } }) =>
      (res.body.errors ?? []).map((e) => ({ field: e.field, code: e.code }));

    it.each<[string, unknown, { field: string; code: string }[]]>([
      ['missing password', { username: 'admin' }, [{ field: 'password', code: 'isDefined' }]],
      ['missing username', { password: PASSWORD }, [{ field: 'username', code: 'isDefined' }]],
      [
        'empty object',
        {},
        [
          { field: 'username', code: 'isDefined' },
          { field: 'password', code: 'isDefined' },
        ],
      ],
      [
        'number instead of string (username)',
        { username: 123, password: PASSWORD },
        [{ field: 'username', code: 'isString' }],
      ],
      [
        'number instead of string (password)',
        { username: 'admin', password: 20260101 },
        [{ field: 'password', code: 'isString' }],
      ],
      [
        'null password',
        { username: 'admin', password: null },
        [{ field: 'password', code: 'isString' }],
      ],
      [
        'empty username',
        { username: '', password: PASSWORD },
        [{ field: 'username', code: 'isNotEmpty' }],
      ],
      [
        'object as password',
        { username: 'admin', password: { $ne: '' } },
        [{ field: 'password', code: 'isString' }],
      ],
      [
        'unknown field',
        { username: 'admin', password: PASSWORD, rememberMe: true },
        [{ field: 'rememberMe', code: 'unknownField' }],
      ],
      [
        'username too long',
        { username: 'a'.repeat(51), password: PASSWORD },
        [{ field: 'username', code: 'maxLength' }],
      ],
      [
        'password too long',
        { username: 'admin', password: 'x'.repeat(129) },
        [{ field: 'password', code: 'maxLength' }],
      ],
      [
        'array body',
        [{ username: 'admin', password: PASSWORD }],
        [{ field: 'body', code: 'body' }],
      ],
      ['empty array body', [], [{ field: 'body', code: 'body' }]],
    ])('refuses %s with 400 naming the field', async (_name, body, expected) => {
      const before = await count(t.dataSource, 'audit_log');
      const res = await login(body);
      expectProblem(res, 400);
      expect(res.body.type).toBe('urn:mai-am:problem:validation');
      expect(fieldsOf(res)).toEqual(expect.arrayContaining(expected));
      expect(fieldsOf(res)).toHaveLength(expected.length);
      for (const e of res.body.errors) expect(e.message).toEqual(expect.any(String));
      expect(res.body).not.toHaveProperty('accessToken');
      expect(await count(t.dataSource, 'audit_log')).toBe(before);
    });

    it('refuses a request without a body with 400', async () => {
      const res = await t.http().post(LOGIN);
      expectProblem(res, 400);
      expect(fieldsOf(res)).toEqual([{ field: 'body', code: 'body' }]);
    });

    it('refuses a JSON string body with 400', async () => {
      const res = await t
        .http()
        .post(LOGIN)
        .set('Content-Type', 'application/json')
        .send('"admin"');
      expectProblem(res, 400);
    });

    it('refuses unparseable JSON with 400 malformedJson', async () => {
      const res = await t
        .http()
        .post(LOGIN)
        .set('Content-Type', 'application/json')
        .send('{"username":"admin",');
      expectProblem(res, 400);
      expect(res.body.type).toBe('urn:mai-am:problem:malformedJson');
    });

    it('refuses a form-encoded body with 415', async () => {
      const res = await t
        .http()
        .post(LOGIN)
        .type('form')
        .send(`username=admin&password=${PASSWORD}`);
      expectProblem(res, 415);
    });

    it('does not count a malformed request as a failed login', async () => {
      expectProblem(await login({ username: 'admin', password: 12345 }), 400);
      expectProblem(await login({ username: 'admin', password: PASSWORD, x: 1 }), 400);
      expect((await userRow('admin')).failed_login_count).toBe(0);
    });
  });

  // Repeated failures are throttled per (username, address), not locked: login-throttle.e2e-spec.ts.
});
