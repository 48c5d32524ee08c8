import { count, expectProblem, PASSWORD, startTestApp, TestApp } from '../support/test-app';

const LOGIN = '/api/v1/auth/login';

// A window of an hour: a slow machine cannot let the window pass between the attempts.
describe('login rate limit (LOGIN_RATE_LIMIT=3)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT: '3', LOGIN_RATE_TTL_SECONDS: '3600' });
  });
  afterAll(() => t.close());

  it('refuses the 4th login attempt from the same client with 429, even with the right password', async () => {
    const first = await t.http().post(LOGIN).send({ username: 'admin', password: PASSWORD });
    expect(first.status).toBe(200);
    const second = await t
      .http()
      .post(LOGIN)
      .send({ username: 'admin', password: 'wrong-password-1' });
    expectProblem(second, 401);
    const third = await t.http().post(LOGIN).send({ username: 'nurse', password: PASSWORD });
    expect(third.status).toBe(200);

    const auditBefore = await count(t.dataSource, 'audit_log');
    const tokensBefore = await count(t.dataSource, 'refresh_token');
    const fourth = await t.http().post(LOGIN).send({ username: 'admin', password: PASSWORD });
    expectProblem(fourth, 429);
    expect(fourth.body.type).toBe('urn:mai-am:problem:rateLimited');
    // The standard header a client or proxy understands, in whole seconds.
    expect(fourth.headers['retry-after']).toMatch(/^\d+$/);
    expect(Number(fourth.headers['retry-after'])).toBeGreaterThan(0);
    // The budget shown is the login one that refused, not the API-wide one.
    expect(fourth.headers['x-ratelimit-limit']).toBe('3');
    expect(fourth.headers['x-ratelimit-remaining']).toBe('0');
    expect(Number(fourth.headers['x-ratelimit-reset'])).toBeGreaterThan(0);
    expect(fourth.body).not.toHaveProperty('accessToken');
    // Refused before the credentials are looked at: no session, no audit entry.
    expect(await count(t.dataSource, 'audit_log')).toBe(auditBefore);
    expect(await count(t.dataSource, 'refresh_token')).toBe(tokensBefore);

    // It stays refused, whichever account is tried, and in English too.
    const fifth = await t
      .http()
      .post(LOGIN)
      .set('Accept-Language', 'en')
      .send({ username: 'social', password: 'wrong-password-2' });
    expectProblem(fifth, 429);
    expect(fifth.body.title).toBe('Too many requests');
  });

  it('does not count a throttled wrong password as a failed login of the account', async () => {
    const rows: { failed_login_count: number; locked_until: Date | null }[] =
      await t.dataSource.query(
        `SELECT failed_login_count, locked_until FROM app_user WHERE username = 'social'`,
      );
    expect(rows).toEqual([{ failed_login_count: 0, locked_until: null }]);
  });

  it('does not block the other routes of a rate-limited client', async () => {
    const res = await t.http().get('/health/ready');
    expect(res.status).toBe(200);
  });
});

describe('login rate limit is per client address (behind a trusted proxy)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      LOGIN_RATE_LIMIT: '3',
      LOGIN_RATE_TTL_SECONDS: '3600',
      TRUST_PROXY: 'true',
    });
  });
  afterAll(() => t.close());

  const loginFrom = (ip: string) =>
    t.http().post(LOGIN).set('X-Forwarded-For', ip).send({ username: 'carer', password: PASSWORD });

  it('limits one address without limiting another', async () => {
    for (let i = 0; i < 3; i++) expect((await loginFrom('203.0.113.7')).status).toBe(200);
    expectProblem(await loginFrom('203.0.113.7'), 429);

    const other = await loginFrom('198.51.100.20');
    expect(other.status).toBe(200);
    expect(other.body.user.username).toBe('carer');

    expectProblem(await loginFrom('203.0.113.7'), 429);
  });

  it('believes only the address the proxy added, not ones the client wrote before it', async () => {
    // TRUST_PROXY=true is one proxy: a client cannot escape its limit by naming other addresses.
    expectProblem(await loginFrom('9.9.9.9, 203.0.113.7'), 429);
    expectProblem(await loginFrom('192.0.2.1, 9.9.9.9, 203.0.113.7'), 429);
  });
});

