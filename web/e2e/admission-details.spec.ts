import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, snap } from './support/checks';
import { bearer, docScreens, signInAs, todayVn, tokenOf } from './support/staff-session';

/**
 * The admission wizard's person: religion, home town, guardians and relatives, and the sensitive
 * facts, each offered only to a role that may record it (the director: all; the social worker:
 * the protection history, never HIV or a psychiatric diagnosis).
 */
test.use({ viewport: { width: 1280, height: 800 } });

const GIVEN = ['Khôi', 'Lộc', 'Nhân', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Vinh'];
const pick = (list: string[]) => list[Math.floor(Math.random() * list.length)] ?? 'An';
const dmy = (iso: string) => iso.split('-').reverse().join('/');

async function identity(page: Page, fullName: string): Promise<void> {
  await page.getByRole('radio', { name: 'Thường xuyên (có quyết định)' }).check();
  await page.getByRole('textbox', { name: 'Họ và tên' }).fill(fullName);
  await page.getByRole('textbox', { name: 'Ngày sinh' }).fill('02/09/2013');
  await page.getByRole('radio', { name: 'Nam', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Trẻ em mồ côi (khoản 1)' }).check();
}

test('the director admits with religion, home town, a guardian and the sensitive facts; the API error on a guardian shows by its field', async ({
  page,
  request,
}) => {
  const fullName = `Sùng ${pick(['A', 'Văn'])} ${pick(GIVEN)} ${pick(GIVEN)}`;
  await signInAs(page, 'admin', '/admissions/new');
  await identity(page, fullName);
  await page.getByRole('textbox', { name: 'Tôn giáo' }).fill('Không');
  await page.getByRole('textbox', { name: 'Quê quán: tỉnh, thành phố' }).fill('Sơn La');
  await page.getByRole('textbox', { name: 'Quê quán: xã, phường' }).fill('Xã Mường La');

  // A guardian row: its own checks first (name and relationship), then the API's (the phone).
  await page.getByRole('button', { name: 'Thêm người giám hộ, người thân' }).click();
  const guardian = page.getByRole('group', { name: 'Người thân thứ 1' });
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(guardian.getByRole('textbox', { name: 'Họ tên người thân 1' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await guardian.getByRole('textbox', { name: 'Họ tên người thân 1' }).fill('Sùng Văn Pó');
  await guardian
    .getByRole('textbox', { name: 'Quan hệ với đối tượng (người thân 1)' })
    .fill('chú ruột');
  await guardian.getByRole('textbox', { name: 'Điện thoại (người thân 1)' }).fill('gọi qua xã');
  await expectAccessible(page, 'the admission wizard with a guardian');
  await snap(page, 'admission-guardian');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // Step 2: the director is offered every sensitive fact.
  const sensitive = page.getByRole('group', { name: 'Thông tin nhạy cảm' });
  await expect(sensitive.getByRole('combobox', { name: 'Tình trạng HIV' })).toBeVisible();
  await expect(sensitive.getByRole('textbox', { name: 'Chẩn đoán tâm thần' })).toBeVisible();
  await sensitive.getByRole('combobox', { name: 'Tình trạng HIV' }).click();
  await page.getByRole('option', { name: 'Dương tính', exact: true }).click();
  await sensitive.getByRole('textbox', { name: 'Ngày xác nhận HIV' }).fill('15/06/2024');
  await sensitive
    .getByRole('textbox', { name: 'Tiền sử bị xâm hại, bạo lực' })
    .fill('Bị bỏ mặc nhiều tháng trước khi được đưa đến');
  await page.getByRole('textbox', { name: 'Số quyết định tiếp nhận' }).fill('61/QĐ-TTBTXH');
  await page.getByRole('textbox', { name: 'Ngày quyết định' }).fill(dmy(todayVn()));
  await expectAccessible(page, 'the admission wizard with the sensitive facts');
  await docScreens(page, 'admission-sensitive');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByText('Quê quán: Xã Mường La, Sơn La')).toBeVisible();
  await expect(page.getByText('Người giám hộ, người thân: Sùng Văn Pó (chú ruột)')).toBeVisible();

  // The API refuses the phone: the wizard goes back to the step and shows it by the field.
  await page.getByRole('button', { name: 'Lưu tiếp nhận' }).click();
  const phone = page.getByRole('textbox', { name: 'Điện thoại (người thân 1)' });
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(phone).toHaveAccessibleDescription(/./);
  await expectAccessible(page, 'the guardian with the API error');
  await phone.fill('0912 345 678');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/residents') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Lưu tiếp nhận' }).click();
  expect((await saved).status()).toBe(201);
  await expect(page.getByRole('heading', { level: 1, name: 'Đã tiếp nhận' })).toBeVisible();

  // What the register holds, read by the director through the API.
  const admin = await tokenOf(request, 'admin');
  const found = (await (
    await request.get('/api/v1/residents', {
      headers: bearer(admin),
      params: { q: fullName },
    })
  ).json()) as { items: { id: string }[] };
  const id = found.items[0]?.id ?? '';
  const resident = (await (
    await request.get(`/api/v1/residents/${id}`, { headers: bearer(admin) })
  ).json()) as {
    religion: string;
    hometownProvince: string;
    hometownCommune: string;
    guardians: { name: string; relationship: string; phone: string }[];
    sensitive?: { hivStatus: string; hivConfirmedOn: string; abuseHistory: string };
  };
  expect(resident.religion).toBe('Không');
  expect(resident.hometownProvince).toBe('Sơn La');
  expect(resident.hometownCommune).toBe('Xã Mường La');
  expect(resident.guardians).toEqual([
    expect.objectContaining({
      name: 'Sùng Văn Pó',
      relationship: 'chú ruột',
      phone: '0912 345 678',
    }),
  ]);
  expect(resident.sensitive).toEqual(
    expect.objectContaining({
      hivStatus: 'positive',
      hivConfirmedOn: '2024-06-15',
      abuseHistory: 'Bị bỏ mặc nhiều tháng trước khi được đưa đến',
    }),
  );
});

test('the social worker is offered the protection history only, never HIV or a diagnosis', async ({
  page,
}) => {
  await signInAs(page, 'social', '/admissions/new');
  await identity(page, `Vàng ${pick(['Thị', 'Văn'])} ${pick(GIVEN)} ${pick(GIVEN)}`);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  const sensitive = page.getByRole('group', { name: 'Thông tin nhạy cảm' });
  await expect(
    sensitive.getByRole('textbox', { name: 'Tiền sử bị xâm hại, bạo lực' }),
  ).toBeVisible();
  await expect(sensitive.getByRole('textbox', { name: 'Tiền sử bị mua bán người' })).toBeVisible();
  await expect(page.getByText('Tình trạng HIV')).toHaveCount(0);
  await expect(page.getByText('Ngày xác nhận HIV')).toHaveCount(0);
  await expect(page.getByText('Chẩn đoán tâm thần')).toHaveCount(0);
  await expectAccessible(page, "the social worker's admission, step 2");
});
