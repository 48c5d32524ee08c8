import { isCommonPassword, PASSWORD_MIN_LENGTH } from '../../src/auth/password';
import { DEMO_PASSWORD } from '../../src/auth/password';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';

/** What test/auth and test/users do not cover yet (issue 10, item 6). */
describe('auth hardening: the gaps', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ REFRESH_RATE_LIMIT: '3', REFRESH_RATE_TTL_SECONDS: '3600' });
  }, 60_000);
  afterAll(() => t.close());

  it('rate-limits POST /auth/refresh per client (its own budget): the 4th attempt is 429', async () => {
    const { refreshToken } = await t.login('nurse');
    for (let i = 0; i < 3; i++) {
      const res = await t
        .http()
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: `x${i}.y` });
      expect(res.status).toBe(401);
    }
    const tokensBefore = await count(t.dataSource, 'refresh_token');
    const throttled = await t.http().post('/api/v1/auth/refresh').send({ refreshToken });
    expectProblem(throttled, 429);
    // Refused before the token is looked at: it is neither spent nor rotated.
    expect(await count(t.dataSource, 'refresh_token')).toBe(tokensBefore);
    const rows = await t.dataSource.query<{ used_at: Date | null }[]>(
      'SELECT used_at FROM refresh_token WHERE id = $1',
      [refreshToken.split('.')[0]],
    );
    expect(rows).toEqual([{ used_at: null }]);
  }, 60_000);

  it('ships a demo password that meets the password policy', () => {
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(PASSWORD_MIN_LENGTH);
    expect(PASSWORD_MIN_LENGTH).toBeGreaterThanOrEqual(12);
    expect(isCommonPassword(DEMO_PASSWORD)).toBe(false);
    expect(isCommonPassword('password1234')).toBe(true);
  });
});
