import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, snap } from './support/checks';
import {
  addMeasurement,
  addSchedule,
  admitChild,
  getJson,
  isoDay,
  tokenOf,
  uniqueName,
} from './support/health-data';

/** The nurse works on a tablet. */
test.use({ viewport: { width: 1024, height: 768 } });

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: false }).first().fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

test('the nurse records an overdue exam from the worklist; a token expired meanwhile is refreshed and nothing typed is lost', async ({
  page,
  request,
}) => {
  const admin = await tokenOf(request, 'admin');
  const nurse = await tokenOf(request, 'nurse');
  const child = await admitChild(request, admin, uniqueName('Đinh Thị'), 8);
  // A dental check overdue for years: the oldest of the dental list.
  const schedule = await addSchedule(request, nurse, child.id, {
    kind: 'dental',
    nextDueOn: '2015-01-05',
  });

  await signIn(page, 'nurse');
  await expect(page).toHaveURL(/\/worklist$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Danh sách việc y tế' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  await expectAccessible(page, 'the worklist, overdue');
  await snap(page, 'nurse-worklist-overdue');

  // The filters: kind (and the status, which is overdue already).
  await page.getByLabel('Loại việc').selectOption({ label: 'Khám răng' });
  const row = page.getByRole('row', { name: new RegExp(child.fullName) });
  await expect(row).toBeVisible();
  await expect(row).toContainText('05/01/2015');
  await expect(row).toContainText('Khám răng');

  await row.getByRole('button', { name: `Ghi khám cho ${child.fullName}` }).click();
  const drawer = page.getByRole('dialog', { name: `Ghi kết quả khám: ${child.fullName}` });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByLabel('Loại khám')).toHaveValue('dental');
  // Dates as the centres write them; today's by default.
  await expect(drawer.getByLabel('Ngày khám')).toHaveValue(
    isoDay(0).split('-').reverse().join('/'),
  );
  await drawer.getByLabel('Ngày khám').fill('31/02/2026');
  await expectAccessible(page, 'the exam form');
  await snap(page, 'nurse-exam-form');

  // Nothing typed yet: the examiner is asked for, next to its field.
  await drawer.getByRole('button', { name: 'Lưu' }).click();
  await expect(drawer.getByText('Vui lòng nhập trường này')).toBeVisible();
  await expect(drawer.getByLabel('Ngày khám')).toHaveAccessibleDescription(
    'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 07/12/2026',
  );
  await drawer.getByLabel('Ngày khám').fill(isoDay(0).split('-').reverse().join('/'));
  await expect(drawer.getByLabel('Người khám')).toHaveAttribute('aria-invalid', 'true');

  // A temperature the service refuses: its message in Vietnamese, next to the field.
  await drawer.getByLabel('Người khám').fill('BS. Nguyễn Văn Khoa');
  await drawer.getByLabel('Nhiệt độ (°C)').fill('50');
  await drawer.getByLabel('Kết quả khám').fill('Răng sâu hàm dưới, đã trám.');
  const refused = page.waitForResponse(
    (r) => r.url().endsWith(`/residents/${child.id}/health-checks`) && r.status() === 400,
  );
  await drawer.getByRole('button', { name: 'Lưu' }).click();
  await refused;
  await expect(drawer.getByLabel('Nhiệt độ (°C)')).toHaveAttribute('aria-invalid', 'true');
  await expect(drawer.getByLabel('Nhiệt độ (°C)')).toHaveAccessibleDescription(
    'Không được lớn hơn 43',
  );
  await expectAccessible(page, 'the exam form refused by the service');
  await snap(page, 'nurse-exam-form-field-error');
  await drawer.getByLabel('Nhiệt độ (°C)').fill('36,8');

  // The access token expires while the form is open: the service answers 401 to the save, the
  // app refreshes through its cookie and sends the same request again.
  let expired = 0;
  await page.route(`**/api/v1/residents/${child.id}/health-checks`, async (route) => {
    if (route.request().method() !== 'POST' || expired > 0) return route.continue();
    expired += 1;
    return route.continue({
      headers: { ...route.request().headers(), authorization: 'Bearer expired.token.here' },
    });
  });
  const statuses: number[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith(`/residents/${child.id}/health-checks`) && r.request().method() === 'POST')
      statuses.push(r.status());
  });
  const refreshed = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/auth/refresh') && r.status() === 200,
  );
  const saved = page.waitForResponse(
    (r) => r.url().endsWith(`/residents/${child.id}/health-checks`) && r.status() === 201,
  );
  await drawer.getByRole('button', { name: 'Lưu' }).click();
  await refreshed;
  await saved;
  expect(statuses).toEqual([401, 201]);
  await expect(drawer).toBeHidden();
  await expect(page.getByText(`Đã lưu kết quả khám của ${child.fullName}.`)).toBeVisible();

  // The exam left the overdue list.
  await expect(row).toHaveCount(0);
  await expectAccessible(page, 'the worklist after the exam');
  await snap(page, 'nurse-worklist-after-exam');

  // Saved once, with what was typed before the token expired.
  const checks = await getJson<
    {
      examiner: string;
      findings: string | null;
      temperatureC: number | null;
      scheduleId: string | null;
    }[]
  >(request, nurse, `/api/v1/residents/${child.id}/health-checks`);
  expect(checks).toHaveLength(1);
  expect(checks[0]).toMatchObject({
    examiner: 'BS. Nguyễn Văn Khoa',
    findings: 'Răng sâu hàm dưới, đã trám.',
    temperatureC: 36.8,
    scheduleId: schedule.id,
  });
  const overdue = await getJson<{ items: { scheduleId: string }[] }>(
    request,
    nurse,
    '/api/v1/health-worklist?status=overdue&kind=dental&limit=200',
  );
  expect(overdue.items.map((i) => i.scheduleId)).not.toContain(schedule.id);
});

