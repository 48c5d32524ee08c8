import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectAccessible, snap } from './support/checks';
import { bearer, monthsAgo, signInAs, tokenOf } from './support/staff-session';

/**
 * The screens of part 2 in English: the director and the officer switch the language in the
 * nav and walk their screens. A screen fails on a message key shown as such (a key missing from
 * en.json) or on a Vietnamese word in a label, heading, button, tab, column or placeholder — the
 * register's own data (names of people, rooms, the facility, ethnicities) excepted.
 */
test.use({ viewport: { width: 1280, height: 800 } });

const here = dirname(fileURLToPath(import.meta.url));
/** The message files' top-level keys: one file per key in src/messages/vi/ (scripts/messages.mjs). */
const topKeys = readdirSync(join(here, '..', 'src', 'messages', 'vi'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length));
/** A message key shown instead of its text looks like `resident.tabs.profile`. */
const KEY = new RegExp(`\\b(${topKeys.join('|')})\\.[A-Za-z0-9_.]+\\b`);
/** Letters only Vietnamese uses (with its tone marks), never English. */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** The register's own words (people, rooms, the facility…), which stay as they are written. */
async function dataWords(request: APIRequestContext, token: string): Promise<string[]> {
  const get = async (path: string): Promise<unknown> =>
    (await request.get(`/api/v1${path}`, { headers: bearer(token) })).json();
  const words: string[] = [];
  const facility = (await get('/facilities/current')) as { name: string; address?: string };
  words.push(facility.name, facility.address ?? '');
  const rooms = (await get('/facilities/current/rooms')) as { code: string; name: string }[];
  for (const r of rooms) words.push(r.name, r.code);
  const users = (await get('/users?limit=200')) as { items: { fullName: string }[] };
  for (const u of users.items) words.push(u.fullName);
  const ethnicities = (await get('/reference/ethnicities')) as { name: string }[];
  for (const e of ethnicities) words.push(e.name);
  let cursor: string | null = null;
  do {
    const page = (await get(
      `/residents?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    )) as {
      items: { fullName: string; preferredName: string | null }[];
      nextCursor: string | null;
    };
    for (const r of page.items) words.push(r.fullName, r.preferredName ?? '');
    cursor = page.nextCursor;
  } while (cursor);
  // The language switch names each language in that language.
  words.push('Tiếng Việt');
  return words.filter((w) => w.trim() !== '').sort((a, b) => b.length - a.length);
}

/** Fails on a key shown as text, or a Vietnamese word in the screen's own labels. */
async function expectEnglish(page: Page, what: string, data: string[]): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.waitForLoadState('networkidle');
  const { text, labels } = await page.evaluate(() => {
    const selector =
      'label, legend, th, button, [role=tab], h1, h2, h3, h4, [role=columnheader], caption, nav a, [role=option], .mantine-InputWrapper-description';
    const labels = Array.from(document.querySelectorAll<HTMLElement>(selector)).map(
      (e) => e.innerText,
    );
    for (const e of Array.from(document.querySelectorAll('[placeholder], [aria-label], [title]'))) {
      labels.push(
        e.getAttribute('placeholder') ?? '',
        e.getAttribute('aria-label') ?? '',
        e.getAttribute('title') ?? '',
      );
    }
    return { text: document.body.innerText, labels };
  });
  const strip = (s: string) => data.reduce((acc, w) => acc.split(w).join(' '), s);
  expect(KEY.exec(text)?.[0], `a message key shown on ${what}`).toBeUndefined();
  const leftovers = labels.map(strip).filter((l) => VIETNAMESE.test(l));
  expect(leftovers, `Vietnamese labels on ${what}`).toEqual([]);
}

test('the director walks the dashboard, register, resident page, admission, rooms, staff, reports and import in English', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const admin = await tokenOf(request, 'admin');
  const data = await dataWords(request, admin);
  const resident = (
    (await (await request.get('/api/v1/residents?limit=1', { headers: bearer(admin) })).json()) as {
      items: { id: string }[];
    }
  ).items[0];

  await signInAs(page, 'admin');
  await page.getByRole('banner').getByText('English').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Centre dashboard' })).toBeVisible();
  await expectEnglish(page, 'the dashboard', data);

  const nav = page.getByRole('navigation', { name: 'Screens' });
  for (const [link, heading] of [
    ['Residents', /./],
    ['Rooms and beds', /./],
    ['Staff', /./],
    ['Register import', /./],
  ] as const) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectEnglish(page, `the ${link} screen`, data);
  }

  // Reports: the month picker names the months in English (dayjs's locale).
  await nav.getByRole('link', { name: 'Reports', exact: true }).click();
  const [year, month] = monthsAgo(1).split('-');
  const monthName = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(year), Number(month) - 1, 1)),
  );
  const picker = page.getByRole('button', { name: 'Month' });
  await expect(picker).toHaveText(`${monthName} ${year ?? ''}`);
  await expectEnglish(page, 'the reports screen', data);
  await picker.click();
  await expect(page.getByRole('button', { name: 'January', exact: true })).toBeVisible();
  await expectEnglish(page, 'the month picker', data);
  await expectAccessible(page, 'the month picker in English');
  await page.keyboard.press('Escape');

  // The admission wizard, both steps.
  await nav.getByRole('link', { name: 'Admission', exact: true }).click();
  await expectEnglish(page, 'the admission wizard, step 1', data);
  await page.getByRole('button', { name: 'Add a guardian or relative' }).click();
  await page.getByRole('radio', { name: 'Emergency', exact: true }).check();
  await page.getByRole('textbox', { name: 'Full name' }).fill(`Giàng Seo ${String(Date.now())}`);
  await page.getByRole('textbox', { name: 'Date of birth' }).fill('03/04/2012');
  await page.getByRole('radio', { name: 'Male', exact: true }).check();
  await page.getByRole('checkbox', { name: /Abandoned child/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of relative 1' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expectEnglish(page, 'the admission wizard with errors', data);
  await page.getByRole('button', { name: 'Remove relative 1' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('group', { name: 'Sensitive facts' })).toBeVisible();
  await expectEnglish(page, 'the admission wizard, step 2', data);
  await snap(page, 'english-admission');

  // The resident's page, every tab.
  await page.goto(`/residents/${resident?.id ?? ''}`);
  for (const tab of [
    'Profile',
    'Schooling',
    'Case plan',
    'Counselling',
    'Referrals',
    'Discharge',
    'Follow-ups',
  ]) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await expect(page.getByRole('tab', { name: tab, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expectEnglish(page, `the resident's ${tab} tab`, data);
  }
  await page.getByRole('tab', { name: 'Referrals', exact: true }).click();
  await page.getByRole('button', { name: 'Refer to a service' }).click();
  await expectEnglish(page, 'the referral form', data);
  await page.getByRole('tab', { name: 'Case plan', exact: true }).click();
  await page.getByRole('button', { name: 'Record a needs assessment' }).click();
  await expectEnglish(page, 'the assessment form', data);
  await snap(page, 'english-resident');
});

test('the officer walks the province view in English', async ({ page, request }) => {
  const admin = await tokenOf(request, 'admin');
  const data = await dataWords(request, admin);
  const officer = await tokenOf(request, 'officer');
  for (const month of [monthsAgo(0), monthsAgo(1)]) {
    const summary = (await (
      await request.get(`/api/v1/province/summary?month=${month}`, { headers: bearer(officer) })
    ).json()) as { facilities?: { name: string }[] };
    for (const f of summary.facilities ?? []) data.push(f.name);
  }
  await signInAs(page, 'officer');
  await page.getByRole('banner').getByText('English').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectEnglish(page, 'the province summary', data);
});
