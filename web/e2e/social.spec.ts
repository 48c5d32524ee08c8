import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, snap } from './support/checks';
import { bearer, docScreens, signInAs, tokenOf } from './support/staff-session';

/** The social worker's desk. */
test.use({ viewport: { width: 1280, height: 800 } });

interface Coded {
  code: string;
  vi: string;
}
interface SchoolingReference {
  terms: Coded[];
  scales: { code: string; ratings: Record<string, Coded[]> }[];
  promotion: { reasons: Coded[] };
}

const GIVEN = ['Khôi', 'Lộc', 'Nhân', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Vinh'];
const pick = (list: string[]) => list[Math.floor(Math.random() * list.length)] ?? 'An';

/** Picks an option of a Mantine Select by its label. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('the social worker records a whole-year result on the secondary scale and sees the promotion, then works through the other tabs', async ({
  page,
  request,
}) => {
  const social = await tokenOf(request, 'social');
  // A boy of 12 at lower secondary school, admitted before the school year; a year that is over,
  // so that its whole-year result may be recorded.
  const born = new Date();
  born.setUTCFullYear(born.getUTCFullYear() - 12, born.getUTCMonth() - 2);
  const fullName = `Hà ${pick(['Văn', 'Minh', 'Đức'])} ${pick(GIVEN)} ${pick(GIVEN)}`;
  const admitted = await request.post('/api/v1/residents', {
    headers: bearer(social),
    data: {
      type: 'regular',
      fullName,
      dateOfBirth: born.toISOString().slice(0, 10),
      sex: 'male',
      ethnicityCode: '01',
      categories: ['k1_child_orphan'],
      admittedOn: '2025-08-03',
      decisionNo: '88/QĐ-TTBTXH',
      decisionDate: '2025-08-03',
      confirmNotDuplicate: true,
    },
  });
  expect(admitted.status(), await admitted.text()).toBe(201);
  const resident = (await admitted.json()) as { id: string; code: string };
  const enrolled = await request.post(`/api/v1/residents/${resident.id}/enrollments`, {
    headers: bearer(social),
    data: {
      schoolYear: '2025-2026',
      level: 'lower_secondary',
      grade: 7,
      schoolName: 'Trường THCS Hiến Nam',
      className: '7A2',
      boardingType: 'day',
    },
  });
  expect(enrolled.status(), await enrolled.text()).toBe(201);
  const reference = (await (
    await request.get('/api/v1/reference/schooling', { headers: bearer(social) })
  ).json()) as SchoolingReference;
  const label = (list: Coded[] | undefined, code: string) =>
    list?.find((c) => c.code === code)?.vi ?? code;
  const secondary = reference.scales.find((s) => s.code === 'tt22_2021')?.ratings;

  await signInAs(page, 'social', `/residents/${resident.id}`);
  await expect(page.getByRole('heading', { level: 1, name: fullName })).toBeVisible();
  await expect(page.getByText(`Mã đối tượng ${resident.code}`)).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Hồ sơ' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Trẻ em mồ côi')).toBeVisible();
  await expectAccessible(page, "the resident's profile");
  await snap(page, 'resident-profile');

  // Schooling: the year's enrolment, no result yet.
  await page.getByRole('tab', { name: 'Học tập' }).click();
  await expect(page).toHaveURL(/\?tab=schooling$/);
  const year = page.getByRole('region', { name: /Năm học 2025-2026 .* lớp 7/ });
  await expect(year).toBeVisible();
  await expect(year.getByText('Chưa có kết quả học kỳ nào.')).toBeVisible();
  await expectAccessible(page, 'the schooling tab');

  // The whole-year result, on the secondary scale of TT 22/2021.
  await year.getByRole('button', { name: 'Ghi kết quả học kỳ' }).click();
  await expect(year.getByText('Kết quả theo thang trung học (Thông tư 22/2021)')).toBeVisible();
  await choose(page, 'Học kỳ', label(reference.terms, 'year'));
  await choose(page, 'Kết quả học tập', label(secondary?.learningRating, 'fair'));
  await choose(page, 'Kết quả rèn luyện', label(secondary?.conductRating, 'good'));
  await page.getByRole('textbox', { name: 'Số ngày nghỉ' }).fill('3');
  await expectAccessible(page, 'the term result form');
  await snap(page, 'resident-result-form');
  await year.getByRole('button', { name: 'Lưu kết quả' }).click();

  const row = year.getByRole('row').filter({ hasText: label(reference.terms, 'year') });
  await expect(row.getByText('Được lên lớp')).toBeVisible();
  await expect(row.getByText(label(reference.promotion.reasons, 'ratings_passed'))).toBeVisible();
  await expect(row).toContainText(
    `Học tập: ${label(secondary?.learningRating, 'fair')}; rèn luyện: ${label(secondary?.conductRating, 'good')}`,
  );
  await expectAccessible(page, 'the schooling tab with the promotion');
  await snap(page, 'resident-promotion');
  await docScreens(page, 'resident');

  // The same result again: the API refuses (409, the term has one), in the user's language.
  await year.getByRole('button', { name: 'Ghi kết quả học kỳ' }).click();
  await choose(page, 'Học kỳ', label(reference.terms, 'HK1'));
  await year.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(
    year.getByRole('combobox', { name: 'Kết quả học tập', exact: true }),
  ).toHaveAttribute('aria-invalid', 'true');
  await year.getByRole('button', { name: 'Hủy' }).click();

  // Case plan: the admission opened the case; no plan before an assessment.
  await page.getByRole('tab', { name: 'Kế hoạch can thiệp' }).click();
  await expect(page.getByText('Chưa có kế hoạch can thiệp.')).toBeVisible();
  await page.getByRole('button', { name: 'Lập kế hoạch can thiệp' }).click();
  await page
    .getByRole('textbox', { name: 'Mục tiêu', exact: true })
    .fill('Đi học đều, không nghỉ quá 2 buổi/tháng');
  await expectAccessible(page, 'the case plan form');
  await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  // Step 1 comes first: the API's answer (409, no assessment yet) is shown, nothing is saved.
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'the case plan form with the refusal');
  await snap(page, 'resident-plan-refused');

  // Counselling: record a session, see it listed.
  await page.getByRole('tab', { name: 'Tham vấn' }).click();
  await expect(page.getByText('Chưa có buổi tham vấn nào.')).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Nội dung chính' })
    .fill('Em kể về lớp mới, đã có bạn thân.');
  await page.getByRole('button', { name: 'Lưu buổi tham vấn' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Em kể về lớp mới' })).toContainText(
    'Cá nhân · 45 phút',
  );
  await expectAccessible(page, 'the counselling tab');

  await page.getByRole('tab', { name: 'Chuyển gửi' }).click();
  await expect(page.getByText('Chưa chuyển gửi lần nào.')).toBeVisible();
  await expectAccessible(page, 'the referrals tab');

  await page.getByRole('tab', { name: 'Rời trung tâm' }).click();
  await expect(page.getByText('Tình trạng hiện nay: Đang được chăm sóc.')).toBeVisible();
  await expectAccessible(page, 'the discharge tab');
  await snap(page, 'resident-discharge');
});
