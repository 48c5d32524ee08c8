import { expectProblem, PASSWORD, startTestApp, TestApp } from '../support/test-app';
import { as, createUser } from '../users/user-fixtures';

const API = '/api/v1';
/** A well-formed id of nothing. */
const ABSENT_ID = '00000000-0000-4000-8000-000000000000';

interface FieldError {
  field: string;
  code: string;
  message: string;
}
const fieldsOf = (res: { body: { errors?: FieldError[] } }) =>
  (res.body.errors ?? []).map((e) => ({ field: e.field, code: e.code }));

/** `{"refreshToken":` followed by `depth` nested arrays: the probe of issue 16. */
const nestedArrays = (depth: number, key = 'refreshToken') =>
  `{"${key}":${'['.repeat(depth)}${']'.repeat(depth)}}`;

describe('HTTP hardening (issue 16)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.token('admin');
  });
  afterAll(() => t.close());

  const rawPost = (path: string, body: string, token?: string) => {
    const req = t.http().post(`${API}${path}`).set('Content-Type', 'application/json');
    if (token) void req.set('Authorization', `Bearer ${token}`);
    return req.send(body);
  };

  describe('deeply nested JSON', () => {
    it('answers 2,000 nested arrays on a public route with a 400 naming the body, not a 500', async () => {
      const res = await rawPost('/auth/refresh', nestedArrays(2000));
      expectProblem(res, 400);
      expect(res.body.type).toBe('urn:mai-am:problem:validation');
      expect(fieldsOf(res)).toEqual([{ field: 'body', code: 'maxDepth' }]);
      expect(res.body.errors[0].message).toMatch(/32/);
    });

    it('answers deep objects on a protected route with 400 before the route runs', async () => {
      const deep = `{"fullName":${'{"a":'.repeat(100)}1${'}'.repeat(100)}}`;
      const res = await rawPost('/residents', deep, admin);
      expectProblem(res, 400);
      expect(fieldsOf(res)).toEqual([{ field: 'body', code: 'maxDepth' }]);
      const patch = await t
        .http()
        .patch(`${API}/users/${ABSENT_ID}`)
        .set('Authorization', `Bearer ${admin}`)
        .set('If-Match', '"1"')
        .set('Content-Type', 'application/json')
        .send(nestedArrays(5000, 'fullName'));
      expectProblem(patch, 400);
      expect(fieldsOf(patch)).toEqual([{ field: 'body', code: 'maxDepth' }]);
    });

    it('lets a body of 32 levels through to validation', async () => {
      // The body object is level 1: 31 arrays inside it make 32.
      const res = await rawPost('/auth/refresh', nestedArrays(31));
      expectProblem(res, 400);
      expect(fieldsOf(res)).toEqual([{ field: 'refreshToken', code: 'isString' }]);
      const over = await rawPost('/auth/refresh', nestedArrays(32));
      expect(fieldsOf(over)).toEqual([{ field: 'body', code: 'maxDepth' }]);
    });

    it('does not count brackets inside strings', async () => {
      const res = await rawPost(
        '/auth/refresh',
        JSON.stringify({ refreshToken: `[{"\\\\${'['.repeat(250)}` }),
      );
      expectProblem(res, 400);
      expect(fieldsOf(res)).toEqual([{ field: 'refreshToken', code: 'maxLength' }]);
    });
  });

  describe('prototype keys', () => {
    it.each([
      [
        '__proto__ at the top',
        `{"username":"admin","password":"${PASSWORD}","__proto__":{"role":"admin"}}`,
        '__proto__',
      ],
      [
        'constructor at the top',
        `{"username":"admin","password":"${PASSWORD}","constructor":{"prototype":{}}}`,
        'constructor',
      ],
      [
        'prototype at the top',
        `{"username":"admin","password":"${PASSWORD}","prototype":1}`,
        'prototype',
      ],
    ])('refuses %s of a public route like an unknown field', async (_name, body, field) => {
      const res = await rawPost('/auth/login', body);
      expectProblem(res, 400);
      expect(fieldsOf(res)).toEqual([{ field, code: 'unknownField' }]);
      expect(res.body).not.toHaveProperty('accessToken');
    });

    it('refuses them at any depth of a protected route', async () => {
      const res = await rawPost(
        '/residents/check-duplicates',
        '{"fullName":"Nguyễn Văn An","guardians":[{"name":"x","__proto__":{"isAdmin":true}}],"a":{"b":{"constructor":1}}}',
        admin,
      );
      expectProblem(res, 400);
      expect(fieldsOf(res)).toEqual([
        { field: 'guardians.0.__proto__', code: 'unknownField' },
        { field: 'a.b.constructor', code: 'unknownField' },
      ]);
    });

    it('accepts the words as values', async () => {
      const res = await rawPost('/auth/refresh', '{"refreshToken":"__proto__"}');
      expectProblem(res, 401);
    });
  });

  describe('no caching of API answers', () => {
    it.each([
      [
        'an answer with personal data',
        () => t.http().get(`${API}/auth/me`).set('Authorization', `Bearer ${admin}`),
        200,
      ],
      ['a list', () => t.http().get(`${API}/users`).set('Authorization', `Bearer ${admin}`), 200],
      ['a 401', () => t.http().get(`${API}/residents`), 401],
      [
        'a 404',
        () => t.http().get(`${API}/users/${ABSENT_ID}`).set('Authorization', `Bearer ${admin}`),
        404,
      ],
      ['a 400 of the body parser', () => rawPost('/auth/login', '{"username":'), 400],
    ])('sends Cache-Control: no-store and Pragma: no-cache on %s', async (_name, send, status) => {
      const res = await send();
      expect(res.status).toBe(status);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers.pragma).toBe('no-cache');
    });
  });

  describe('WWW-Authenticate on every 401', () => {
    it('names the Bearer scheme when no token was sent', async () => {
      const res = await t.http().get(`${API}/auth/me`);
      expectProblem(res, 401);
      expect(res.headers['www-authenticate']).toBe('Bearer realm="mai-am"');
    });

    it.each([
      ['garbage', 'Bearer not.a.jwt'],
      ['an unsigned token', 'Bearer eyJhbGciOiJub25lIn0.e30.'],
    ])('says invalid_token when %s was sent', async (_name, header) => {
      const res = await t.http().get(`${API}/residents`).set('Authorization', header);
      expectProblem(res, 401);
      expect(res.headers['www-authenticate']).toBe('Bearer realm="mai-am", error="invalid_token"');
    });

    it('is sent with a failed login and a refused refresh token too', async () => {
      const login = await t
        .http()
        .post(`${API}/auth/login`)
        .send({ username: 'admin', password: 'wrong-password-2026' });
      expectProblem(login, 401);
      expect(login.headers['www-authenticate']).toMatch(/^Bearer\b/);
      const refresh = await rawPost('/auth/refresh', '{"refreshToken":"nope"}');
      expectProblem(refresh, 401);
      expect(refresh.headers['www-authenticate']).toMatch(/^Bearer\b/);
    });
  });

  describe('412 Precondition Failed', () => {
    it('carries ETag: "<version>" of the current record, not a hash of the problem', async () => {
      const user = await createUser(t, admin);
      const ok = await as(t, admin).patch(
        `/users/${user.id}`,
        { phone: '0912345678' },
        user.version,
      );
      expect(ok.status).toBe(200);
      const current = ok.body.version as number;
      const stale = await as(t, admin).patch(
        `/users/${user.id}`,
        { phone: '0912345679' },
        user.version,
      );
      expectProblem(stale, 412);
      expect(stale.headers.etag).toBe(`"${current}"`);
      // The ETag is what a GET says, so a client can retry with it.
      const get = await as(t, admin).get(`/users/${user.id}`);
      expect(get.headers.etag).toBe(stale.headers.etag);
      const retry = await as(t, admin).patch(`/users/${user.id}`, { phone: '0912345679' }, current);
      expect(retry.status).toBe(200);
    });
  });
});
