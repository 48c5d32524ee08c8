import { purgeExpired } from '../../src/jobs/housekeeping.job';
import { startTestApp, TestApp } from '../support/test-app';

/** What housekeeping forgets, and what it keeps: each kind just past its age, and just before. */
describe('housekeeping: expired idempotent answers, refresh tokens and failed-login series (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 120_000);
  afterAll(() => t.close());

  const q = <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
    t.dataSource.query(sql, params);

  it('deletes what has expired and keeps the rest', async () => {
    const [user] = await q<{ id: string }>(`SELECT id FROM app_user WHERE username = 'admin'`);
    const userId = user?.id;
    await q(
      `INSERT INTO idempotency_key (user_id, key, route, request_hash, created_at)
       VALUES ($1, 'hk-old', 'POST /x', repeat('a', 64), now() - interval '25 hours'),
              ($1, 'hk-new', 'POST /x', repeat('a', 64), now() - interval '23 hours')`,
      [userId],
    );
    await q(
      `INSERT INTO refresh_token (user_id, family_id, token_hash, expires_at, revoked_at)
       VALUES ($1, gen_random_uuid(), repeat('b', 64), now() - interval '8 days', NULL),
              ($1, gen_random_uuid(), repeat('c', 64), now() + interval '20 days', now() - interval '8 days'),
              ($1, gen_random_uuid(), repeat('d', 64), now() - interval '6 days', NULL),
              ($1, gen_random_uuid(), repeat('e', 64), now() + interval '20 days', NULL)`,
      [userId],
    );
    await q(
      `INSERT INTO login_throttle (key, failures, last_failure_at)
       VALUES (repeat('1', 64), 3, now() - interval '25 hours'), (repeat('2', 64), 3, now() - interval '1 hour')`,
    );

    const outcome = await t.dataSource.transaction((m) => purgeExpired(m));

    const keys = await q<{ key: string }>(
      `SELECT key FROM idempotency_key WHERE key LIKE 'hk-%' ORDER BY key`,
    );
    expect(keys.map((k) => k.key)).toEqual(['hk-new']);
    const tokens = await q<{ token_hash: string }>(
      `SELECT token_hash FROM refresh_token WHERE token_hash ~ '^[bcde]+$' ORDER BY token_hash`,
    );
    // The one expired 8 days ago goes; the one revoked 8 days ago but valid 20 more days stays
    // until a week after it expires; so do the one expired 6 days ago and the live one.
    expect(tokens.map((r) => r.token_hash[0])).toEqual(['c', 'd', 'e']);
    const throttles = await q<{ key: string }>(`SELECT key FROM login_throttle ORDER BY key`);
    expect(throttles.map((r) => r.key[0])).toEqual(['2']);
    expect(outcome.closed).toBeGreaterThanOrEqual(3);
  });
});
