import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, snap } from './support/checks';

/** Each demo user, where the app sends them, and the heading they see there (vi, then en). */
const ROLES = [
  {
    username: 'carer',
    home: '/round',
    vi: 'Ca chăm sóc hôm nay',
    en: "Today's care round",
    nav: ['Ca chăm sóc', 'Phát thuốc', 'Cảnh báo'],
  },
  {
    username: 'nurse',
    home: '/worklist',
    vi: 'Danh sách việc y tế',
    en: 'Health worklist',
    nav: ['Ca chăm sóc', 'Phát thuốc', 'Việc y tế', 'Đối tượng', 'Định mức nhân sự', 'Cảnh báo'],
  },
  {
    username: 'admin',
    home: '/dashboard',
    vi: 'Tổng quan trung tâm',
    en: 'Centre dashboard',
    nav: [
      'Việc y tế',
      'Tổng quan',
      'Đối tượng',
      'Tiếp nhận',
      'Phòng và giường',
      'Nhân sự',
      'Lịch phân ca',
      'Định mức nhân sự',
      'Báo cáo',
      'Nhập sổ',
      'Cảnh báo',
    ],
  },
  {
    username: 'social',
    home: '/residents',
    vi: 'Sổ theo dõi đối tượng',
    en: 'Resident register',
    nav: ['Đối tượng', 'Tiếp nhận', 'Cảnh báo'],
  },
  {
    username: 'officer',
    home: '/province',
    vi: 'Số liệu toàn tỉnh',
    en: 'Province figures',
    nav: ['Toàn tỉnh'],
  },
] as const;

async function signIn(page: Page, username: string): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: false }).first().fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

test("the login screen: Vietnamese first, accessible, refuses a wrong password in the user's language", async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login\?next=%2F$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expectAccessible(page, 'the login screen');
  await snap(page, 'login-vi');

  await page.getByLabel('Tên đăng nhập').fill('carer');
  await page.getByLabel('Mật khẩu', { exact: false }).first().fill('not-the-password');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert')).toContainText('Sai tên đăng nhập hoặc mật khẩu');

  await page.getByText('English').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Wrong username or password');
  await expectAccessible(page, 'the login screen with an error, in English');
  await snap(page, 'login-en-error');
});

for (const role of ROLES) {
  test(`${role.username} signs in, lands on ${role.home}, keeps the session on reload, switches language, signs out`, async ({
    page,
  }) => {
    await page.goto('/');
    await signIn(page, role.username);
    await expect(page).toHaveURL(new RegExp(`${role.home}$`));
    await expect(page.getByRole('heading', { level: 1, name: role.vi })).toBeVisible();
    await expect(page).toHaveTitle(`${role.vi} · Mái Ấm`);

    // The nav (behind the menu button on a phone) lists this role's screens only.
    await page.getByRole('button', { name: 'Mở hoặc đóng menu' }).click();
    const nav = page.getByRole('navigation', { name: 'Các màn hình' });
    await expect(nav.getByRole('link')).toHaveText([...role.nav]);
    await expectAccessible(page, `${role.username}'s shell with the menu open`);
    await snap(page, `${role.username}-home-menu`);
    await page.getByRole('button', { name: 'Mở hoặc đóng menu' }).click();

    // A reload keeps the user signed in: the refresh cookie restores the session.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: role.vi })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${role.home}$`));
    const cookies = await page.context().cookies();
    const refresh = cookies.find((c) => c.name === 'maiam_refresh');
    expect(refresh).toMatchObject({
      httpOnly: true,
      secure: true,
      sameSite: 'Strict',
      path: '/api/v1/auth/refresh',
    });
    expect(await page.evaluate(() => document.cookie)).not.toContain('maiam_refresh');

    // The language switch (in the menu on a phone).
    await page.getByRole('button', { name: 'Mở hoặc đóng menu' }).click();
    await nav.getByText('English').click();
    await expect(page.getByRole('heading', { level: 1, name: role.en })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectAccessible(page, `${role.username}'s shell in English`);
    await snap(page, `${role.username}-home-en`);

    // Sign out: back at the login, and a reload does not bring the session back.
    await page
      .getByRole('navigation', { name: 'Screens' })
      .getByRole('button', { name: 'Sign out' })
      .click();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(
      (await page.context().cookies()).find((c) => c.name === 'maiam_refresh'),
    ).toBeUndefined();
    await page.goto(role.home);
    await expect(page).toHaveURL(/\/login\?next=/);
  });
}

test('an app route opened directly after sign-in comes back after the login', async ({ page }) => {
  await page.goto('/residents');
  await expect(page).toHaveURL(/\/login\?next=%2Fresidents$/);
  await signIn(page, 'admin');
  await expect(page).toHaveURL(/\/residents$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sổ theo dõi đối tượng' }),
  ).toBeVisible();
});

test('a request refused for an expired access token is sent again after one refresh by cookie', async ({
  page,
}) => {
  await page.goto('/');
  await signIn(page, 'admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan trung tâm' })).toBeVisible();

  // The next read of the facility is answered 401 once, as an expired token would be.
  let refused = 0;
  await page.route('**/api/v1/facilities/current', async (route) => {
    if (refused > 0) return route.continue();
    refused += 1;
    return route.fulfill({
      status: 401,
      contentType: 'application/problem+json',
      body: JSON.stringify({
        type: 'urn:mai-am:problem:tokenInvalid',
        title: 'x',
        status: 401,
        requestId: 'r',
      }),
    });
  });
  let refreshes = 0;
  page.on('response', (r) => {
    if (r.url().endsWith('/api/v1/auth/refresh') && r.status() === 200) refreshes += 1;
  });
  await page.reload();
  await expect(page.getByText('Sức chứa:')).toBeVisible();
  expect(refused).toBe(1);
  // One refresh restored the session at load, one more answered the 401.
  expect(refreshes).toBe(2);
});
