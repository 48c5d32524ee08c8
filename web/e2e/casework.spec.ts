import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, snap } from './support/checks';
import { bearer, docScreens, signInAs, todayVn, tokenOf } from './support/staff-session';

/**
 * The social worker's case work on the resident's page, every form through the real API: a
 * referral with the consent it needs, the needs assessment the first plan needs, the plan, the
 * director's approval, a review with the status of each goal, a reintegration step, the
 * director's discharge decision and a follow-up visit after it. Each form first meets the API's
 * field errors, shown next to the fields.
 */
test.use({ viewport: { width: 1280, height: 800 } });

const GIVEN = ['Khôi', 'Lộc', 'Nhân', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Vinh'];
const pick = (list: string[]) => list[Math.floor(Math.random() * list.length)] ?? 'An';
const dmy = (iso: string) => iso.split('-').reverse().join('/');

async function choose(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The field is marked invalid and its error (the API's text) is the field's description. */
async function expectFieldError(field: Locator, message: RegExp): Promise<void> {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(message);
}

test('the social worker refers with consent, assesses, plans; the director approves; the plan is reviewed; the director discharges; a follow-up visit is recorded', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const social = await tokenOf(request, 'social');
  const fullName = `Lò ${pick(['Thị', 'Văn'])} ${pick(GIVEN)} ${pick(GIVEN)}`;
  const admitted = await request.post('/api/v1/residents', {
    headers: bearer(social),
    data: {
      type: 'regular',
      fullName,
      dateOfBirth: '2014-05-02',
      sex: 'female',
      ethnicityCode: '01',
      categories: ['k1_child_orphan'],
      admittedOn: '2026-09-01',
      decisionNo: '91/QĐ-TTBTXH',
      decisionDate: '2026-09-01',
      confirmNotDuplicate: true,
    },
  });
  expect(admitted.status(), await admitted.text()).toBe(201);
  const resident = (await admitted.json()) as { id: string };

  // Referrals: the empty form meets the API's field errors, then a referral with consent.
  await signInAs(page, 'social', `/residents/${resident.id}?tab=referrals`);
  await expect(page.getByText('Chưa chuyển gửi lần nào.')).toBeVisible();
  await page.getByRole('button', { name: 'Chuyển gửi dịch vụ' }).click();
  const referral = page.getByRole('region', { name: 'Chuyển gửi đến dịch vụ khác' });
  await expect(referral.getByRole('textbox', { name: 'Họ tên người đồng ý' })).toBeVisible();
  // Only the director may share without consent: the social worker is not offered it.
  await expect(referral.getByText('Giám đốc quyết định chia sẻ khi chưa có đồng ý')).toHaveCount(0);
  await referral.getByRole('button', { name: 'Lưu chuyển gửi' }).click();
  await expectFieldError(referral.getByRole('textbox', { name: 'Tên nơi nhận' }), /./);
  await expectFieldError(referral.getByRole('textbox', { name: 'Lý do chuyển gửi' }), /./);
  await expectFieldError(referral.getByRole('textbox', { name: 'Họ tên người đồng ý' }), /./);
  await expectAccessible(page, 'the referral form with the API errors');
  await snap(page, 'casework-referral-errors');
  await referral.getByRole('textbox', { name: 'Tên nơi nhận' }).fill('Bệnh viện Tâm thần tỉnh');
  await referral
    .getByRole('textbox', { name: 'Lý do chuyển gửi' })
    .fill('Đánh giá rối loạn giấc ngủ sau sang chấn');
  await referral.getByRole('textbox', { name: 'Họ tên người đồng ý' }).fill('Lò Thị Mai');
  await referral.getByRole('button', { name: 'Lưu chuyển gửi' }).click();
  const line = page.getByRole('listitem').filter({ hasText: 'Bệnh viện Tâm thần tỉnh' });
  await expect(line).toContainText(`Có sự đồng ý của Lò Thị Mai ngày ${dmy(todayVn())}.`);
  await expect(line).toContainText('Đang chờ');
  await expectAccessible(page, 'the referrals tab with a referral');

  // Case plan: a needs assessment first (none assessed: the API's error by the domains).
  await page.getByRole('tab', { name: 'Kế hoạch can thiệp' }).click();
  const assessments = page.getByRole('region', { name: 'Đánh giá nhu cầu' });
  await expect(assessments).toContainText('Chưa có đánh giá nhu cầu nào.');
  await assessments.getByRole('button', { name: 'Ghi đánh giá nhu cầu' }).click();
  await assessments.getByRole('button', { name: 'Lưu đánh giá' }).click();
  await expect(assessments.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'the assessment form with the API error');
  await choose(page, assessments, 'Mức độ nhu cầu: Học tập', 'Cao');
  await choose(page, assessments, 'Mức độ nhu cầu: Tâm lý - xã hội', 'Trung bình');
  await choose(page, assessments, 'Mức độ nguy cơ', 'trung bình');
  await assessments.getByRole('textbox', { name: 'Điểm mạnh' }).fill('Chăm chỉ, thích vẽ');
  await expectAccessible(page, 'the assessment form');
  await snap(page, 'casework-assessment');
  await assessments.getByRole('button', { name: 'Lưu đánh giá' }).click();
  await expect(assessments.getByRole('listitem')).toContainText(
    `${dmy(todayVn())} · Đánh giá toàn diện · nguy cơ trung bình`,
  );

  // The first plan, a draft the social worker cannot approve.
  await page.getByRole('button', { name: 'Lập kế hoạch can thiệp' }).click();
  await page
    .getByRole('textbox', { name: 'Mục tiêu', exact: true })
    .fill('Đi học đều, không nghỉ quá 2 buổi/tháng');
  await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  const plan = page.getByRole('region', { name: /Kế hoạch lần 1/ });
  await expect(plan.getByText('Bản nháp', { exact: true })).toBeVisible();
  await expect(plan.getByText('Bản nháp đang chờ giám đốc duyệt.')).toBeVisible();
  await expect(plan.getByRole('button', { name: 'Duyệt kế hoạch' })).toHaveCount(0);

  // The director approves it, in a browser of their own.
  const director = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const adminPage = await director.newPage();
  await signInAs(adminPage, 'admin', `/residents/${resident.id}?tab=plan`);
  const adminPlan = adminPage.getByRole('region', { name: /Kế hoạch lần 1/ });
  await expectAccessible(adminPage, 'the draft plan with the approval');
  await adminPlan.getByRole('button', { name: 'Duyệt kế hoạch' }).click();
  await expect(adminPlan.getByText('Đã duyệt', { exact: true })).toBeVisible();

  // The social worker reviews the plan in force: the status of its goal.
  await page.reload();
  await expect(plan.getByText('Đã duyệt', { exact: true })).toBeVisible();
  await plan.getByRole('button', { name: 'Ghi rà soát kế hoạch' }).click();
  await page.keyboard.press('Escape');
  await plan.getByRole('textbox', { name: 'Ngày rà soát' }).fill('31/02/2026');
  await plan.getByRole('button', { name: 'Lưu rà soát' }).click();
  await expectFieldError(plan.getByRole('textbox', { name: 'Ngày rà soát' }), /./);
  await plan.getByRole('textbox', { name: 'Ngày rà soát' }).fill(dmy(todayVn()));
  await choose(page, plan, 'Tiến độ G1: Đi học đều, không nghỉ quá 2 buổi/tháng', 'đang thực hiện');
  await plan.getByRole('textbox', { name: 'Ghi chú G1' }).fill('Nghỉ 1 buổi trong tháng');
  await plan.getByRole('textbox', { name: 'Nhận xét chung' }).fill('Tiến bộ rõ, giữ kế hoạch');
  await expectAccessible(page, 'the plan review form');
  await snap(page, 'casework-review');
  await plan.getByRole('button', { name: 'Lưu rà soát' }).click();
  await expect(plan.getByRole('listitem').filter({ hasText: 'Tiến bộ rõ' })).toContainText(
    dmy(todayVn()),
  );
  await expect(plan).toContainText(
    'G1 · Học tập: Đi học đều, không nghỉ quá 2 buổi/tháng (đang thực hiện)',
  );

  // Preparing the discharge: a reintegration step, owned by the social worker.
  await page.getByRole('tab', { name: 'Rời trung tâm' }).click();
  await expect(page.getByText('Quyết định cho rời trung tâm do giám đốc lập.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lập quyết định cho rời trung tâm' })).toHaveCount(
    0,
  );
  await page.getByRole('button', { name: 'Thêm bước tái hòa nhập' }).click();
  const step = page.getByRole('region', { name: /Bước tái hòa nhập mới/ });
  await step.getByRole('button', { name: 'Lưu bước' }).click();
  await expectFieldError(step.getByRole('textbox', { name: 'Nội dung' }), /./);
  await step.getByRole('textbox', { name: 'Nội dung' }).fill('Thăm gia đình chú ruột tại Mường La');
  await step.getByRole('textbox', { name: 'Hạn hoàn thành' }).fill(dmy(todayVn()));
  await expectAccessible(page, 'the reintegration step form');
  await step.getByRole('button', { name: 'Lưu bước' }).click();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Thăm gia đình chú ruột' }),
  ).toBeVisible();

  // The director's discharge decision (first without its number: the API's error by the field).
  await adminPage.getByRole('tab', { name: 'Rời trung tâm' }).click();
  await adminPage.getByRole('button', { name: 'Lập quyết định cho rời trung tâm' }).click();
  const decision = adminPage.getByRole('region', { name: 'Quyết định cho rời trung tâm' });
  await decision.getByRole('textbox', { name: 'Họ tên người, nơi nhận' }).fill('Lò Văn Pảng');
  await decision.getByRole('textbox', { name: 'Quan hệ' }).fill('chú ruột');
  await decision.getByRole('button', { name: 'Lưu quyết định' }).click();
  await expectFieldError(decision.getByRole('textbox', { name: 'Số quyết định' }), /./);
  await expectAccessible(adminPage, 'the discharge form with the API error');
  await snap(adminPage, 'casework-discharge-form');
  await decision.getByRole('textbox', { name: 'Số quyết định' }).fill('58/QĐ-TTBTXH');
  await decision.getByRole('button', { name: 'Lưu quyết định' }).click();
  await expect(adminPage.getByText('Tình trạng hiện nay: Đã rời trung tâm.')).toBeVisible();
  await director.close();

  // Follow-ups: the visits the discharge planned (1, 3 and 6 months); the first is recorded.
  await page.reload();
  await page.getByRole('tab', { name: 'Theo dõi sau khi rời' }).click();
  const followUps = page.getByRole('region', {
    name: /Rời trung tâm ngày .* \(quyết định 58\/QĐ-TTBTXH\)/,
  });
  await expect(followUps.getByRole('listitem')).toHaveCount(3);
  await expectAccessible(page, 'the follow-ups tab');
  const first = followUps.getByRole('listitem').first();
  await first.getByRole('button', { name: 'Ghi kết quả theo dõi' }).click();
  await first.getByRole('textbox', { name: 'Ngày theo dõi' }).fill('40/13/2026');
  await first.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expectFieldError(first.getByRole('textbox', { name: 'Ngày theo dõi' }), /./);
  await first.getByRole('textbox', { name: 'Ngày theo dõi' }).fill(dmy(todayVn()));
  await choose(page, first, 'Hình thức', 'gọi điện');
  await first.getByRole('textbox', { name: 'Hoàn cảnh sống' }).fill('Ở với chú, đi học lại lớp 7');
  await expectAccessible(page, 'the follow-up form');
  await snap(page, 'casework-follow-up');
  await first.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(first).toContainText(`Đã theo dõi ngày ${dmy(todayVn())} (gọi điện)`);
  await expect(first).toContainText('Ở với chú, đi học lại lớp 7');
  await docScreens(page, 'resident-follow-ups');
});
