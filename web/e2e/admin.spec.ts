import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, snap } from './support/checks';

/**
 * The director's journey: the dashboard, an emergency admission with its dossier deadline, the
 * duplicate warning (before saving, and the 409 of a save that meets one), the register's search
 * without diacritics, rooms and staff accounts; and what the caretaker may not reach.
 */
test.use({ viewport: { width: 1280, height: 800 } });

const API = '/api/v1';

/** Today in the centres' time zone, as the API writes it. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}
const dmy = (iso: string) => iso.split('-').reverse().join('/');

async function apiToken(request: APIRequestContext, username: string): Promise<string> {
  const res = await request.post(`${API}/auth/login`, {
    data: { username, password: DEMO_PASSWORD },
  });
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { accessToken: string };
  return body.accessToken;
}

async function admitByApi(
  request: APIRequestContext,
  token: string,
  person: { fullName: string; dateOfBirth: string; sex: 'male' | 'female' },
): Promise<{ id: string; code: string }> {
  const res = await request.post(`${API}/residents`, {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      ...person,
      ethnicityCode: '01',
      categories: ['k1_child_orphan'],
      type: 'regular',
      admittedOn: today(),
      decisionNo: '12/QĐ-TTBTXH',
      decisionDate: today(),
      confirmNotDuplicate: true,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string; code: string };
}

async function signIn(page: Page, username: string, path = '/'): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: false }).first().fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

async function pickOption(
  page: Page,
  label: string,
  option: string,
  scope: Locator | Page = page,
): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Step 1 of the wizard: who the person is. */
async function fillIdentity(
  page: Page,
  person: { type: string; fullName: string; born: string; sex: string; category: string },
): Promise<void> {
  await page.getByRole('radio', { name: person.type }).check();
  await page.getByRole('textbox', { name: 'Họ và tên' }).fill(person.fullName);
  await page.getByRole('textbox', { name: 'Ngày sinh' }).fill(person.born);
  await page.getByRole('radio', { name: person.sex }).check();
  await page.getByRole('checkbox', { name: person.category }).check();
}

