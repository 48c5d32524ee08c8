import type { Response } from 'supertest';
import { count, expectProblem, PASSWORD, startTestApp, TestApp } from '../support/test-app';

const LOGIN = '/api/v1/auth/login';
const WRONG = 'wrong-password-2026';
const HOME = '203.0.113.7';
const ELSEWHERE = '198.51.100.20';

/**
 * Failed logins are throttled per (username, client address) with growing delays, never by
 * locking the account (OWASP Authentication Cheat Sheet): known and unknown usernames get the same
 * answers, the right password from another address still works, and many failures of one
 * account raise a `login_attack` alert for the facility's admin.
 */
describe('login throttling per (username, address)', () => {
  let t: TestApp;

  // TRUST_PROXY: one proxy in front, so X-Forwarded-For is the client address.
  const loginFrom = (ip: string, username: string, password: string, lang = 'vi') =>
    t
      .http()
      .post(LOGIN)
      .set('X-Forwarded-For', ip)
      .set('Accept-Language', lang)
      .send({ username, password });

  /** The problem document without what differs per request. */
  /**
   * What a client sees of an answer. The seconds left to wait are rounded to tens: two requests
   * a moment apart on a busy machine may straddle a second (60 and 59 are the same answer).
   */
  const shape = (res: Response) => {
    const { requestId: _id, ...rest } = res.body as Record<string, unknown>;
    const tens = (text: unknown) =>
      typeof text === 'string'
        ? text.replace(/\d+/g, (n) => String(Math.round(Number(n) / 10) * 10))
        : text;
    return {
      status: res.status,
      body: { ...rest, detail: tens(rest.detail) },
      retryAfter: tens(res.headers['retry-after']),
    };
  };

  /** As if every running delay had passed (the series and its count stay). */
  const waitOutDelays = () =>
    t.dataSource.query(
      `UPDATE login_throttle SET blocked_until = now() - interval '1 second' WHERE blocked_until IS NOT NULL`,
    );

  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'true' });
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    await t.dataSource.query('DELETE FROM login_throttle');
    await t.dataSource.query(`DELETE FROM alert WHERE kind = 'login_attack'`);
    await t.dataSource.query('UPDATE app_user SET failed_login_count = 0, locked_until = NULL');
  });

  it('answers a known and an unknown username identically, attempt after attempt', async () => {
    for (let i = 1; i <= 7; i++) {
      const known = await loginFrom(HOME, 'carer', `${WRONG}-${i}`);
      const unknown = await loginFrom(HOME, 'nobody-here', `${WRONG}-${i}`);
      const expected = i <= 5 ? 401 : 429;
      expectProblem(known, expected);
      expectProblem(unknown, expected);
      expect(shape(unknown)).toEqual(shape(known));
      if (i <= 5) expect(known.body.type).toBe('urn:mai-am:problem:invalidCredentials');
      else expect(known.body.type).toBe('urn:mai-am:problem:rateLimited');
    }
    // The right password is no different while the pair waits: nothing tells that it was right.
    const right = await loginFrom(HOME, 'carer', PASSWORD);
    const rightUnknown = await loginFrom(HOME, 'nobody-here', PASSWORD);
    expectProblem(right, 429);
    expect(shape(right)).toEqual(shape(rightUnknown));
  });

  it('refuses the pair with 429 and Retry-After, without looking at the password', async () => {
    for (let i = 0; i < 5; i++) expectProblem(await loginFrom(HOME, 'social', WRONG), 401);
    const audit = await count(t.dataSource, 'audit_log');
    const tokens = await count(t.dataSource, 'refresh_token');
    const refused = await loginFrom(HOME, 'social', PASSWORD, 'en');
    expectProblem(refused, 429);
    expect(refused.headers['retry-after']).toBe('60');
    expect(refused.body.detail).toMatch(/60 seconds/);
    expect(refused.body).not.toHaveProperty('accessToken');
    expect(await count(t.dataSource, 'audit_log')).toBe(audit);
    expect(await count(t.dataSource, 'refresh_token')).toBe(tokens);
    // A refused attempt does not count, and so does not lengthen the wait.
    const [{ failures }] = await t.dataSource.query('SELECT failures FROM login_throttle');
    expect(failures).toBe(5);
  });

  it('cannot be used to lock someone out: the right password from another address works', async () => {
    for (let i = 0; i < 5; i++) expectProblem(await loginFrom(HOME, 'admin', WRONG), 401);
    expectProblem(await loginFrom(HOME, 'admin', WRONG), 429);
    const elsewhere = await loginFrom(ELSEWHERE, 'admin', PASSWORD);
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body.user.username).toBe('admin');
    // Nor does it slow down another username from the same address.
    expect((await loginFrom(HOME, 'nurse', PASSWORD)).status).toBe(200);
    // The attacker's address still waits.
    expectProblem(await loginFrom(HOME, 'admin', PASSWORD), 429);
  });

  it('doubles the delay with each further failure, up to 15 minutes', async () => {
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) expectProblem(await loginFrom(HOME, 'nurse', WRONG), 401);
    for (let i = 0; i < 6; i++) {
      const refused = await loginFrom(HOME, 'nurse', WRONG);
      expectProblem(refused, 429);
      waits.push(Number(refused.headers['retry-after']));
      await waitOutDelays();
      // The attempt after a delay is looked at (and fails again).
      expectProblem(await loginFrom(HOME, 'nurse', WRONG), 401);
    }
    // Retry-After is rounded up to whole seconds: allow one second of clock drift.
    const expected = [60, 120, 240, 480, 900, 900];
    waits.forEach((w, i) => {
      expect(w).toBeGreaterThanOrEqual(expected[i] - 1);
      expect(w).toBeLessThanOrEqual(expected[i]);
    });
  });

  it('starts afresh after a success from that address', async () => {
    for (let i = 0; i < 4; i++) expectProblem(await loginFrom(HOME, 'social', WRONG), 401);
    expect((await loginFrom(HOME, 'social', PASSWORD)).status).toBe(200);
    for (let i = 0; i < 5; i++) expectProblem(await loginFrom(HOME, 'social', WRONG), 401);
    expectProblem(await loginFrom(HOME, 'social', WRONG), 429);
  });

  it('counts failures that arrive at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => loginFrom(HOME, 'admin2', WRONG)),
    );
    for (const res of results) expectProblem(res, 401);
    expectProblem(await loginFrom(HOME, 'admin2', PASSWORD), 429);
  });

  it('stores neither the username nor the address', async () => {
    await loginFrom(HOME, 'carer', WRONG);
    await loginFrom(HOME, 'nobody-here', WRONG);
    const rows: Record<string, unknown>[] = await t.dataSource.query(
      'SELECT * FROM login_throttle',
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.key).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toMatch(/carer|nobody|203\.0\.113/);
  });

  it('takes about as long for an unknown username as for a wrong password', async () => {
    const timed = async (username: string): Promise<number> => {
      const started = process.hrtime.bigint();
      expectProblem(await loginFrom(ELSEWHERE, username, WRONG), 401);
      await t.dataSource.query('DELETE FROM login_throttle');
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 7; i++) {
      known.push(await timed('nurse'));
      unknown.push(await timed('nobody-here'));
    }
    // Both verify one argon2 hash; without the dummy verification the unknown one would take a
    // fraction of the time. Loose bounds: the machine is shared.
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  describe('the attack alert', () => {
    interface AlertItem {
      kind: string;
      residentId: string | null;
      message: string;
      messageEn: string;
      severity?: string;
    }
    const attackAlerts = async (token: string): Promise<AlertItem[]> => {
      const res = await t
        .http()
        .get('/api/v1/alerts?kind=login_attack')
        .set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(200);
      return (res.body as { items: AlertItem[] }).items;
    };

    it('tells the facility admin, once, when one account fails from many addresses', async () => {
      const admin = await t.token('admin');
      // Nine failures from nine addresses: no address is slowed down, no alert yet.
      for (let i = 1; i <= 9; i++)
        expectProblem(await loginFrom(`192.0.2.${i}`, 'carer', WRONG), 401);
      expect(await attackAlerts(admin)).toEqual([]);

      expectProblem(await loginFrom('192.0.2.10', 'carer', WRONG), 401);
      const alerts = await attackAlerts(admin);
      expect(alerts).toHaveLength(1);
      expect(alerts[0]).toEqual(
        expect.objectContaining({ kind: 'login_attack', residentId: null }),
      );
      expect(alerts[0].messageEn).toMatch(/carer/);
      expect(alerts[0].messageEn).toMatch(/10 failed logins/);
      expect(`${alerts[0].message} ${alerts[0].messageEn}`).not.toMatch(/192\.0\.2/);

      // The attack goes on: still one alert for the account that day.
      for (let i = 11; i <= 15; i++) await loginFrom(`192.0.2.${i}`, 'carer', WRONG);
      expect(await attackAlerts(admin)).toHaveLength(1);

      // Only the admin sees it; another facility's admin does not.
      expect(await attackAlerts(await t.token('nurse'))).toEqual([]);
      expect(await attackAlerts(await t.token('admin2'))).toEqual([]);
    });

    it('is not raised by failures of an unknown username, or interrupted by a success', async () => {
      const admin = await t.token('admin');
      for (let i = 1; i <= 12; i++) await loginFrom(`192.0.2.${i}`, 'nobody-here', WRONG);
      for (let i = 1; i <= 9; i++) await loginFrom(`192.0.2.${i}`, 'social', WRONG);
      expect((await loginFrom(ELSEWHERE, 'social', PASSWORD)).status).toBe(200);
      for (let i = 1; i <= 9; i++) await loginFrom(`192.0.2.${i}`, 'social', WRONG);
      expect(await attackAlerts(admin)).toEqual([]);
    });
  });
});
