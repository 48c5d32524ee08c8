import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from './support/checks';

/**
 * Screenshots of the director's screens for docs/screens/, at a phone's and a desktop's size:
 * `SCREENS=1 npx playwright test -c web/playwright.config.ts web/e2e/admin-screens.spec.ts`.
 * Each is `docs/screens/<screen>-<phone|desktop>.png`, the visible viewport only (CSS pixels),
 * so each stays small enough to commit. Without SCREENS=1 the file is skipped.
 */
const DOCS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screens');
const SIZES = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
} as const;

test.skip(!process.env.SCREENS, 'docs screenshots: set SCREENS=1');

async function docsShot(page: Page, screen: string, size: keyof typeof SIZES): Promise<void> {
  mkdirSync(DOCS, { recursive: true });
  // Let fonts, charts and transitions settle on what the user sees.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(DOCS, `${screen}-${size}.png`), type: 'png', scale: 'css' });
}

async function signIn(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu', { exact: false }).first().fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

for (const size of ['phone', 'desktop'] as const) {
  test.describe(`${size} size`, () => {
    test.use({ viewport: SIZES[size] });

    test(`the director's screens at ${size} size`, async ({ page }) => {
      await signIn(page, '/dashboard');
      await expect(page.getByRole('heading', { name: /^Cảnh báo đang mở: \d+$/ })).toBeVisible();
      await expect(page.getByRole('table', { name: /Số đối tượng cuối mỗi tháng/ })).toBeVisible();
      await docsShot(page, 'dashboard', size);

      await page.goto('/residents');
      await expect(page.getByText(/^Đang hiện \d+ người/)).toBeVisible();
      await docsShot(page, 'register', size);

      await page.goto('/admissions/new');
      await page.getByRole('radio', { name: 'Khẩn cấp' }).check();
      await page.getByRole('textbox', { name: 'Họ và tên' }).fill('Lò Thị Mai');
      await page.getByRole('textbox', { name: 'Ngày sinh' }).fill('12/03/2016');
      await page.getByRole('radio', { name: 'Nữ' }).check();
      await page.getByRole('checkbox', { name: 'Trẻ em bị bỏ rơi (khoản 1)' }).check();
      await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
      await docsShot(page, 'admission', size);

      await page.goto('/rooms');
      await expect(page.getByText(/phòng đang dùng/)).toBeVisible();
      await docsShot(page, 'rooms', size);

      await page.goto('/staff');
      await expect(page.getByRole('button', { name: /^Sửa tài khoản của/ }).first()).toBeVisible();
      await docsShot(page, 'staff', size);
    });
  });
}