test('the dashboard shows the census, this month, open alerts, overdue exams and 12 months', async ({
  page,
  request,
}) => {
  // Today's figures are the API's counts (GET /dashboard), not pages of lists counted here.
  const figures = (await (
    await request.get(`${API}/dashboard`, {
      headers: { Authorization: `Bearer ${await apiToken(request, 'admin')}` },
    })
  ).json()) as {
    census: number;
    openAlerts: number;
    overdueByKind: { kind: string; count: number }[];
  };
  const exams = figures.overdueByKind
    .filter((o) => o.kind !== 'vaccination')
    .reduce((n, o) => n + o.count, 0);
  const dashboardLoaded = page.waitForResponse((r) => r.url().endsWith(`${API}/dashboard`));
  await signIn(page, 'admin');
  await expect(page).toHaveURL(/\/dashboard$/);
  expect((await dashboardLoaded).status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan trung tâm' })).toBeVisible();
  const vn = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
  await expect(page.getByRole('region', { name: 'Đang nuôi dưỡng hôm nay' })).toContainText(
    vn(figures.census),
  );
  await expect(page.getByRole('region', { name: 'Lịch khám quá hạn' })).toContainText(vn(exams));
  await expect(
    page.getByRole('heading', { name: `Cảnh báo đang mở: ${vn(figures.openAlerts)}` }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tiếp nhận tháng này' })).toContainText(
    'Thường xuyên',
  );
  await expect(page.getByRole('heading', { name: /^Cảnh báo đang mở: \d+$/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Quá hạn khám lâu nhất' })).toBeVisible();
  const chart = page.getByRole('table', { name: /Số đối tượng cuối mỗi tháng/ });
  await expect(chart.getByRole('row')).toHaveCount(13);
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await expectAccessible(page, 'the dashboard');
  await snap(page, 'admin-dashboard');
});

test('the admin admits an emergency resident, sees the dossier deadline, then the duplicate warning for the same person typed without diacritics', async ({
  page,
}) => {
  await signIn(page, 'admin');
  await page
    .getByRole('navigation', { name: 'Các màn hình' })
    .getByRole('link', { name: 'Tiếp nhận' })
    .click();
  await expect(page).toHaveURL(/\/admissions\/new$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tiếp nhận đối tượng' })).toBeVisible();
  await expectAccessible(page, 'the admission wizard, step 1');

  // A step's own checks: nothing typed yet.
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByText('Vui lòng nhập trường này.').first()).toBeVisible();
  await page.getByRole('textbox', { name: 'Ngày sinh' }).fill('31/02/2015');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByText('Ngày chưa đúng, hãy nhập dạng ngày/tháng/năm.')).toBeVisible();
  await expectAccessible(page, 'the admission wizard with field errors');

  await fillIdentity(page, {
    type: 'Khẩn cấp',
    fullName: 'Lò Thị Mỹ Duyên',
    born: '14/03/2015',
    sex: 'Nữ',
    category: 'Trẻ em bị bỏ rơi (khoản 1)',
  });
  const checked = page.waitForResponse((r) => r.url().endsWith('/residents/check-duplicates'));
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  expect((await checked).status()).toBe(200);

  // Step 2: the emergency intake (found on defaults to today).
  await expect(page.getByRole('textbox', { name: 'Nơi phát hiện' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Ngày phát hiện' })).toHaveValue(dmy(today()));
  await page.getByRole('textbox', { name: 'Nơi phát hiện' }).fill('Cổng chợ Phố Hiến');
  await page
    .getByRole('textbox', { name: 'Người hoặc cơ quan đưa đến' })
    .fill('Công an phường Phố Hiến');
  await expectAccessible(page, 'the admission wizard, emergency intake');
  await snap(page, 'admin-admission-emergency');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // Step 3: review, save.
  await expect(page.getByText('Kiểm tra lại trước khi lưu')).toBeVisible();
  await expect(page.getByText('Ngày sinh: 14/03/2015')).toBeVisible();
  await expectAccessible(page, 'the admission review');
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/residents') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Lưu tiếp nhận' }).click();
  const answer = await saved;
  expect(answer.status()).toBe(201);
  const resident = (await answer.json()) as {
    code: string;
    admission: { dossierDueOn: string | null };
  };
  expect(resident.admission.dossierDueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const due = dmy(resident.admission.dossierDueOn ?? '');

  await expect(page.getByRole('heading', { level: 1, name: 'Đã tiếp nhận' })).toBeVisible();
  await expect(page.getByText(`Đã tiếp nhận Lò Thị Mỹ Duyên, mã ${resident.code}`)).toBeVisible();
  await expect(page.getByTestId('dossier-due')).toHaveText(
    `Hồ sơ phải hoàn thiện trước ngày ${due} (10 ngày làm việc).`,
  );
  await expectAccessible(page, 'the admission done, with the dossier deadline');
  await snap(page, 'admin-admission-done');

  // The same person again, typed without diacritics: the register says who it may be.
  await page.getByRole('button', { name: 'Tiếp nhận người khác' }).click();
  await fillIdentity(page, {
    type: 'Thường xuyên (có quyết định)',
    fullName: 'Lo Thi My Duyen',
    born: '14/03/2015',
    sex: 'Nữ',
    category: 'Trẻ em bị bỏ rơi (khoản 1)',
  });
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'Có thể người này đã có trong sổ' });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('link')).toContainText(
    `${resident.code} · Lò Thị Mỹ Duyên · sinh 14/03/2015`,
  );
  await expect(warning).toContainText('(trùng tên và ngày sinh)');
  await expectAccessible(page, 'the duplicate warning');
  await snap(page, 'admin-admission-duplicate');
  // Still on step 1 until the user decides it is someone else.
  await expect(page.getByRole('textbox', { name: 'Họ và tên' })).toBeVisible();
  await warning.getByRole('button', { name: 'Đây là người khác — tiếp tục' }).click();
  await expect(page.getByRole('textbox', { name: 'Số quyết định tiếp nhận' })).toBeVisible();
});

test('a save that meets a duplicate admitted meanwhile is answered 409, shown, and confirmed', async ({
  page,
  request,
}) => {
  await signIn(page, 'admin', '/admissions/new');
  await fillIdentity(page, {
    type: 'Thường xuyên (có quyết định)',
    fullName: 'Hà Văn Khánh',
    born: '02/09/1950',
    sex: 'Nam',
    category: 'Người cao tuổi cô đơn (khoản 1)',
  });
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByRole('textbox', { name: 'Số quyết định tiếp nhận' })).toBeVisible();

  // A colleague admits the same man while this form is open.
  const other = await admitByApi(request, await apiToken(request, 'social'), {
    fullName: 'Hà Văn Khánh',
    dateOfBirth: '1950-09-02',
    sex: 'male',
  });

  await page.getByRole('textbox', { name: 'Số quyết định tiếp nhận' }).fill('245/QĐ-TTBTXH');
  await page.getByRole('textbox', { name: 'Ngày quyết định' }).fill(dmy(today()));
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  const refused = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/residents') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Lưu tiếp nhận' }).click();
  expect((await refused).status()).toBe(409);
  const warning = page.getByRole('alert').filter({ hasText: 'Có thể người này đã có trong sổ' });
  await expect(warning).toContainText(other.code);
  await expectAccessible(page, 'the 409 duplicate answer');

  const confirmed = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/residents') && r.request().method() === 'POST',
  );
  await warning
    .getByRole('button', { name: 'Đã kiểm tra, đây là người khác — vẫn tiếp nhận' })
    .click();
  const answer = await confirmed;
  expect(answer.status()).toBe(201);
  const admitted = (await answer.json()) as { admission: { confirmedNotDuplicate: boolean } };
  expect(admitted.admission.confirmedNotDuplicate).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Đã tiếp nhận' })).toBeVisible();
  // A regular admission has no emergency deadline.
  await expect(page.getByTestId('dossier-due')).toHaveCount(0);
});

