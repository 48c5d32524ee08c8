import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from './checks';

/** Signs a demo user in through the login screen, opening `next` first (a deep link comes back). */
export async function signInAs(page: Page, username: string, next = '/'): Promise<void> {
  await page.goto(next);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: false }).first().fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** A bearer token of a demo user, for the data a journey sets up through the API. */
export async function tokenOf(request: APIRequestContext, username: string): Promise<string> {
  const res = await request.post('/api/v1/auth/login', {
    data: { username, password: DEMO_PASSWORD },
  });
  expect(res.status(), await res.text()).toBe(200);
  const body = (await res.json()) as { accessToken: string };
  return body.accessToken;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `YYYY-MM` of the month `back` months before this one (in Vietnam's time). */
export function monthsAgo(back: number): string {
  const [y, m] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
  })
    .format(new Date())
    .split('-')
    .map(Number);
  const d = new Date(Date.UTC(y ?? 2026, (m ?? 1) - 1 - back, 1));
  return `${String(d.getUTCFullYear())}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Today in Vietnam, YYYY-MM-DD. */
export function todayVn(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

const DOCS_SCREENS = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'docs',
  'screens',
);

/**
 * With SCREENS=1, saves docs/screens/<screen>-phone.png (360×740) and -desktop.png (1280×800)
 * of the page as it is now (the visible part: each file stays under 200 kB), then puts the
 * viewport back. Without SCREENS, does nothing.
 */
export async function docScreens(page: Page, screen: string): Promise<void> {
  if (process.env.SCREENS !== '1') return;
  mkdirSync(DOCS_SCREENS, { recursive: true });
  const before = page.viewportSize();
  for (const [name, size] of [
    ['phone', { width: 360, height: 740 }],
    ['desktop', { width: 1280, height: 800 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.evaluate(() => document.fonts.ready);
    // The nav slides away when the width crosses the phone breakpoint: wait until it has.
    await page.waitForFunction(() =>
      document.getAnimations().every((a) => a.playState !== 'running'),
    );
    await page.screenshot({ path: join(DOCS_SCREENS, `${screen}-${name}.png`) });
  }
  if (before) await page.setViewportSize(before);
}