// A ward of phones behind one NAT: one address, many refreshes. They have their own budget.
describe('token refresh has its own rate limit (REFRESH_RATE_LIMIT=5, LOGIN_RATE_LIMIT=2)', () => {
  const REFRESH = '/api/v1/auth/refresh';
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      LOGIN_RATE_LIMIT: '2',
      LOGIN_RATE_TTL_SECONDS: '3600',
      REFRESH_RATE_LIMIT: '5',
      REFRESH_RATE_TTL_SECONDS: '3600',
    });
  });
  afterAll(() => t.close());

  it('refreshes after the login budget is spent, then refuses the 6th refresh with its own budget', async () => {
    const carer = await t.http().post(LOGIN).send({ username: 'carer', password: PASSWORD });
    const nurse = await t.http().post(LOGIN).send({ username: 'nurse', password: PASSWORD });
    expect([carer.status, nurse.status]).toEqual([200, 200]);
    // The address has spent its logins...
    expectProblem(await t.http().post(LOGIN).send({ username: 'admin', password: PASSWORD }), 429);

    // ...and its phones still refresh: five refreshes (two by cookie, as the web app does).
    let carerToken: string = carer.body.refreshToken;
    let nurseToken: string = nurse.body.refreshToken;
    for (let i = 0; i < 3; i++) {
      const res = await t.http().post(REFRESH).send({ refreshToken: carerToken });
      expect(res.status).toBe(200);
      expect(res.headers['x-ratelimit-limit']).toBe('5');
      carerToken = res.body.refreshToken;
    }
    for (let i = 0; i < 2; i++) {
      const res = await t
        .http()
        .post(REFRESH)
        .set('X-Requested-With', 'mai-am-web')
        .set('Cookie', `maiam_refresh=${nurseToken}`)
        .send({});
      expect(res.status).toBe(200);
      nurseToken = res.body.refreshToken;
    }

    // A limit is kept: the 6th from the address is refused, before the token is looked at.
    const tokensBefore = await count(t.dataSource, 'refresh_token');
    const sixth = await t.http().post(REFRESH).send({ refreshToken: carerToken });
    expectProblem(sixth, 429);
    expect(sixth.body.type).toBe('urn:mai-am:problem:rateLimited');
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
    expect(sixth.headers['x-ratelimit-limit']).toBe('5');
    expect(sixth.headers['x-ratelimit-remaining']).toBe('0');
    expect(await count(t.dataSource, 'refresh_token')).toBe(tokensBefore);
    // The refused token was not spent: once the window passes it still works (not waited for
    // here); the login budget is untouched by the refreshes (still refused, not doubly counted).
    expectProblem(await t.http().post(LOGIN).send({ username: 'carer', password: PASSWORD }), 429);
  });
});

describe('token refresh from one address behind a trusted proxy is counted per address', () => {
  const REFRESH = '/api/v1/auth/refresh';
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      REFRESH_RATE_LIMIT: '2',
      REFRESH_RATE_TTL_SECONDS: '3600',
      TRUST_PROXY: 'true',
    });
  });
  afterAll(() => t.close());

  it('limits one ward without limiting another', async () => {
    const login = await t.http().post(LOGIN).send({ username: 'carer', password: PASSWORD });
    let token: string = login.body.refreshToken;
    const refreshFrom = async (ip: string) => {
      const res = await t
        .http()
        .post(REFRESH)
        .set('X-Forwarded-For', ip)
        .send({ refreshToken: token });
      if (res.status === 200) token = res.body.refreshToken;
      return res;
    };
    expect((await refreshFrom('203.0.113.7')).status).toBe(200);
    expect((await refreshFrom('203.0.113.7')).status).toBe(200);
    expectProblem(await refreshFrom('203.0.113.7'), 429);
    expect((await refreshFrom('198.51.100.20')).status).toBe(200);
  });
});