test('an API field error is shown next to its field in the wizard', async ({ page }) => {
  await signIn(page, 'admin', '/admissions/new');
  await fillIdentity(page, {
    type: 'Thường xuyên (có quyết định)',
    fullName: 'Vàng Thị Pà',
    born: '05/06/2012',
    sex: 'Nữ',
    category: 'Trẻ em mồ côi (khoản 1)',
  });
  // A citizen ID the service refuses: the duplicate check answers 400, the message by the field.
  await page.getByRole('textbox', { name: 'Số CCCD' }).fill('123');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  const id = page.getByRole('textbox', { name: 'Số CCCD' });
  await expect(id).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Sai định dạng')).toBeVisible();
  await expectAccessible(page, 'the wizard with an API field error on step 1');
  await id.fill('');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // An admission dated before the birth: the save answers 400 and the wizard goes to the field.
  await page.getByRole('textbox', { name: 'Số quyết định tiếp nhận' }).fill('7/QĐ');
  await page.getByRole('textbox', { name: 'Ngày quyết định' }).fill(dmy(today()));
  await page.getByRole('textbox', { name: 'Ngày tiếp nhận' }).fill('01/01/2010');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  const refused = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/residents') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Lưu tiếp nhận' }).click();
  expect((await refused).status()).toBe(400);
  const admitted = page.getByRole('textbox', { name: 'Ngày tiếp nhận' });
  await expect(admitted).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Ngày tiếp nhận trước ngày sinh').first()).toBeVisible();
  await expectAccessible(page, 'the wizard with an API field error');
  await snap(page, 'admin-admission-field-error');
});

test('the register finds a resident typed without diacritics; filters and dates dd/mm/yyyy', async ({
  page,
  request,
}) => {
  const resident = await admitByApi(request, await apiToken(request, 'admin'), {
    fullName: 'Đặng Thị Ngọc Ánh',
    dateOfBirth: '2013-11-07',
    sex: 'female',
  });
  await signIn(page, 'admin', '/residents');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sổ theo dõi đối tượng' }),
  ).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Đang hiện/ })).toBeVisible();
  await expectAccessible(page, 'the register');
  await snap(page, 'admin-register');

  await page.getByRole('searchbox', { name: 'Tìm theo tên hoặc mã' }).fill('dang thi ngoc anh');
  await expect(page).toHaveURL(/q=dang\+thi\+ngoc\+anh/);
  const row = page.getByRole('row').filter({ hasText: resident.code });
  await expect(row).toBeVisible();
  await expect(row.getByRole('link', { name: 'Đặng Thị Ngọc Ánh' })).toHaveAttribute(
    'href',
    `/residents/${resident.id}`,
  );
  await expect(row).toContainText('07/11/2013');
  await expect(row).toContainText(dmy(today()));
  await expect(page.getByText('Đang hiện 1 người.')).toBeVisible();

  // Filters narrow it further: in care, an orphan; a discharged filter finds nobody.
  await pickOption(page, 'Trạng thái', 'Đã xuất');
  await expect(page.getByText('Không có đối tượng nào khớp với tìm kiếm và bộ lọc.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Trạng thái' }).click();
  await page.getByRole('option', { name: 'Đang nuôi dưỡng', exact: true }).click();
  await pickOption(page, 'Nhóm tuổi', '11–15 tuổi');
  await expect(row).toBeVisible();
  await expectAccessible(page, 'the register searched and filtered');
  await snap(page, 'admin-register-search');
});

