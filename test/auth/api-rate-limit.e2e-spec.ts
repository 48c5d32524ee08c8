import { JwtService } from '@nestjs/jwt';
import type { Response } from 'supertest';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';

const API = '/api/v1';
const LIMIT = 5;

function expectBudget(res: Response, remaining: number): void {
  expect(res.headers['x-ratelimit-limit']).toBe(String(LIMIT));
  expect(res.headers['x-ratelimit-remaining']).toBe(String(remaining));
  expect(Number(res.headers['x-ratelimit-reset'])).toBeGreaterThan(0);
}

// A window of an hour: a slow machine cannot let the window pass between the requests.
describe(`API rate limit (API_RATE_LIMIT=${LIMIT} per user)`, () => {
  let t: TestApp;
  let userIds: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp({ API_RATE_LIMIT: String(LIMIT), API_RATE_TTL_SECONDS: '3600' });
    const rows: { id: string; username: string }[] = await t.dataSource.query(
      `SELECT id, username FROM app_user WHERE username IN ('carer', 'nurse', 'social')`,
    );
    userIds = Object.fromEntries(rows.map((r) => [r.username, r.id]));
  });
  afterAll(() => t.close());

  const get = (path: string, token: string) =>
    t.http().get(`${API}${path}`).set('Authorization', `Bearer ${token}`);

  it('counts every route against one budget per user, and refuses the next with 429', async () => {
    // Three logins: three requests of this client address (no token yet).
    const carer = await t.token('carer');
    await t.token('nurse');
    await t.token('social');

    const routes = ['/auth/me', '/alerts', '/residents', '/auth/me', '/daily-records'];
    for (const [i, path] of routes.entries()) {
      const res = await get(path, carer);
      expect(res.status).toBe(200);
      expectBudget(res, LIMIT - 1 - i);
    }
    const auditBefore = await count(t.dataSource, 'audit_log');
    const refused = await get('/residents', carer);
    expectProblem(refused, 429);
    expect(refused.body.type).toBe('urn:mai-am:problem:rateLimited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body).not.toHaveProperty('items');
    // Refused before anything was read: no audited read either.
    expect(await count(t.dataSource, 'audit_log')).toBe(auditBefore);
  });

  it("leaves other users' budgets alone", async () => {
    const res = await get('/auth/me', await t.token('nurse'));
    expect(res.status).toBe(200);
    expectBudget(res, LIMIT - 1);
  });

  it('counts a forged token against the client address, never against the user it names', async () => {
    const forged = new JwtService({ secret: 'not-the-secret-not-the-secret-not-the-secret' }).sign(
      { sub: userIds.social, role: 'social_worker', typ: 'access' },
      { algorithm: 'HS256' },
    );
    // The address has spent three requests on the logins; 401s carry the budget too.
    const first = await get('/auth/me', forged);
    expectProblem(first, 401);
    expectBudget(first, 1);
    expectBudget(await get('/auth/me', forged), 0);
    expectProblem(await get('/auth/me', forged), 429);

    const social = await get('/auth/me', await t.token('social'));
    expect(social.status).toBe(200);
    expectBudget(social, LIMIT - 1);
  });

  it('counts an expired token against the client address, not against its user', async () => {
    const expired = t.app
      .get(JwtService)
      .sign({ sub: userIds.social, role: 'social_worker', typ: 'access' }, { expiresIn: -60 });
    // The address's budget was spent by the forged tokens above.
    expectProblem(await get('/auth/me', expired), 429);
    const social = await get('/auth/me', await t.token('social'));
    expect(social.status).toBe(200);
    expectBudget(social, LIMIT - 2);
  });
});
