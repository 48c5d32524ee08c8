import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAccessible, snap } from './support/checks';
import {
  bearer,
  docScreens,
  monthsAgo,
  sha256,
  signInAs,
  todayVn,
  tokenOf,
} from './support/staff-session';

/** The director works at a desk. */
test.use({ viewport: { width: 1280, height: 800 } });

interface ReportBody {
  id: string;
  period: string;
  reportVersion: number;
  status: string;
  sha256: string;
}

const MONTH = monthsAgo(1);
const [YEAR, MM] = MONTH.split('-');

/** The report card of one version in the archive list. */
const card = (page: Page, version: number) =>
  page
    .getByRole('listitem')
    .filter({ hasText: `Tháng ${MM ?? ''}/${YEAR ?? ''} · phiên bản ${String(version)}` });

test("the admin sees last month's final report, regenerates it with a reason, previews, finalises and downloads the archived PDF", async ({
  page,
  request,
}) => {
  // A blob: frame refused by the page's CSP would be logged here.
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });

  await signInAs(page, 'admin');
  await page.getByRole('navigation').getByRole('link', { name: 'Báo cáo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Báo cáo định kỳ' })).toBeVisible();
  // The month picker (Mantine, dayjs's Vietnamese locale): last month, months named in Vietnamese.
  const picker = page.getByRole('button', { name: 'Tháng báo cáo' });
  await expect(picker).toHaveText(`tháng ${String(Number(MM))} năm ${YEAR ?? ''}`);
  await expectAccessible(page, 'the reports screen');
  await picker.click();
  await expect(page.getByRole('button', { name: 'tháng 1', exact: true })).toBeVisible();
  await expectAccessible(page, 'the month picker');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'tháng 1', exact: true })).toHaveCount(0);

  // The demo centre finalised last month's report (version 1) before this morning: it is listed.
  await expect(card(page, 1).getByText('Đã chốt', { exact: true })).toBeVisible();

  // Generated again without a reason: the API's field error next to the reason.
  await page.getByRole('button', { name: 'Lập và lưu trữ báo cáo' }).click();
  const reason = page.getByLabel('Lý do lập lại');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByText(/Kỳ này đã có báo cáo \(phiên bản 1\); cần lý do lập lại/),
  ).toBeVisible();
  await expectAccessible(page, 'the report form with the reason error');
  await snap(page, 'reports-reason-error');

  // With the reason: version 2 is archived as a draft and shown in the page.
  await reason.fill('Bổ sung hồ sơ tiếp nhận nhập muộn');
  await page.getByRole('button', { name: 'Lập và lưu trữ báo cáo' }).click();
  await expect(card(page, 2)).toBeVisible();
  await expect(card(page, 2).getByText('Bản nháp')).toBeVisible();
  await expect(
    card(page, 2).getByText('Lý do lập lại: Bổ sung hồ sơ tiếp nhận nhập muộn'),
  ).toBeVisible();
  const preview = page.getByRole('region', { name: /Xem trước/ });
  await expect(preview).toBeVisible();
  const frame = preview.locator('iframe');
  await expect(frame).toHaveAttribute('src', /^blob:/);
  await expect(frame).toHaveAttribute('title', /Tệp PDF của báo cáo Tháng/);
  // The frame holds the PDF (the browser's viewer), not an error page.
  const inner = await (await frame.elementHandle()).contentFrame();
  await expect.poll(() => inner?.url()).toMatch(/^blob:/);
  await expectAccessible(page, 'the reports screen with the preview');
  await snap(page, 'reports-preview');
  await docScreens(page, 'reports');

  // Finalise version 2 (the latest), after the confirmation.
  await card(page, 2).getByRole('button', { name: 'Chốt báo cáo' }).click();
  await expect(card(page, 2).getByText('Chốt báo cáo này?')).toBeVisible();
  await expectAccessible(page, 'the finalise confirmation');
  await card(page, 2).getByRole('button', { name: 'Chốt', exact: true }).click();
  await expect(card(page, 2).getByText('Đã chốt', { exact: true })).toBeVisible();
  await expect(card(page, 2).getByRole('button', { name: 'Chốt báo cáo' })).toHaveCount(0);

  // Download: the bytes are the archived ones (the record's SHA-256 and the answer's header).
  const downloading = page.waitForEvent('download');
  await card(page, 2).getByRole('button', { name: 'Tải PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`bao-cao-${MONTH}-v2.pdf`);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

  const token = await tokenOf(request, 'admin');
  const list = await request.get(`/api/v1/reports?period=${MONTH}`, { headers: bearer(token) });
  const records = ((await list.json()) as { items: ReportBody[] }).items;
  const v2 = records.find((r) => r.reportVersion === 2);
  expect(v2?.status).toBe('final');
  expect(sha256(bytes)).toBe(v2?.sha256);
  const pdf = await request.get(`/api/v1/reports/${v2?.id ?? ''}/pdf`, { headers: bearer(token) });
  expect(pdf.headers()['x-content-sha256']).toBe(sha256(bytes));

  await snap(page, 'reports-final');
  expect(refused).toEqual([]);
});