test('the register pages with the API cursor', async ({ page }) => {
  await signIn(page, 'admin', '/residents');
  await expect(page.getByText('Đang hiện 50 người đầu tiên; còn nữa.')).toBeVisible();
  const next = page.waitForResponse((r) => /\/api\/v1\/residents\?.*cursor=/.test(r.url()));
  await page.getByRole('button', { name: 'Tải thêm' }).click();
  expect((await next).status()).toBe(200);
  await expect(page.getByText(/^Đang hiện \d+ người\.$/)).toBeVisible();
  expect(await page.getByRole('table').getByRole('row').count()).toBeGreaterThan(51);
});

test('rooms: create, edit with If-Match, and a stale edit shows the current values', async ({
  page,
  request,
}) => {
  await signIn(page, 'admin', '/rooms');
  await expect(page.getByRole('heading', { level: 1, name: 'Phòng và giường' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'A101' })).toBeVisible();
  await expectAccessible(page, 'the rooms');
  await snap(page, 'admin-rooms');

  await page.getByRole('button', { name: 'Thêm phòng' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm phòng' });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByText('Vui lòng nhập trường này.').first()).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Mã phòng' }).fill('E101');
  await dialog.getByRole('textbox', { name: 'Tên phòng' }).fill('Phòng cách ly');
  await dialog.getByRole('textbox', { name: 'Diện tích (m²)' }).fill('20');
  await dialog.getByRole('textbox', { name: 'Số giường' }).fill('4');
  await expectAccessible(page, 'the new room form');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: 'E101' });
  await expect(row).toContainText('Dưới chuẩn diện tích');
  await expect(row).toContainText('0/4 giường có người, còn 4 giường trống');

  // Edit: 3 beds, now 6,7 m² a bed.
  await row.getByRole('button', { name: 'Sửa phòng E101' }).click();
  const edit = page.getByRole('dialog', { name: 'Sửa phòng E101' });
  await edit.getByRole('textbox', { name: 'Số giường' }).fill('3');
  const patched = page.waitForResponse((r) => r.request().method() === 'PATCH');
  await edit.getByRole('button', { name: 'Lưu' }).click();
  const patch = await patched;
  expect(patch.status()).toBe(200);
  expect(patch.request().headers()['if-match']).toBe('"1"');
  await expect(row).toContainText('0/3 giường');
  await expect(row).not.toContainText('Dưới chuẩn diện tích');

  // Someone else renames the room while the form is open: 412, nothing overwritten.
  await row.getByRole('button', { name: 'Sửa phòng E101' }).click();
  const token = await apiToken(request, 'admin');
  const rooms = (await (
    await request.get(`${API}/facilities/current/rooms`, {
      headers: { Authorization: `Bearer ${token}` },
    })
  ).json()) as { id: string; code: string; version: number }[];
  const e101 = rooms.find((r) => r.code === 'E101');
  expect(e101).toBeDefined();
  const other = await request.patch(`${API}/rooms/${e101?.id ?? ''}`, {
    headers: { Authorization: `Bearer ${token}`, 'If-Match': `"${String(e101?.version)}"` },
    data: { name: 'Phòng cách ly tạm thời' },
  });
  expect(other.status()).toBe(200);
  const stale = page.getByRole('dialog', { name: 'Sửa phòng E101' });
  await stale.getByRole('textbox', { name: 'Ghi chú' }).fill('Gần phòng y tế');
  await stale.getByRole('button', { name: 'Lưu' }).click();
  const notice = stale.getByRole('alert').filter({ hasText: 'Người khác đã thay đổi bản ghi này' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('table')).toContainText('Phòng cách ly tạm thời');
  await expect(stale.getByRole('textbox', { name: 'Ghi chú' })).toHaveValue('Gần phòng y tế');
  await expectAccessible(page, 'the room conflict notice');
  await snap(page, 'admin-rooms-conflict');
  await notice.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();
  await expect(stale.getByRole('textbox', { name: 'Tên phòng' })).toHaveValue(
    'Phòng cách ly tạm thời',
  );
  await stale.getByRole('textbox', { name: 'Ghi chú' }).fill('Gần phòng y tế');
  await stale.getByRole('button', { name: 'Lưu' }).click();
  await expect(stale).toBeHidden();
});

