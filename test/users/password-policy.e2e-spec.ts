import { DEMO_PASSWORD } from '../../src/auth/password';
import { count, expectProblem, PASSWORD, startTestApp, TestApp } from '../support/test-app';
import {
  as,
  createUser,
  fieldCodes,
  loginRes,
  OTHER_STRONG_PASSWORD,
  userBody,
  userRow,
} from './user-fixtures';

/**
 * Passwords are scored by zxcvbn with the user's own words (username, full name) and this
 * service's words (its name, the demo password) as its dictionary; a short one is a length error.
 */
describe('password policy', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.token('admin');
  });
  afterAll(() => t.close());

  it.each<[string, (u: { username: string; fullName: string }) => string]>([
    ['one letter repeated', () => 'aaaaaaaaaaaa'],
    ['twelve spaces', () => ' '.repeat(12)],
    ['a keyboard row', () => 'qwertyuiopas'],
    ['the demo password', () => DEMO_PASSWORD],
    ['the demo password in capitals', () => DEMO_PASSWORD.toUpperCase()],
    ['the username with more', (u) => `${u.username}-correct-horse-battery`],
    ['the full name without diacritics and a year', () => 'lethithu1990!'],
  ])('refuses %s for a new account with 400 weakPassword', async (_what, password) => {
    const body = userBody({ username: 'thu.le.policy', fullName: 'Lê Thị Thu' });
    const before = await count(t.dataSource, 'app_user');
    const res = await as(t, admin).post('/users', {
      ...body,
      password: password({ username: 'thu.le.policy', fullName: 'Lê Thị Thu' }),
    });
    expectProblem(res, 400);
    expect(fieldCodes(res)).toEqual([['password', 'weakPassword']]);
    expect(res.body.errors[0].message).toEqual(expect.any(String));
    expect(await count(t.dataSource, 'app_user')).toBe(before);
  });

  it('refuses a short password as a length error', async () => {
    const res = await as(t, admin).post('/users', userBody({ password: 'aaaa' }));
    expectProblem(res, 400);
    expect(fieldCodes(res)).toEqual([['password', 'minLength']]);
  });

  it('accepts a strong password', async () => {
    const user = await createUser(t, admin, { password: 'mây-trắng-bay-2026-xyz' });
    expect((await loginRes(t, user.username, 'mây-trắng-bay-2026-xyz')).status).toBe(200);
  });

  it.each([
    ['the username', (username: string) => `${username.toUpperCase()}!sông-núi`],
    ['a keyboard row', () => 'qwertyuiopas'],
    ['the demo password', () => DEMO_PASSWORD],
  ])('refuses %s as a new password, changing nothing', async (_what, password) => {
    const user = await createUser(t, admin);
    const before = await userRow(t, user.id);
    const res = await as(t, admin).patch(
      `/users/${user.id}`,
      { password: password(user.username) },
      user.version,
    );
    expectProblem(res, 400);
    expect(fieldCodes(res)).toEqual([['password', 'weakPassword']]);
    expect(await userRow(t, user.id)).toEqual(before);
  });

  it('checks a new password against the new full name sent with it', async () => {
    const user = await createUser(t, admin);
    const res = await as(t, admin).patch(
      `/users/${user.id}`,
      { fullName: 'Phạm Quốc Khánh', password: 'phamquockhanh88' },
      user.version,
    );
    expectProblem(res, 400);
    expect(fieldCodes(res)).toEqual([['password', 'weakPassword']]);
  });

  it('accepts a strong new password', async () => {
    const user = await createUser(t, admin);
    const res = await as(t, admin).patch(
      `/users/${user.id}`,
      { password: OTHER_STRONG_PASSWORD },
      user.version,
    );
    expect(res.status).toBe(200);
  });

  it('still seeds the demo accounts with the demo password (demo mode only)', async () => {
    expect(PASSWORD).toBe(DEMO_PASSWORD);
    for (const username of ['admin', 'social', 'nurse', 'carer', 'officer'])
      expect((await loginRes(t, username, DEMO_PASSWORD)).status).toBe(200);
  });
});
