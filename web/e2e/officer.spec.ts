import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAccessible, snap } from './support/checks';
import { bearer, docScreens, monthsAgo, sha256, signInAs, tokenOf } from './support/staff-session';

/** The department's officer reads at a desk. */
test.use({ viewport: { width: 1280, height: 800 } });

interface ReportBody {
  id: string;
  reportVersion: number;
  status: string;
  sha256: string;
}

/** A month of its own, so this journey does not depend on the admin's. */
const MONTH = monthsAgo(2);
const [YEAR, MM] = MONTH.split('-');

test('the officer sees the province summary of a month and downloads a finalised report, byte for byte', async ({
  page,
  request,
}) => {
  // The centre's director generates and finalises the month's report (through the API).
  const admin = await tokenOf(request, 'admin');
  const existing = await request.get(`/api/v1/reports?period=${MONTH}`, { headers: bearer(admin) });
  const already = ((await existing.json()) as { items: ReportBody[] }).items.length > 0;
  const made = await request.post('/api/v1/reports/monthly', {
    headers: bearer(admin),
    data: { month: MONTH, ...(already ? { reason: 'Lập lại cho kiểm thử của Sở' } : {}) },
  });
  expect(made.status(), await made.text()).toBe(201);
  const report = (await made.json()) as ReportBody;
  const final = await request.post(`/api/v1/reports/${report.id}/finalise`, {
    headers: bearer(admin),
  });
  expect(final.status(), await final.text()).toBe(200);
  // Finalising numbers the report and renders it again with its number: that PDF is the archive.
  const archived = (await final.json()) as ReportBody;
  expect(archived.sha256).not.toBe(report.sha256);

  await signInAs(page, 'officer');
  await expect(page).toHaveURL(/\/province$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Số liệu toàn tỉnh' })).toBeVisible();
  // The month from the picker, months named in Vietnamese (last month is shown first).
  const picker = page.getByRole('button', { name: 'Tháng', exact: true });
  const [lastYear, lastMm] = monthsAgo(1).split('-');
  await expect(picker).toHaveText(`tháng ${String(Number(lastMm))} năm ${lastYear ?? ''}`);
  await picker.click();
  if (YEAR !== lastYear) await page.getByRole('button', { name: 'Năm trước' }).click();
  await page.getByRole('button', { name: `tháng ${String(Number(MM))}`, exact: true }).click();
  await expect(picker).toHaveText(`tháng ${String(Number(MM))} năm ${YEAR ?? ''}`);
  const table = page.getByRole('table', {
    name: `Số đối tượng tháng ${MM ?? ''}/${YEAR ?? ''} theo từng trung tâm`,
  });
  await expect(table).toBeVisible();
  const centre = table.getByRole('row').filter({
    hasText: `báo cáo phiên bản ${String(report.reportVersion)}`,
  });
  await expect(centre).toHaveCount(1);
  await expect(
    table.getByRole('rowheader', { name: /Toàn tỉnh \(1\/\d+ trung tâm đã báo cáo\)/ }),
  ).toBeVisible();
  await expectAccessible(page, "the officer's province screen");
  await snap(page, 'province-summary');
  await docScreens(page, 'province');

  // The archive: the final report, downloaded exactly as archived.
  const item = page.getByRole('listitem').filter({
    hasText: `Tháng ${MM ?? ''}/${YEAR ?? ''} · phiên bản ${String(report.reportVersion)}`,
  });
  await expect(item.getByText('Đã chốt', { exact: true })).toBeVisible();
  await expect(item.getByRole('button', { name: 'Chốt báo cáo' })).toHaveCount(0);
  const downloading = page.waitForEvent('download');
  await item.getByRole('button', { name: 'Tải PDF' }).click();
  const bytes = readFileSync(await (await downloading).path());
  expect(sha256(bytes)).toBe(archived.sha256);
});

test('the officer is offered no admin screen, sees none by address, and the API refuses the admin work', async ({
  page,
  request,
}) => {
  await signInAs(page, 'officer');
  const nav = page.getByRole('navigation', { name: 'Các màn hình' });
  await expect(nav.getByRole('link')).toHaveText(['Toàn tỉnh']);

  for (const path of ['/reports', '/import', '/dashboard']) {
    await page.goto(path);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Màn hình này không dành cho vai trò của bạn' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lập và lưu trữ báo cáo' })).toHaveCount(0);
  }
  await expectAccessible(page, 'a screen not for the officer');
  await snap(page, 'officer-forbidden');

  const officer = await tokenOf(request, 'officer');
  const generate = await request.post('/api/v1/reports/monthly', {
    headers: bearer(officer),
    data: { month: monthsAgo(1) },
  });
  expect(generate.status()).toBe(403);
  const upload = await request.post('/api/v1/residents/import?dryRun=true', {
    headers: bearer(officer),
    multipart: { file: { name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from('x\n') } },
  });
  expect(upload.status()).toBe(403);
  const register = await request.get('/api/v1/residents', { headers: bearer(officer) });
  expect(register.status()).toBe(403);
});
