import { createHash, randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { SESSION_CHECK_MS } from '../../src/auth/auth.service';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';

const REFRESH = '/api/v1/auth/refresh';
const LOGOUT = '/api/v1/auth/logout';
const ME = '/api/v1/auth/me';

interface Pair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: { id: string; username: string };
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const decodePart = (token: string, i: number): Record<string, unknown> =>
  JSON.parse(Buffer.from(token.split('.')[i] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('tokens', () => {
  let t: TestApp;

  const login = async (username: string): Promise<Pair> => (await t.login(username)) as Pair;
  const refresh = (refreshToken: unknown) => t.http().post(REFRESH).send({ refreshToken });
  const me = (accessToken: string) =>
    t.http().get(ME).set('Authorization', `Bearer ${accessToken}`);
  const userId = async (username: string): Promise<string> => {
    const rows: { id: string }[] = await t.dataSource.query(
      'SELECT id FROM app_user WHERE username = $1',
      [username],
    );
    return rows[0]?.id ?? '';
  };
  const familyRows = async (
    refreshToken: string,
  ): Promise<{ id: string; used_at: Date | null; revoked_at: Date | null }[]> =>
    t.dataSource.query(
      `SELECT id, used_at, revoked_at FROM refresh_token
        WHERE family_id = (SELECT family_id FROM refresh_token WHERE id = $1)`,
      [refreshToken.split('.')[0]],
    );

  /** The session (sid) of a fresh login of the user: a signed token needs a live one. */
  const liveSid = async (username: string): Promise<string> =>
    String(decodePart((await login(username)).accessToken, 1).sid);

  /** Signs an access token with the application's own secret (so only the claims can be wrong). */
  const signOwn = (payload: Record<string, unknown>, options: Record<string, unknown> = {}) =>
    new JwtService({ secret: t.config.jwtSecret }).sign(payload, options);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  afterEach(async () => {
    await t.dataSource.query('UPDATE app_user SET active = true');
  });

  describe('refresh rotation', () => {
    it('exchanges a refresh token for a new pair and spends the old one', async () => {
      const first = await login('nurse');
      const res = await refresh(first.refreshToken);
      expect(res.status).toBe(200);
      const second = res.body as Pair;
      expect(Object.keys(second).sort()).toEqual(
        ['accessToken', 'expiresIn', 'refreshToken', 'user'].sort(),
      );
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect(second.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      expect(second.expiresIn).toBe(900);
      expect(second.user).toEqual(first.user);
      expect(second.user).not.toHaveProperty('passwordHash');

      // The new access token works.
      const who = await me(second.accessToken);
      expect(who.status).toBe(200);
      expect(who.body.username).toBe('nurse');

      // The old refresh token is spent.
      const again = await refresh(first.refreshToken);
      expectProblem(again, 401);
      expect(again.body.type).toBe('urn:mai-am:problem:tokenInvalid');
    });

    it('keeps a family going: each new token can be used once', async () => {
      const first = await login('social');
      const second = (await refresh(first.refreshToken)).body as Pair;
      const third = await refresh(second.refreshToken);
      expect(third.status).toBe(200);
      const fourth = await refresh((third.body as Pair).refreshToken);
      expect(fourth.status).toBe(200);

      const family = await familyRows(first.refreshToken);
      expect(family).toHaveLength(4);
      expect(family.filter((r) => r.used_at !== null)).toHaveLength(3);
      expect(family.filter((r) => r.revoked_at !== null)).toHaveLength(0);
    });

    it('stores only a SHA-256 hash of the refresh token secret', async () => {
      const { refreshToken } = await login('carer');
      const [id, secret] = refreshToken.split('.');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(secret).toEqual(expect.any(String));
      const rows = await t.dataSource.query('SELECT * FROM refresh_token WHERE id = $1', [id]);
      expect(rows).toHaveLength(1);
      expect(rows[0].token_hash).toBe(
        createHash('sha256')
          .update(secret ?? '')
          .digest('hex'),
      );
      expect(JSON.stringify(rows[0])).not.toContain(secret);
    });
  });

  describe('reuse detection', () => {
    it('revokes the whole family when a spent token is presented again', async () => {
      const first = await login('admin');
      const second = (await refresh(first.refreshToken)).body as Pair;
      expect(second.refreshToken).toEqual(expect.any(String));

      const reuse = await refresh(first.refreshToken);
      expectProblem(reuse, 401);
      expect(reuse.body.type).toBe('urn:mai-am:problem:tokenInvalid');

      // The newest token of the family, never used, is revoked too.
      const newest = await refresh(second.refreshToken);
      expectProblem(newest, 401);
      expect((await familyRows(first.refreshToken)).every((r) => r.revoked_at !== null)).toBe(true);
    });

    it('revokes the family also when the reused token is one further back', async () => {
      const first = await login('admin');
      const second = (await refresh(first.refreshToken)).body as Pair;
      const third = (await refresh(second.refreshToken)).body as Pair;
      expectProblem(await refresh(first.refreshToken), 401);
      expectProblem(await refresh(third.refreshToken), 401);
    });

    it('lets only one of two simultaneous uses of a token succeed', async () => {
      const { refreshToken } = await login('nurse');
      const results = await Promise.all([refresh(refreshToken), refresh(refreshToken)]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
    });

    it('leaves another login family of the same user working', async () => {
      const stolen = await login('admin');
      const other = await login('admin');
      expect((await refresh(stolen.refreshToken)).status).toBe(200);
      expectProblem(await refresh(stolen.refreshToken), 401);

      const res = await refresh(other.refreshToken);
      expect(res.status).toBe(200);
      expect((res.body as Pair).user.username).toBe('admin');
    });

    it('does not spend or revoke a token when a wrong secret is presented for its id', async () => {
      const { refreshToken } = await login('carer');
      const [id] = refreshToken.split('.');
      const guess = await refresh(`${id}.${'A'.repeat(43)}`);
      expectProblem(guess, 401);
      expect((await refresh(refreshToken)).status).toBe(200);
    });
  });

  describe('refresh refused', () => {
    it.each<[string, unknown, string]>([
      ['missing', undefined, 'isDefined'],
      ['a number', 12345, 'isString'],
      ['empty', '', 'isNotEmpty'],
      ['too long', `${randomUUID()}.${'x'.repeat(200)}`, 'maxLength'],
    ])('answers 400 for a refresh token that is %s', async (_name, value, code) => {
      const res = await t
        .http()
        .post(REFRESH)
        .send(value === undefined ? {} : { refreshToken: value });
      expectProblem(res, 400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'refreshToken', code })]);
    });

    it('answers 400 for an unknown field', async () => {
      const { refreshToken } = await login('social');
      const res = await t.http().post(REFRESH).send({ refreshToken, userId: randomUUID() });
      expectProblem(res, 400);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'userId', code: 'unknownField' }),
      ]);
      // The refused request did not spend the token.
      expect((await refresh(refreshToken)).status).toBe(200);
    });

    it.each<[string, string]>([
      ['garbage', 'not-a-token'],
      ['no secret', `${randomUUID()}.`],
      ['no id', `.${'A'.repeat(43)}`],
      ['unknown id', `${randomUUID()}.${'A'.repeat(43)}`],
      ['an id that looks like a UUID but is not one', `${'-'.repeat(36)}.${'A'.repeat(43)}`],
      ['an id of 36 hex digits', `${'a'.repeat(36)}.${'A'.repeat(43)}`],
    ])('answers 401 for a refresh token that is %s', async (_name, token) => {
      const res = await refresh(token);
      expectProblem(res, 401);
      expect(res.body.type).toBe('urn:mai-am:problem:tokenInvalid');
    });

    it('refuses an access token presented as a refresh token', async () => {
      const { accessToken } = await login('nurse');
      const res = await refresh(accessToken);
      // Longer than any refresh token is refused as input (400), else as a bad token (401).
      expectProblem(res, accessToken.length > 200 ? 400 : 401);
    });

    it('answers 401 for a real refresh token with something appended, and does not spend it', async () => {
      const { refreshToken } = await login('nurse');
      expectProblem(await refresh(`${refreshToken}.extra`), 401);
      expectProblem(await refresh(`${refreshToken}x`), 401);
      expect((await refresh(refreshToken)).status).toBe(200);
    });

    it('answers 401 for an expired refresh token', async () => {
      const { refreshToken } = await login('carer');
      await t.dataSource.query(
        `UPDATE refresh_token SET expires_at = now() - interval '1 second' WHERE id = $1`,
        [refreshToken.split('.')[0]],
      );
      expectProblem(await refresh(refreshToken), 401);
    });

    it('answers 401 for the refresh token of a deactivated user', async () => {
      const { refreshToken } = await login('carer');
      await t.dataSource.query(`UPDATE app_user SET active = false WHERE username = 'carer'`);
      expectProblem(await refresh(refreshToken), 401);
    });

    it('issues no tokens when refusing', async () => {
      const before = await count(t.dataSource, 'refresh_token');
      expectProblem(await refresh(`${randomUUID()}.${'A'.repeat(43)}`), 401);
      expect(await count(t.dataSource, 'refresh_token')).toBe(before);
    });
  });

  describe('access tokens', () => {
    it('GET /auth/me returns the user of the token', async () => {
      const { accessToken } = await login('nurse');
      const res = await me(accessToken);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        id: await userId('nurse'),
        username: 'nurse',
        fullName: 'Đỗ Thị Lan',
        role: 'nurse',
        facilityId: t.facilityA.id,
        facilityName: t.facilityA.name,
        provinceCode: null,
      });
      expect(res.text).not.toMatch(/password/i);
    });

    it('GET /auth/me tells users of different facilities apart', async () => {
      const res = await me(await t.token('admin2'));
      expect(res.status).toBe(200);
      expect(res.body).toEqual(
        expect.objectContaining({
          username: 'admin2',
          role: 'admin',
          facilityId: t.facilityB.id,
          facilityName: t.facilityB.name,
        }),
      );
      const officer = await me(await t.token('officer'));
      expect(officer.status).toBe(200);
      expect(officer.body).toEqual(
        expect.objectContaining({ username: 'officer', role: 'officer', facilityId: null }),
      );
    });

    it('answers 401 without a token', async () => {
      const res = await t.http().get(ME);
      expectProblem(res, 401);
      expect(res.body.type).toBe('urn:mai-am:problem:tokenInvalid');
    });

    it.each<[string, (token: string) => Record<string, string>]>([
      ['an empty bearer', () => ({ Authorization: 'Bearer ' })],
      ['a non-bearer scheme', (token) => ({ Authorization: `Basic ${token}` })],
      ['the bare token', (token) => ({ Authorization: token })],
      ['garbage', () => ({ Authorization: 'Bearer not.a.jwt' })],
      ['the refresh token', () => ({ Authorization: 'Bearer REFRESH' })],
    ])('answers 401 for %s', async (_name, headers) => {
      const pair = await login('carer');
      const set = headers(pair.accessToken);
      if (set.Authorization === 'Bearer REFRESH') set.Authorization = `Bearer ${pair.refreshToken}`;
      const res = await t.http().get(ME).set(set);
      expectProblem(res, 401);
    });

    it('accepts a token signed with the application secret that has not expired', async () => {
      // The control for the forged cases below: only what each of them changes is wrong.
      const token = signOwn({
        sub: await userId('carer'),
        role: 'caretaker',
        typ: 'access',
        sid: await liveSid('carer'),
        exp: nowSeconds() + 600,
      });
      const res = await me(token);
      expect(res.status).toBe(200);
      expect(res.body.username).toBe('carer');
    });

    it('answers 401 for an expired access token', async () => {
      const token = signOwn({
        sub: await userId('carer'),
        role: 'caretaker',
        typ: 'access',
        iat: nowSeconds() - 1000,
        exp: nowSeconds() - 100,
      });
      const res = await me(token);
      expectProblem(res, 401);
      expect(res.body.type).toBe('urn:mai-am:problem:tokenInvalid');
    });

    it('answers 401 for a token signed with another secret', async () => {
      const token = new JwtService({ secret: 'another-secret-another-secret-0123456789' }).sign({
        sub: await userId('admin'),
        role: 'admin',
        typ: 'access',
      });
      expectProblem(await me(token), 401);
    });

    it('answers 401 for an unsigned token (alg none)', async () => {
      const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({
        sub: await userId('admin'),
        role: 'admin',
        typ: 'access',
        iat: nowSeconds(),
        exp: nowSeconds() + 600,
      })}.`;
      expectProblem(await me(token), 401);
    });

    it('answers 401 for a token signed with the right secret but another algorithm', async () => {
      const token = signOwn(
        { sub: await userId('admin'), role: 'admin', typ: 'access' },
        { algorithm: 'HS512' },
      );
      expectProblem(await me(token), 401);
    });

    it('answers 401 for a token whose payload was changed (role raised)', async () => {
      const { accessToken } = await login('carer');
      expect((await me(accessToken)).status).toBe(200);
      const [header, , signature] = accessToken.split('.');
      const payload = decodePart(accessToken, 1);
      expect(payload.role).toBe('caretaker');
      const tampered = `${header}.${b64({ ...payload, role: 'admin' })}.${signature}`;
      const res = await me(tampered);
      expectProblem(res, 401);
      // Nor does it open an admin route.
      expectProblem(
        await t.http().get('/api/v1/users').set('Authorization', `Bearer ${tampered}`),
        401,
      );
    });

    it('answers 401 for a token whose subject was changed', async () => {
      const { accessToken } = await login('carer');
      const [header, , signature] = accessToken.split('.');
      const payload = decodePart(accessToken, 1);
      const tampered = `${header}.${b64({ ...payload, sub: await userId('admin') })}.${signature}`;
      expectProblem(await me(tampered), 401);
    });

    it('takes the role from the account, not from a validly signed claim', async () => {
      const token = signOwn({
        sub: await userId('carer'),
        role: 'admin',
        typ: 'access',
        sid: await liveSid('carer'),
        exp: nowSeconds() + 600,
      });
      expect((await me(token)).body.role).toBe('caretaker');
      expectProblem(
        await t.http().get('/api/v1/users').set('Authorization', `Bearer ${token}`),
        403,
      );
    });

    it.each<[string, Record<string, unknown>]>([
      ['typ refresh', { typ: 'refresh' }],
      ['no typ', { typ: undefined }],
      ['an unknown subject', { sub: randomUUID() }],
      ['a subject that is not a UUID', { sub: 'admin' }],
      ['no subject', { sub: undefined }],
      // A token that never expires would be good forever: exp is required.
      ['no exp', { exp: undefined }],
      // Every access token belongs to a live login (its refresh-token family).
      ['no session', { sid: undefined }],
      ['a session that does not exist', { sid: randomUUID() }],
      ['a session that is not a UUID', { sid: 'x' }],
    ])('answers 401 for a validly signed token with %s', async (_name, change) => {
      const claims: Record<string, unknown> = {
        sub: await userId('carer'),
        role: 'caretaker',
        typ: 'access',
        sid: await liveSid('carer'),
        exp: nowSeconds() + 600,
        ...change,
      };
      for (const key of Object.keys(claims)) if (claims[key] === undefined) delete claims[key];
      expectProblem(await me(signOwn(claims)), 401);
    });

    it("answers 401 for a token naming another user's live session", async () => {
      const token = signOwn({
        sub: await userId('carer'),
        role: 'caretaker',
        typ: 'access',
        sid: await liveSid('nurse'),
        exp: nowSeconds() + 600,
      });
      expectProblem(await me(token), 401);
    });

    it("refuses a deactivated user's still-valid access token within SESSION_CHECK_MS", async () => {
      const { accessToken } = await login('social');
      expect((await me(accessToken)).status).toBe(200);
      // Deactivated behind the service's back (another replica, by hand): the checked session
      // is trusted for SESSION_CHECK_MS, then asked again.
      await t.dataSource.query(`UPDATE app_user SET active = false WHERE username = 'social'`);
      const later = Date.now() + SESSION_CHECK_MS + 1;
      const clock = jest.spyOn(Date, 'now').mockReturnValue(later);
      try {
        const res = await me(accessToken);
        expectProblem(res, 401);
        expect(res.body.type).toBe('urn:mai-am:problem:tokenInvalid');
      } finally {
        clock.mockRestore();
      }
    });
  });

  describe('logout', () => {
    it('revokes the refresh token (and its family) it is given; other logins keep working', async () => {
      const session = await login('nurse');
      const otherSession = await login('nurse');
      const res = await t
        .http()
        .post(LOGOUT)
        .set('Authorization', `Bearer ${session.accessToken}`)
        .send({ refreshToken: session.refreshToken });
      expect(res.status).toBe(204);
      expect(res.text).toBe('');

      const after = await refresh(session.refreshToken);
      expectProblem(after, 401);
      expect((await refresh(otherSession.refreshToken)).status).toBe(200);
    });

    it('revokes a rotated family through any of its tokens', async () => {
      const first = await login('nurse');
      const second = (await refresh(first.refreshToken)).body as Pair;
      const res = await t
        .http()
        .post(LOGOUT)
        .set('Authorization', `Bearer ${second.accessToken}`)
        .send({ refreshToken: first.refreshToken });
      expect(res.status).toBe(204);
      expectProblem(await refresh(second.refreshToken), 401);
    });

    it('without a body ends every session of the user, and only of that user', async () => {
      const a = await login('admin');
      const b = await login('admin');
      const c = (await refresh((await login('admin')).refreshToken)).body as Pair;
      const someoneElse = await login('social');

      const res = await t.http().post(LOGOUT).set('Authorization', `Bearer ${a.accessToken}`);
      expect(res.status).toBe(204);

      for (const session of [a, b, c]) expectProblem(await refresh(session.refreshToken), 401);
      expect((await refresh(someoneElse.refreshToken)).status).toBe(200);
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM refresh_token WHERE user_id = $1 AND revoked_at IS NULL`,
        [await userId('admin')],
      );
      expect(n).toBe(0);
    });

    it("does not revoke another user's refresh token", async () => {
      const victim = await login('carer');
      const attacker = await login('social');
      const res = await t
        .http()
        .post(LOGOUT)
        .set('Authorization', `Bearer ${attacker.accessToken}`)
        .send({ refreshToken: victim.refreshToken });
      expect(res.status).toBe(204);
      expect((await refresh(victim.refreshToken)).status).toBe(200);
    });

    it('records the logout in the audit log', async () => {
      const { accessToken } = await login('carer');
      const res = await t.http().post(LOGOUT).set('Authorization', `Bearer ${accessToken}`);
      expect(res.status).toBe(204);
      const rows = await t.dataSource.query(
        `SELECT user_id, action, entity_id FROM audit_log WHERE request_id = $1`,
        [res.headers['x-request-id']],
      );
      const id = await userId('carer');
      expect(rows).toEqual([{ user_id: id, action: 'logout', entity_id: id }]);
    });

    it('answers 401 without an access token and revokes nothing', async () => {
      const { refreshToken } = await login('carer');
      const res = await t.http().post(LOGOUT).send({ refreshToken });
      expectProblem(res, 401);
      expect((await refresh(refreshToken)).status).toBe(200);
    });

    it('answers 204, not 500, for a refresh token whose id is not a UUID', async () => {
      const { accessToken } = await login('carer');
      const res = await t
        .http()
        .post(LOGOUT)
        .set('Authorization', `Bearer ${accessToken}`)
        .send({ refreshToken: `${'-'.repeat(36)}.${'A'.repeat(43)}` });
      expect(res.status).toBe(204);
    });

    it('answers 400 for a malformed body', async () => {
      const { accessToken } = await login('carer');
      const res = await t
        .http()
        .post(LOGOUT)
        .set('Authorization', `Bearer ${accessToken}`)
        .send({ refreshToken: 42 });
      expectProblem(res, 400);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'refreshToken', code: 'isString' }),
      ]);
    });
  });

  describe('access tokens end with their session', () => {
    const authed = (token: string) => ({ Authorization: `Bearer ${token}` });

    it('stops working right after logout with the refresh token; another login goes on', async () => {
      const session = await login('nurse');
      const other = await login('nurse');
      expect((await me(session.accessToken)).status).toBe(200);
      const res = await t
        .http()
        .post(LOGOUT)
        .set(authed(session.accessToken))
        .send({ refreshToken: session.refreshToken });
      expect(res.status).toBe(204);
      const after = await me(session.accessToken);
      expectProblem(after, 401);
      expect(after.body.type).toBe('urn:mai-am:problem:tokenInvalid');
      expect((await me(other.accessToken)).status).toBe(200);
    });

    it('stops working after a logout without a body, for every login of the user', async () => {
      const a = await login('social');
      const b = await login('social');
      expect((await t.http().post(LOGOUT).set(authed(a.accessToken))).status).toBe(204);
      expectProblem(await me(a.accessToken), 401);
      expectProblem(await me(b.accessToken), 401);
    });

    it('ends the session of the access token used to log out, whatever refresh token is sent', async () => {
      const session = await login('carer');
      const res = await t
        .http()
        .post(LOGOUT)
        .set(authed(session.accessToken))
        .send({ refreshToken: `${randomUUID()}.${'A'.repeat(43)}` });
      expect(res.status).toBe(204);
      expectProblem(await me(session.accessToken), 401);
      expectProblem(await refresh(session.refreshToken), 401);
    });

    it('keeps working across a refresh: both access tokens of the family are the same login', async () => {
      const first = await login('admin');
      const second = (await refresh(first.refreshToken)).body as Pair;
      expect(decodePart(second.accessToken, 1).sid).toBe(decodePart(first.accessToken, 1).sid);
      expect((await me(first.accessToken)).status).toBe(200);
      expect((await me(second.accessToken)).status).toBe(200);
    });

    it('stops working when reuse of a refresh token revokes the family', async () => {
      const first = await login('admin');
      const second = (await refresh(first.refreshToken)).body as Pair;
      const other = await login('admin');
      expectProblem(await refresh(first.refreshToken), 401);
      expectProblem(await me(first.accessToken), 401);
      expectProblem(await me(second.accessToken), 401);
      expect((await me(other.accessToken)).status).toBe(200);
    });
  });
});