test("the nurse opens a child's growth chart from the worklist and records a measurement", async ({
  page,
  request,
}) => {
  const admin = await tokenOf(request, 'admin');
  const nurse = await tokenOf(request, 'nurse');
  const child = await admitChild(request, admin, uniqueName('Lò Thị'), 3);
  await addMeasurement(request, nurse, child.id, {
    measuredOn: isoDay(-300),
    weightKg: 11.5,
    heightCm: 84,
  });
  await addMeasurement(request, nurse, child.id, {
    measuredOn: isoDay(-120),
    weightKg: 12.4,
    heightCm: 89,
  });
  await addSchedule(request, nurse, child.id, { kind: 'growth_check', nextDueOn: '2015-01-03' });

  await signIn(page, 'nurse');
  await page.getByLabel('Loại việc').selectOption({ label: 'Theo dõi tăng trưởng' });
  const row = page.getByRole('row', { name: new RegExp(child.fullName) });
  await expect(row).toBeVisible();

  // A measurement from the row's menu.
  await row.getByRole('button', { name: `Thao tác khác cho ${child.fullName}` }).click();
  await expect(page.getByRole('menuitem', { name: 'Ghi cân đo' })).toBeVisible();
  await expectAccessible(page, "the worklist row's menu");
  await page.getByRole('menuitem', { name: 'Ghi cân đo' }).click();
  const drawer = page.getByRole('dialog', { name: `Ghi cân đo: ${child.fullName}` });
  await drawer.getByLabel('Cân nặng (kg)').fill('13,1');
  await drawer.getByLabel('Chiều dài hoặc chiều cao (cm)').fill('92,5');
  await drawer.getByLabel('Tư thế đo').selectOption('standing');
  await expectAccessible(page, 'the measurement form');
  await snap(page, 'nurse-measurement-form');
  await drawer.getByRole('button', { name: 'Lưu' }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByText(`Đã lưu cân đo của ${child.fullName}.`)).toBeVisible();

  // The growth chart.
  await row.getByRole('button', { name: `Thao tác khác cho ${child.fullName}` }).click();
  await page.getByRole('menuitem', { name: 'Biểu đồ tăng trưởng' }).click();
  await expect(page).toHaveURL(new RegExp(`/growth/${child.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Biểu đồ tăng trưởng' })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: new RegExp(child.fullName) }),
  ).toBeVisible();
  const chart = page.getByRole('figure', { name: new RegExp(`của ${child.fullName}`) });
  await expect(chart).toBeVisible();
  // The five WHO bands (−3…+3) behind two lines of three points each.
  await expect(chart.locator('.growth-band')).toHaveCount(5);
  await expect(chart.locator('.recharts-line')).toHaveCount(2);
  await expect(chart.locator('.recharts-line-dots').first().locator('circle')).toHaveCount(3);
  const legend = chart.locator('.mantine-ChartLegend-legendItemName');
  await expect(legend.filter({ hasText: 'Cân nặng theo tuổi (Z)' })).toHaveCount(1);
  await expect(legend.filter({ hasText: 'Chiều cao theo tuổi (Z)' })).toHaveCount(1);
  const table = page.getByRole('table', { name: 'Các lần cân đo, mới nhất trước' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row').nth(1)).toContainText(
    isoDay(0).split('-').reverse().join('/'),
  );
  await expectAccessible(page, 'the growth chart');
  await snap(page, 'nurse-growth-chart');
});

test('every staff role reaches the alerts inbox from the header; the nurse acknowledges an alert with a note and it leaves the open list', async ({
  page,
  request,
}) => {
  const admin = await tokenOf(request, 'admin');
  const nurse = await tokenOf(request, 'nurse');
  const child = await admitChild(request, admin, uniqueName('Hà Thị'), 3);
  // A weight far below the WHO median raises a growth alert for the nurse.
  await addMeasurement(request, nurse, child.id, {
    measuredOn: isoDay(-1),
    weightKg: 8,
    heightCm: 90,
  });

  await signIn(page, 'nurse');
  await expect(page).toHaveURL(/\/worklist$/);
  await page.getByRole('banner').getByRole('link', { name: 'Cảnh báo' }).click();
  await expect(page).toHaveURL(/\/alerts$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Hộp cảnh báo' })).toBeVisible();
  const card = page.getByRole('listitem').filter({ hasText: child.fullName });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Dấu hiệu suy dinh dưỡng');
  await expectAccessible(page, 'the alerts inbox');
  await snap(page, 'nurse-alerts-open');

  await card.getByRole('button', { name: /^Xác nhận cảnh báo:/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Xác nhận cảnh báo' });
  await dialog.getByRole('button', { name: 'Xác nhận cảnh báo' }).click();
  await expect(dialog.getByText('Vui lòng nhập ghi chú xử lý')).toBeVisible();
  await expectAccessible(page, 'the acknowledge form with a missing note');
  await snap(page, 'nurse-alert-acknowledge');
  await dialog.getByLabel('Ghi chú xử lý').fill('Đã báo bác sĩ, tăng khẩu phần từ hôm nay.');
  await dialog.getByRole('button', { name: 'Xác nhận cảnh báo' }).click();
  await expect(dialog).toBeHidden();
  await expect(card).toHaveCount(0);

  await page.getByText('Đã xác nhận', { exact: true }).click();
  const done = page.getByRole('listitem').filter({ hasText: child.fullName });
  await expect(done).toContainText('Ghi chú xử lý: Đã báo bác sĩ, tăng khẩu phần từ hôm nay.');
  await expectAccessible(page, 'the acknowledged alerts');
  await snap(page, 'nurse-alerts-acknowledged');

  const open = await getJson<{ items: { residentId: string | null }[] }>(
    request,
    nurse,
    `/api/v1/alerts?status=open&residentId=${child.id}`,
  );
  expect(open.items).toHaveLength(0);

  // The other staff roles reach their inbox from the header too (the API picks their kinds).
  for (const username of ['admin', 'social', 'carer']) {
    await page.context().clearCookies();
    await signIn(page, username);
    await page.getByRole('banner').getByRole('link', { name: 'Cảnh báo' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hộp cảnh báo' })).toBeVisible();
    await expect(
      page
        .getByRole('list', { name: 'Danh sách cảnh báo' })
        .or(page.getByText('Không có cảnh báo nào đang mở.')),
    ).toBeVisible();
    await expectAccessible(page, `${username}'s alerts inbox`);
    await snap(page, `${username}-alerts`);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("the nurse's worklist is one card per task at 360 px: nothing wider than the screen, vaccines by name", async ({
    page,
    request,
  }) => {
    const admin = await tokenOf(request, 'admin');
    const nurse = await tokenOf(request, 'nurse');
    // Born 18 months ago, admitted at 6 months: the doses of the first year are overdue.
    const child = await admitChild(request, admin, uniqueName('Hà Thị'), 1.5);
    await addSchedule(request, nurse, child.id, { kind: 'dental', nextDueOn: '2015-01-05' });

    await signIn(page, 'nurse');
    await expect(page).toHaveURL(/\/worklist$/);
    await expect(page.getByRole('table')).toHaveCount(0);
    const card = page.getByRole('listitem').filter({ hasText: child.fullName });
    await expect(card.filter({ hasText: 'Khám răng' })).toContainText('Hạn: 05/01/2015');
    await expect(
      card
        .filter({ hasText: 'Khám răng' })
        .getByRole('button', { name: `Ghi khám cho ${child.fullName}` }),
    ).toBeVisible();

    await page.getByLabel('Loại việc').selectOption({ label: 'Tiêm chủng' });
    const doses = page.getByRole('listitem').filter({ hasText: child.fullName });
    await expect(doses.first()).toContainText('mũi');
    const texts = await doses.allInnerTexts();
    expect(texts.length).toBeGreaterThan(0);
    // The national schedule's names, never its codes (DPT_HEPB_HIB, MEASLES…).
    for (const text of texts) expect(text).not.toMatch(/\b[A-Z]{2,}(_[A-Z]+)*\b, mũi/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await expectAccessible(page, 'the worklist on a phone');
    await snap(page, 'nurse-worklist-phone');
  });
});
