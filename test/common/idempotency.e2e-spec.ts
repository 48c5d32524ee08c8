import { randomBytes } from 'node:crypto';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';
import { as, createUser, fieldCodes, userBody, writeAuditRows } from '../users/user-fixtures';

const freshKey = () => `key-${randomBytes(8).toString('hex')}`;

describe('Idempotency-Key on creating POSTs', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.token('admin');
  });
  afterAll(() => t.close());

  const postUser = (body: object, key?: string, token = admin) => {
    const req = as(t, token).post('/users', body);
    return key === undefined ? req : req.set('Idempotency-Key', key);
  };

  async function usersNamed(username: unknown): Promise<{ id: string }[]> {
    return t.dataSource.query('SELECT id FROM app_user WHERE username = $1', [username]);
  }

  it('replays the first answer for a retry with the same key and body, creating one user', async () => {
    const key = freshKey();
    const body = userBody();
    const before = await count(t.dataSource, 'app_user');

    const first = await postUser(body, key);
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();

    const retry = await postUser(body, key);
    expect(retry.status).toBe(first.status);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.headers.etag).toBe(first.headers.etag);

    const third = await postUser(body, key);
    expect(third.status).toBe(201);
    expect(third.body).toEqual(first.body);

    expect(await count(t.dataSource, 'app_user')).toBe(before + 1);
    expect(await usersNamed(body.username)).toEqual([{ id: first.body.id }]);
    expect(await writeAuditRows(t, 'app_user', first.body.id as string)).toHaveLength(1);
  });

  it('without a key, the same body twice is a second attempt (409 duplicate)', async () => {
    const body = userBody();
    expect((await postUser(body)).status).toBe(201);
    const again = await postUser(body);
    expectProblem(again, 409);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
  });

  it('refuses the same key with a different body with 409 and creates nothing', async () => {
    const key = freshKey();
    const body = userBody();
    const first = await postUser(body, key);
    expect(first.status).toBe(201);
    const before = await count(t.dataSource, 'app_user');
    const other = userBody();
    const res = await postUser(other, key);
    expectProblem(res, 409);
    expect(res.headers['idempotent-replayed']).toBeUndefined();
    expect(await count(t.dataSource, 'app_user')).toBe(before);
    expect(await usersNamed(other.username)).toEqual([]);
    // The key still replays the first answer for the first body.
    const replay = await postUser(body, key);
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(first.body);
  });

  it('refuses the same key on another creating route with 409', async () => {
    const key = freshKey();
    expect((await postUser(userBody(), key)).status).toBe(201);
    const rooms = await count(t.dataSource, 'room');
    const res = await as(t, admin)
      .post('/facilities/current/rooms', { code: 'IDEM1', name: 'x', areaM2: 20, beds: 2 })
      .set('Idempotency-Key', key);
    expectProblem(res, 409);
    expect(await count(t.dataSource, 'room')).toBe(rooms);
  });

  it.each([
    ['too short', 'short'],
    ['with spaces', 'has spaces in it'],
    ['with punctuation', 'bad!chars?key'],
    ['too long', 'k'.repeat(129)],
  ])('refuses a key %s with 400 naming the header and creates nothing', async (_what, key) => {
    const before = await count(t.dataSource, 'app_user');
    const body = userBody();
    const res = await postUser(body, key);
    expectProblem(res, 400);
    expect(fieldCodes(res)).toEqual([['Idempotency-Key', 'invalidIdempotencyKey']]);
    expect(await count(t.dataSource, 'app_user')).toBe(before);
    expect(await usersNamed(body.username)).toEqual([]);
  });

  it('accepts keys of 8 and 128 characters', async () => {
    expect((await postUser(userBody(), randomBytes(4).toString('hex'))).status).toBe(201);
    expect(
      (await postUser(userBody(), `${randomBytes(4).toString('hex')}${'k'.repeat(120)}`)).status,
    ).toBe(201);
  });

  it('frees the key when the first request fails (409 duplicate): a corrected retry creates', async () => {
    const taken = await createUser(t, admin);
    const key = freshKey();
    const before = await count(t.dataSource, 'app_user');

    const failed = await postUser(userBody({ username: taken.username }), key);
    expectProblem(failed, 409);
    expect(await count(t.dataSource, 'app_user')).toBe(before);
    const stored: unknown[] = await t.dataSource.query(
      'SELECT 1 FROM idempotency_key WHERE key = $1',
      [key],
    );
    expect(stored).toEqual([]);

    const corrected = userBody();
    const ok = await postUser(corrected, key);
    expect(ok.status).toBe(201);
    expect(ok.headers['idempotent-replayed']).toBeUndefined();
    expect(await usersNamed(corrected.username)).toEqual([{ id: ok.body.id }]);

    const replay = await postUser(corrected, key);
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(ok.body);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(await count(t.dataSource, 'app_user')).toBe(before + 1);
  });

  it('frees the key when the first request is invalid (400)', async () => {
    const key = freshKey();
    const bad = await postUser(userBody({ role: 'officer' }), key);
    expectProblem(bad, 400);
    const ok = await postUser(userBody(), key);
    expect(ok.status).toBe(201);
    expect(ok.headers['idempotent-replayed']).toBeUndefined();
  });

  it('keeps keys per user: another admin with the same key gets their own answer', async () => {
    const key = freshKey();
    const mine = await postUser(userBody(), key);
    expect(mine.status).toBe(201);
    const admin2 = await t.token('admin2');
    const theirs = await postUser(userBody(), key, admin2);
    expect(theirs.status).toBe(201);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('does not let a refused role use a key, nor spend it', async () => {
    const key = freshKey();
    const body = userBody();
    const nurse = await t.token('nurse');
    expectProblem(await postUser(body, key, nurse), 403);
    const ok = await postUser(body, key);
    expect(ok.status).toBe(201);
    expect(ok.headers['idempotent-replayed']).toBeUndefined();
  });

  it('creates one user when the same request is sent twice at once', async () => {
    const key = freshKey();
    const body = userBody();
    const before = await count(t.dataSource, 'app_user');
    const answers = await Promise.all([postUser(body, key), postUser(body, key)]);
    const statuses = answers.map((r) => r.status).sort();
    // The second either replays the first (201) or is told the first is still running (409).
    expect(statuses[0]).toBe(201);
    expect([201, 409]).toContain(statuses[1]);
    expect(await count(t.dataSource, 'app_user')).toBe(before + 1);
    expect(await usersNamed(body.username)).toHaveLength(1);
  });
});
