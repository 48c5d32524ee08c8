import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, snap } from './support/checks';
import { admitChild, getJson, putPlan, tokenOf, uniqueName } from './support/health-data';

/** The nurse and the director edit on tablets. */
const TABLET = { width: 1024, height: 768 };
test.use({ viewport: TABLET });

async function signIn(page: Page, username: string, next: string): Promise<void> {
  await page.goto(next);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: false }).first().fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chế độ dinh dưỡng' })).toBeVisible();
}

/** A second signed-in user: a browser context of its own (its own cookie and memory). */
async function secondUser(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    viewport: TABLET,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  return context.newPage();
}

interface Plan {
  version: number;
  mealsPerDay: number;
  texture: string;
  notes: string | null;
  allergies: { substance: string; severity: string | null }[];
}

const PEANUT = {
  substance: 'Đậu phộng',
  kind: 'allergy',
  severity: 'severe',
  reaction: 'Nổi mề đay',
};

test('two users edit one nutrition plan: the second is told, sees the current values, reloads, and then saves', async ({
  page,
  request,
  browser,
}, testInfo) => {
  const admin = await tokenOf(request, 'admin');
  const nurse = await tokenOf(request, 'nurse');
  const child = await admitChild(request, admin, uniqueName('Vàng Thị'), 6);
  await putPlan(request, nurse, child.id, {
    dietType: 'normal',
    texture: 'regular',
    mealsPerDay: 4,
    allergies: [PEANUT],
  });
  const path = `/nutrition/${child.id}`;

  // Both open the plan at version 1.
  await signIn(page, 'nurse', path);
  await expect(page.getByText(/^Phiên bản 1, lập lúc/)).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: new RegExp(child.fullName) }),
  ).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'Dị ứng 1' }).getByLabel('Chất gây dị ứng'),
  ).toHaveValue('Đậu phộng');
  await expectAccessible(page, 'the nutrition plan editor');
  await snap(page, 'nurse-nutrition-plan');

  const director = await secondUser(browser, testInfo);
  await signIn(director, 'admin', path);
  await expect(director.getByText(/^Phiên bản 1, lập lúc/)).toBeVisible();

  // The director saves first: five meals a day.
  await director.getByLabel('Số bữa mỗi ngày').fill('5');
  await director.getByRole('button', { name: 'Lưu chế độ dinh dưỡng' }).click();
  await expect(director.getByText('Đã lưu chế độ dinh dưỡng, phiên bản 2.')).toBeVisible();

  // The nurse, still on version 1, saves her change: refused, told, nothing overwritten.
  const note = 'Ăn thêm bữa phụ lúc 15 giờ.';
  await page.getByLabel('Độ mềm của thức ăn').selectOption({ label: 'Mềm' });
  await page.getByLabel('Ghi chú').fill(note);
  const refused = page.waitForResponse(
    (r) => r.url().endsWith(`/residents/${child.id}/nutrition-plan`) && r.status() === 412,
  );
  await page.getByRole('button', { name: 'Lưu chế độ dinh dưỡng' }).click();
  await refused;
  const notice = page.getByRole('alert').filter({ hasText: 'Người khác đã thay đổi bản ghi này' });
  await expect(notice).toBeVisible();
  const current = notice.getByRole('table', { name: 'Giá trị hiện tại' });
  await expect(current.getByRole('row', { name: /Phiên bản/ })).toContainText('2');
  await expect(current.getByRole('row', { name: /Số bữa mỗi ngày/ })).toContainText('5');
  await expect(current.getByRole('row', { name: /Dị ứng/ })).toContainText('Đậu phộng');
  // What she typed is still there until she reloads.
  await expect(page.getByLabel('Ghi chú')).toHaveValue(note);
  await expect(page.getByLabel('Độ mềm của thức ăn')).toHaveValue('soft');
  await expectAccessible(page, 'the nutrition plan editor after a 412');
  await snap(page, 'nurse-nutrition-conflict');

  const afterRefusal = await getJson<Plan>(
    request,
    nurse,
    `/api/v1/residents/${child.id}/nutrition-plan`,
  );
  expect(afterRefusal).toMatchObject({
    version: 2,
    mealsPerDay: 5,
    texture: 'regular',
    notes: null,
  });

  // Reload: the director's version, then her change again, saved as version 3.
  await notice.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();
  await expect(notice).toBeHidden();
  await expect(page.getByText(/^Phiên bản 2, lập lúc/)).toBeVisible();
  await expect(page.getByLabel('Số bữa mỗi ngày')).toHaveValue('5');
  await page.getByLabel('Độ mềm của thức ăn').selectOption({ label: 'Mềm' });
  await page.getByLabel('Ghi chú').fill(note);
  await page.getByRole('button', { name: 'Lưu chế độ dinh dưỡng' }).click();
  await expect(page.getByText('Đã lưu chế độ dinh dưỡng, phiên bản 3.')).toBeVisible();
  await expectAccessible(page, 'the nutrition plan editor after the save');

  const saved = await getJson<Plan>(request, nurse, `/api/v1/residents/${child.id}/nutrition-plan`);
  expect(saved).toMatchObject({ version: 3, mealsPerDay: 5, texture: 'soft', notes: note });
  expect(saved.allergies.map((a) => a.substance)).toEqual(['Đậu phộng']);
  await director.context().close();
});