test("staff accounts: the password policy's errors by the field, create, change role", async ({
  page,
}) => {
  await signIn(page, 'admin', '/staff');
  await expect(page.getByRole('heading', { level: 1, name: 'Tài khoản nhân viên' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'carer' })).toBeVisible();
  await expectAccessible(page, 'the staff accounts');
  await snap(page, 'admin-staff');

  await page.getByRole('button', { name: 'Thêm tài khoản' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm tài khoản nhân viên' });
  await dialog.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('lan.cham-soc');
  await dialog.getByRole('textbox', { name: 'Họ và tên' }).fill('Phạm Thị Lan');
  await pickOption(page, 'Vai trò', 'Nhân viên chăm sóc', dialog);
  await dialog.getByLabel('Mật khẩu', { exact: false }).first().fill('ngắn');
  const refused = page.waitForResponse((r) => r.url().endsWith('/api/v1/users'));
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  expect((await refused).status()).toBe(400);
  // The policy's message is the field's description for a screen reader, beside the field.
  const password = dialog.locator('input[type="password"]');
  await expect(password).toHaveAccessibleDescription(/Phải có ít nhất 12 ký tự/);
  await expectAccessible(page, 'the password policy error');
  await snap(page, 'admin-staff-password-error');

  await password.fill('mây-trắng-bay-qua-đồi-2026');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: 'lan.cham-soc' });
  await expect(row).toContainText('Nhân viên chăm sóc');
  await expect(row).toContainText('Chưa đăng nhập lần nào');

  await row.getByRole('button', { name: 'Sửa tài khoản của Phạm Thị Lan' }).click();
  const edit = page.getByRole('dialog', { name: 'Sửa tài khoản của Phạm Thị Lan' });
  await pickOption(page, 'Vai trò', 'Nhân viên y tế', edit);
  const patched = page.waitForResponse((r) => r.request().method() === 'PATCH');
  await edit.getByRole('button', { name: 'Lưu' }).click();
  expect((await patched).request().headers()['if-match']).toBe('"1"');
  await expect(edit).toBeHidden();
  await expect(row).toContainText('Nhân viên y tế');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the register reads as cards with 44 px targets, and the wizard fits', async ({ page }) => {
    await signIn(page, 'admin', '/residents');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Sổ theo dõi đối tượng' }),
    ).toBeVisible();
    const first = page.getByRole('listitem').first();
    await expect(first).toBeVisible();
    const box = await first.getByRole('link').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    await expectAccessible(page, 'the register on a phone');
    await snap(page, 'admin-register-phone');

    await page.getByRole('link', { name: 'Tiếp nhận đối tượng' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Tiếp nhận đối tượng' }),
    ).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await expectAccessible(page, 'the wizard on a phone');
    await snap(page, 'admin-admission-phone');

    await page.goto('/dashboard');
    await expect(page.getByRole('table', { name: /Số đối tượng cuối mỗi tháng/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Cảnh báo đang mở: \d+$/ })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await expectAccessible(page, 'the dashboard on a phone');
    await snap(page, 'admin-dashboard-phone');
  });
});

test('the caretaker is not offered the director screens, is told so on direct navigation, and the API refuses', async ({
  page,
  request,
}) => {
  await signIn(page, 'carer');
  await expect(page).toHaveURL(/\/round$/);
  const nav = page.getByRole('navigation', { name: 'Các màn hình' });
  await expect(nav.getByRole('link')).toHaveText(['Ca chăm sóc', 'Phát thuốc', 'Cảnh báo']);

  for (const path of ['/dashboard', '/admissions/new', '/rooms', '/staff', '/residents']) {
    await page.goto(path);
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'Màn hình này không dành cho vai trò của bạn',
      }),
    ).toBeVisible();
  }
  await expectAccessible(page, 'a screen not for the caretaker');
  await snap(page, 'carer-not-allowed');

  const token = await apiToken(request, 'carer');
  const headers = { Authorization: `Bearer ${token}` };
  const month = today().slice(0, 7);
  expect((await request.get(`${API}/movements?month=${month}`, { headers })).status()).toBe(403);
  expect((await request.get(`${API}/users`, { headers })).status()).toBe(403);
  expect(
    (
      await request.post(`${API}/residents/check-duplicates`, {
        headers,
        data: { fullName: 'Lo Thi My Duyen' },
      })
    ).status(),
  ).toBe(403);
  expect(
    (
      await request.post(`${API}/residents`, {
        headers,
        data: {
          fullName: 'Nguyễn Văn A',
          dateOfBirth: '2015-01-01',
          sex: 'male',
          ethnicityCode: '01',
          categories: ['k1_child_orphan'],
          type: 'emergency',
          admittedOn: today(),
          emergency: { foundAt: 'x', foundOn: today(), foundBy: 'y' },
        },
      })
    ).status(),
  ).toBe(403);
});
