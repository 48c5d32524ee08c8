import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectAccessible, snap } from './support/checks';
import { bearer, signInAs, todayVn, tokenOf } from './support/staff-session';

/**
 * An emergency intake's dossier completed after it, on the resident's profile tab: the social
 * worker sees the passed deadline, records the decision and the papers that came, and the alert
 * goes; a nurse reads the card without an edit button. On a phone (360 px).
 */
test.use({ viewport: { width: 360, height: 740 } });

const GIVEN = ['Hạnh', 'Hoa', 'Lan', 'Mai', 'Ngọc', 'Thảo', 'Trang', 'Yến'];
const pick = () => GIVEN[Math.floor(Math.random() * GIVEN.length)] ?? 'An';

/** A day `back` days before today in Vietnam, YYYY-MM-DD. */
function daysAgo(back: number): string {
  const d = new Date(`${todayVn()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

/** An emergency intake of 30 days ago: its 10 working days for the dossier have passed. */
async function overdueIntake(request: APIRequestContext): Promise<{ id: string; name: string }> {
  const admittedOn = daysAgo(30);
  const name = `Lò Thị ${pick()} ${pick()}`;
  const res = await request.post('/api/v1/residents', {
    headers: bearer(await tokenOf(request, 'social')),
    data: {
      type: 'emergency',
      fullName: name,
      dateOfBirth: '2012-05-01',
      sex: 'female',
      ethnicityCode: '03',
      categories: ['k2_emergency'],
      emergencyKind: 'vagrant',
      admittedOn,
      emergency: {
        foundAt: 'Cổng chợ Phố Hiến',
        foundOn: admittedOn,
        foundBy: 'Công an phường Phố Hiến',
        intakeRecordNo: 'BB-2026-018',
      },
      confirmNotDuplicate: true,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return { id: ((await res.json()) as { id: string }).id, name };
}

test('the social worker completes an overdue emergency dossier; a nurse only reads it', async ({
  page,
  browser,
  request,
}) => {
  const { id, name } = await overdueIntake(request);
  await signInAs(page, 'social', `/residents/${id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  const card = page.getByRole('region', { name: 'Hồ sơ tiếp nhận' });
  await expect(card.getByText('Tiếp nhận khẩn cấp, ngày')).toBeVisible();
  await expect(card.getByText('Chưa có quyết định')).toBeVisible();
  const alert = card.getByRole('alert');
  await expect(alert).toContainText('Đã quá hạn');
  await expect(alert).toContainText('Hạn hoàn thiện hồ sơ (10 ngày làm việc');
  await expect(
    card.getByRole('listitem').filter({ hasText: 'Quyết định tiếp nhận' }),
  ).toContainText('Còn thiếu');
  await expect(
    card.getByRole('listitem').filter({ hasText: 'Biên bản tiếp nhận khẩn cấp' }),
  ).toContainText('Đã có');
  await expectAccessible(page, 'the admission dossier card');
  await snap(page, 'admission-papers-card');

  await card.getByRole('button', { name: 'Cập nhật hồ sơ' }).click();
  const form = card.getByRole('form', { name: 'Cập nhật hồ sơ tiếp nhận' });
  const papers = form.getByRole('group', { name: 'Đã có' });
  // Every paper that has come, the decision among them.
  for (const box of await papers.getByRole('checkbox').all()) {
    if ((await box.isEnabled()) && !(await box.isChecked())) await box.check();
  }

  // The decision ticked without its number and date: the API's error shows by the papers.
  const refused = page.waitForResponse(
    (r) => r.url().endsWith(`/residents/${id}/admission`) && r.request().method() === 'PATCH',
  );
  await form.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  expect((await refused).status()).toBe(400);
  await expect(
    form.getByText('Có quyết định tiếp nhận thì ghi số và ngày của quyết định'),
  ).toBeVisible();

  await form.getByRole('textbox', { name: 'Số quyết định tiếp nhận' }).fill('58/QĐ-TTBTXH');
  const decided = daysAgo(2);
  await form
    .getByRole('textbox', { name: 'Ngày quyết định' })
    .fill(decided.split('-').reverse().join('/'));
  await expectAccessible(page, 'the admission dossier form');
  await snap(page, 'admission-papers-form');
  const saved = page.waitForResponse(
    (r) => r.url().endsWith(`/residents/${id}/admission`) && r.request().method() === 'PATCH',
  );
  await form.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  expect((await saved).status()).toBe(200);

  await expect(form).toHaveCount(0);
  await expect(
    card.getByText(`Số 58/QĐ-TTBTXH, ngày ${decided.split('-').reverse().join('/')}`),
  ).toBeVisible();
  await expect(card.getByText('Hồ sơ đã đủ giấy tờ.')).toBeVisible();
  await expect(card.getByRole('alert')).toHaveCount(0);
  await expect(card.getByText('Còn thiếu')).toHaveCount(0);
  await snap(page, 'admission-papers-complete');

  // A nurse reads the same card, with no way to change it.
  const nurse = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await signInAs(nurse, 'nurse', `/residents/${id}`);
  const nurseCard = nurse.getByRole('region', { name: 'Hồ sơ tiếp nhận' });
  await expect(nurseCard.getByText('Số 58/QĐ-TTBTXH')).toBeVisible();
  await expect(nurseCard.getByRole('button', { name: 'Cập nhật hồ sơ' })).toHaveCount(0);
  await nurse.close();
});

test('a stale version: the typed input stays and the conflict notice shows', async ({
  page,
  request,
}) => {
  const { id } = await overdueIntake(request);
  await signInAs(page, 'social', `/residents/${id}`);
  const card = page.getByRole('region', { name: 'Hồ sơ tiếp nhận' });
  await card.getByRole('button', { name: 'Cập nhật hồ sơ' }).click();
  const form = card.getByRole('form', { name: 'Cập nhật hồ sơ tiếp nhận' });
  await form.getByRole('textbox', { name: 'Số quyết định tiếp nhận' }).fill('60/QĐ-TTBTXH');

  // Meanwhile the director records a paper: the version the form started from is stale.
  const admin = bearer(await tokenOf(request, 'admin'));
  const current = (await (
    await request.get(`/api/v1/residents/${id}`, { headers: admin })
  ).json()) as {
    admission: { version: number; dossier: { present: string[] } };
  };
  const res = await request.patch(`/api/v1/residents/${id}/admission`, {
    headers: { ...admin, 'If-Match': `"${String(current.admission.version)}"` },
    data: { dossierPresent: [...current.admission.dossier.present, 'birth_certificate'] },
  });
  expect(res.status(), await res.text()).toBe(200);

  await form.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(form.getByRole('alert')).toContainText('Tải lại');
  await expect(form.getByRole('textbox', { name: 'Số quyết định tiếp nhận' })).toHaveValue(
    '60/QĐ-TTBTXH',
  );
  // The notice shows the admission as it is now (the director's paper); reload continues from it.
  await expect(form.getByRole('alert')).toContainText('Giấy khai sinh');
  await expectAccessible(page, 'the admission dossier form with the conflict notice');
  await snap(page, 'admission-papers-conflict');
  await form.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();
  await expect(form.getByRole('checkbox', { name: 'Giấy khai sinh' })).toBeChecked();
  await form.getByRole('textbox', { name: 'Số quyết định tiếp nhận' }).fill('60/QĐ-TTBTXH');
  const saved = page.waitForResponse(
    (r) => r.url().endsWith(`/residents/${id}/admission`) && r.request().method() === 'PATCH',
  );
  await form.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  expect((await saved).status()).toBe(200);
  await expect(card.getByText('Số 60/QĐ-TTBTXH, ngày —')).toBeVisible();
});