test('an allergy is never dropped silently: removing one asks first; an empty or repeated one is refused next to its field', async ({
  page,
  request,
}) => {
  const admin = await tokenOf(request, 'admin');
  const nurse = await tokenOf(request, 'nurse');
  const child = await admitChild(request, admin, uniqueName('Sùng Thị'), 7);
  await putPlan(request, nurse, child.id, {
    dietType: 'normal',
    texture: 'regular',
    mealsPerDay: 4,
    allergies: [PEANUT],
  });
  await signIn(page, 'nurse', `/nutrition/${child.id}`);

  // Remove the peanut allergy and save: asked first, by name; going back saves nothing.
  await page.getByRole('button', { name: 'Xoá dị ứng 1' }).click();
  await expect(page.getByText('Không có dị ứng nào được ghi.')).toBeVisible();
  await page.getByRole('button', { name: 'Lưu chế độ dinh dưỡng' }).click();
  const confirm = page.getByRole('dialog', { name: 'Xoá dị ứng khỏi chế độ dinh dưỡng?' });
  await expect(confirm).toContainText('Đậu phộng');
  await expectAccessible(page, 'the allergy removal confirmation');
  await snap(page, 'nurse-nutrition-remove-allergy');
  await confirm.getByRole('button', { name: 'Quay lại sửa' }).click();
  await expect(confirm).toBeHidden();
  expect(
    (await getJson<Plan>(request, nurse, `/api/v1/residents/${child.id}/nutrition-plan`)).version,
  ).toBe(1);

  // An allergy with no substance is not dropped either: the form asks for it.
  await page.getByRole('button', { name: 'Thêm dị ứng' }).click();
  await page.getByRole('button', { name: 'Thêm dị ứng' }).click();
  await page.getByRole('button', { name: 'Lưu chế độ dinh dưỡng' }).click();
  const first = page.getByRole('group', { name: 'Dị ứng 1' }).getByLabel('Chất gây dị ứng');
  const second = page.getByRole('group', { name: 'Dị ứng 2' }).getByLabel('Chất gây dị ứng');
  await expect(first).toHaveAccessibleDescription('Vui lòng nhập trường này');

  // The same substance twice: the service names the second, shown next to it.
  await first.fill('Tôm');
  await second.fill('tôm');
  await page.getByRole('button', { name: 'Lưu chế độ dinh dưỡng' }).click();
  // The removal needs its reason (kept in the audit trail): asked for before anything is sent.
  await confirm.getByRole('button', { name: 'Xoá và lưu' }).click();
  await expect(confirm.getByLabel('Lý do xoá (ghi vào nhật ký)')).toHaveAccessibleDescription(
    'Vui lòng nhập trường này',
  );
  await confirm
    .getByLabel('Lý do xoá (ghi vào nhật ký)')
    .fill('Xét nghiệm âm tính tại bệnh viện tỉnh');
  await confirm.getByRole('button', { name: 'Xoá và lưu' }).click();
  await expect(second).toHaveAccessibleDescription('Chất bị ghi hai lần');
  await expectAccessible(page, 'the nutrition plan editor with a refused allergy');
  await snap(page, 'nurse-nutrition-duplicate-allergy');

  // Fixed, confirmed: the plan lists the new allergy, and only after the nurse said so.
  await second.fill('Sữa bò');
  await page
    .getByRole('group', { name: 'Dị ứng 2' })
    .getByLabel('Loại')
    .selectOption('intolerance');
  await page.getByRole('button', { name: 'Lưu chế độ dinh dưỡng' }).click();
  await confirm
    .getByLabel('Lý do xoá (ghi vào nhật ký)')
    .fill('Xét nghiệm âm tính tại bệnh viện tỉnh');
  await confirm.getByRole('button', { name: 'Xoá và lưu' }).click();
  await expect(page.getByText('Đã lưu chế độ dinh dưỡng, phiên bản 2.')).toBeVisible();
  const saved = await getJson<Plan>(request, nurse, `/api/v1/residents/${child.id}/nutrition-plan`);
  expect(saved.allergies.map((a) => a.substance)).toEqual(['Tôm', 'Sữa bò']);
});
