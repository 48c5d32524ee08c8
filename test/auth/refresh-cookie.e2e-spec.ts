import type { Response } from 'supertest';
import { expectProblem, PASSWORD, startTestApp, TestApp } from '../support/test-app';

const LOGIN = '/api/v1/auth/login';
const REFRESH = '/api/v1/auth/refresh';
const LOGOUT = '/api/v1/auth/logout';
const ME = '/api/v1/auth/me';
const WEB = { 'X-Requested-With': 'mai-am-web' };

interface Pair {
  accessToken: string;
  refreshToken: string;
}

/** The one maiam_refresh Set-Cookie line of an answer, split into its value and attributes. */
function refreshCookie(res: Response): { value: string; attributes: string[] } {
  const raw = res.headers['set-cookie'] as unknown;
  const lines = (Array.isArray(raw) ? raw : []).filter(
    (l): l is string => typeof l === 'string' && l.startsWith('maiam_refresh='),
  );
  expect(lines).toHaveLength(1);
  const [first = '', ...attributes] = (lines[0] ?? '').split(';').map((p) => p.trim());
  return { value: first.slice('maiam_refresh='.length), attributes };
}

describe('the web app session: refresh token in a cookie', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const login = (username: string) =>
    t.http().post(LOGIN).send({ username, password: PASSWORD }).expect(200);
  const refreshByCookie = (token: string) =>
    t.http().post(REFRESH).set(WEB).set('Cookie', `maiam_refresh=${token}`);

  it('login sets the refresh token as an HttpOnly, Secure, SameSite=Strict cookie on the refresh path', async () => {
    const res = await login('carer');
    const body = res.body as Pair;
    const cookie = refreshCookie(res);
    expect(cookie.value).toBe(body.refreshToken);
    expect(cookie.attributes).toEqual(
      expect.arrayContaining([
        'HttpOnly',
        'Secure',
        'SameSite=Strict',
        'Path=/api/v1/auth/refresh',
        `Max-Age=${t.config.refreshTokenTtlSeconds}`,
      ]),
    );
  });

  it('refreshes by cookie, answers a new pair, rotates the cookie and spends the old token', async () => {
    const first = refreshCookie(await login('nurse')).value;
    const res = await refreshByCookie(first);
    expect(res.status).toBe(200);
    const pair = res.body as Pair;
    const next = refreshCookie(res);
    expect(next.value).toBe(pair.refreshToken);
    expect(next.value).not.toBe(first);
    expect(next.attributes).toEqual(
      expect.arrayContaining([
        'HttpOnly',
        'Secure',
        'SameSite=Strict',
        'Path=/api/v1/auth/refresh',
      ]),
    );
    const me = await t.http().get(ME).set('Authorization', `Bearer ${pair.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body.username).toBe('nurse');

    // The new cookie works once more.
    expect((await refreshByCookie(next.value)).status).toBe(200);
  });

  it('refuses a refresh by cookie without the X-Requested-With header (403) and does not spend it', async () => {
    const token = refreshCookie(await login('social')).value;
    for (const headers of [{}, { 'X-Requested-With': 'XMLHttpRequest' }]) {
      const res = await t.http().post(REFRESH).set(headers).set('Cookie', `maiam_refresh=${token}`);
      expectProblem(res, 403);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect((await refreshByCookie(token)).status).toBe(200);
  });

  it('answers 401 to a spent cookie and clears it', async () => {
    const token = refreshCookie(await login('admin')).value;
    expect((await refreshByCookie(token)).status).toBe(200);
    const again = await refreshByCookie(token);
    expectProblem(again, 401);
    const cleared = refreshCookie(again);
    expect(cleared.value).toBe('');
    expect(cleared.attributes).toEqual(
      expect.arrayContaining(['Path=/api/v1/auth/refresh', 'Max-Age=0']),
    );
  });

  it('answers 401 to the header without any cookie', async () => {
    expectProblem(await t.http().post(REFRESH).set(WEB).send({}), 401);
  });

  it('keeps the JSON body form: the body token wins and no cookie is set', async () => {
    const { refreshToken } = (await login('carer')).body as Pair;
    const res = await t.http().post(REFRESH).send({ refreshToken });
    expect(res.status).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    expectProblem(await t.http().post(REFRESH).send({ refreshToken: null }), 400);
  });

  it('logout clears the cookie (Max-Age=0 on the same path) and the login is over', async () => {
    const res = await login('carer');
    const { accessToken, refreshToken } = res.body as Pair;
    const out = await t
      .http()
      .post(LOGOUT)
      .set('Authorization', `Bearer ${accessToken}`)
      .send({ refreshToken });
    expect(out.status).toBe(204);
    const cleared = refreshCookie(out);
    expect(cleared.value).toBe('');
    expect(cleared.attributes).toEqual(
      expect.arrayContaining([
        'HttpOnly',
        'Secure',
        'SameSite=Strict',
        'Path=/api/v1/auth/refresh',
        'Max-Age=0',
      ]),
    );
    expectProblem(await refreshByCookie(refreshToken), 401);
  });
});