const HEADER =
  'Họ và tên,Hình thức tiếp nhận,Ngày tiếp nhận,Ngày sinh,Giới tính,Mã dân tộc,Diện đối tượng,Số CCCD,Số quyết định tiếp nhận,Ngày quyết định,Phòng';
const GIVEN = ['Khải', 'Luân', 'Mẫn', 'Nghị', 'Phong', 'Quyết', 'Sáng', 'Thạc', 'Uy', 'Vỹ'];
const FAMILY = ['Đinh', 'Hứa', 'Kha', 'Lạc', 'Mạc', 'Ninh', 'Ông', 'Tạ', 'Văn', 'Yên'];

/** A name no demo resident has, so the duplicate check does not stop the row. */
function freshName(): string {
  const pick = (list: string[]) => list[Math.floor(Math.random() * list.length)] ?? 'An';
  return `${pick(FAMILY)} ${pick(['Đức', 'Hữu', 'Minh', 'Thế'])} ${pick(GIVEN)}`;
}

function registerCsv(...rows: string[]): Buffer {
  return csvOf(HEADER, rows);
}

function csvOf(header: string, rows: string[]): Buffer {
  return Buffer.from(`\uFEFF${[header, ...rows].join('\n')}\n`, 'utf8');
}

test('the admin imports a register: a file with one bad row imports nothing and names the row; a good file is imported', async ({
  page,
  request,
}) => {
  const today = todayVn();
  const good = freshName();
  const other = `${freshName()} Bé`;
  const token = await tokenOf(request, 'admin');
  const count = async (name: string) => {
    const res = await request.get(`/api/v1/residents?q=${encodeURIComponent(name)}`, {
      headers: bearer(token),
    });
    return ((await res.json()) as { items: unknown[] }).items.length;
  };

  await signInAs(page, 'admin');
  await page.getByRole('navigation').getByRole('link', { name: 'Nhập sổ' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Nhập sổ theo dõi đối tượng' }),
  ).toBeVisible();
  await expectAccessible(page, 'the import screen');
  await docScreens(page, 'import');

  // Row 2 is fine, row 3 names a category that does not exist.
  const file = page.locator('input[type="file"]');
  await file.setInputFiles({
    name: 'so-cu.csv',
    mimeType: 'text/csv',
    buffer: registerCsv(
      `${good},regular,${today},2014-03-12,nam,01,k1_child_orphan,,12/QĐ,${today},`,
      `${other},regular,${today},2013-05-02,nữ,01,k1_khong_co,,13/QĐ,${today},`,
    ),
  });
  await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'chưa nhập dòng nào' });
  await expect(alert).toBeVisible();
  const errors = alert.getByRole('table');
  await expect(errors.getByRole('row').nth(1).getByRole('cell').nth(0)).toHaveText('3');
  await expect(errors.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText(
    'Diện đối tượng',
  );
  await expect(page.getByRole('button', { name: /^Nhập .* vào sổ$/ })).toHaveCount(0);
  expect(await count(good)).toBe(0);
  await expectAccessible(page, 'the import screen with the per-row errors');
  await snap(page, 'import-row-errors');
  await docScreens(page, 'import-errors');

  // The corrected file: the dry run says who would be imported, then the import. Its row 3 is
  // a person who has died (the register's "Trạng thái"): listed as not imported, with why.
  const gone = `${freshName()} Cũ`;
  await file.setInputFiles({
    name: 'so-cu-da-sua.csv',
    mimeType: 'text/csv',
    buffer: csvOf(`${HEADER},Trạng thái`, [
      `${good},regular,${today},2014-03-12,nam,01,k1_child_orphan,,12/QĐ,${today},,`,
      `${gone},regular,${today},2012-01-09,nữ,01,k1_child_orphan,,14/QĐ,${today},,deceased`,
    ]),
  });
  await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tệp hợp lệ' })).toContainText(
    `Dòng 2: ${good}`,
  );
  const skipped = page.getByRole('list', { name: 'Các dòng không nhập và lý do' });
  await expect(skipped.getByRole('listitem')).toHaveText([`Dòng 3: ${gone}. Lý do: đã mất`]);
  await expect(page.getByText('1 dòng là người không còn ở trung tâm')).toBeVisible();
  await snap(page, 'import-checked-skipped');
  expect(await count(good)).toBe(0);
  await expectAccessible(page, 'the import screen after a clean dry run');
  await page.getByRole('button', { name: 'Nhập 1 người vào sổ' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Đã nhập xong' });
  await expect(done).toContainText('Đã nhập 1 người vào sổ.');
  await expect(done.getByRole('link', { name: new RegExp(good) })).toBeVisible();
  expect(await count(good)).toBe(1);
  expect(await count(gone)).toBe(0);
  await expect(skipped.getByRole('listitem')).toHaveText([`Dòng 3: ${gone}. Lý do: đã mất`]);
  await expectAccessible(page, 'the import screen after the import');
  await snap(page, 'import-done');
});
