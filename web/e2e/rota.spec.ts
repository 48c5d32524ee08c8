import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible, snap } from './support/checks';
import { bearer, docScreens, signInAs, todayVn, tokenOf } from './support/staff-session';

/**
 * Staffing: the admin sets a week's rota on a tablet (a cell's people and rooms, the API's 422
 * kept with what was typed and shown on its row, saved, copied to the next week, a 412 when
 * someone else saved first); the staffing view shows the demo's short shift (tonight, one carer
 * short) in words; the caretaker's My rooms lists the rooms of her shift on the rota, and one
 * with no shift today is told so.
 */

const PASSWORD = 'quyen-sach-xanh-47';
const TABLET = { width: 1024, height: 768 };
const PHONE = { width: 360, height: 740 };
const dmy = (iso: string) => iso.split('-').reverse().join('/');

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const dayLabel = (iso: string) =>
  `${WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()] ?? ''} ${dmy(iso)}`;

interface Rota {
  weekStart: string;
  version: number;
  assignments: { userId: string; date: string; shift: string; roomIds: string[]; cover: boolean }[];
}
interface Room {
  id: string;
  code: string;
  name: string;
  active: boolean;
}

async function rotaOf(request: APIRequestContext, token: string, week?: string): Promise<Rota> {
  const res = await request.get('/api/v1/staff-assignments', {
    headers: bearer(token),
    params: week ? { week } : {},
  });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as Rota;
}

async function roomsOf(request: APIRequestContext, token: string): Promise<Room[]> {
  const res = await request.get('/api/v1/facilities/current/rooms', { headers: bearer(token) });
  expect(res.status()).toBe(200);
  return (await res.json()) as Room[];
}

async function pickOption(page: Page, label: string, option: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: label }).last().click();
  await page.getByRole('option', { name: option, exact: true }).click();
  // A multi-select stays open for the next choice: a click beside it closes it.
  await dialog.getByRole('heading').first().click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

test('the admin sets a week, meets the API refusal with her input kept, saves, copies it on, and is told of a 412', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000); // a long journey with six accessibility scans
  await page.setViewportSize(TABLET);
  const admin = await tokenOf(request, 'admin');
  const rooms = (await roomsOf(request, admin)).filter((r) => r.active);
  const room = rooms[0];
  if (!room) throw new Error('the demo has rooms');
  const thisWeek = (await rotaOf(request, admin)).weekStart;
  // Two weeks on: the demo's rota reaches tomorrow at most, so this week is empty.
  const week = addDays(thisWeek, 14);
  expect((await rotaOf(request, admin, week)).version).toBe(0);

  await signInAs(page, 'admin', '/rota');
  await expect(page.getByRole('heading', { name: 'Lịch phân ca', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: /Lịch phân ca tuần/ })).toBeVisible();
  await expectAccessible(page, 'the rota of this week');
  await snap(page, 'rota-week-tablet');
  await docScreens(page, 'rota');

  await page.getByRole('button', { name: /Tuần sau/ }).click();
  await page.getByRole('button', { name: /Tuần sau/ }).click();
  await expect(page.getByText(`Tuần ${dmy(week)} – ${dmy(addDays(week, 6))}`)).toBeVisible();
  await expect(page.getByText('Tuần này chưa có lịch phân ca.')).toBeVisible();

  // Monday morning: the demo carer without a room (the API wants one for a caretaker).
  await page.getByRole('button', { name: `Sửa Ca sáng, ${dayLabel(week)}` }).click();
  const dialog = page.getByRole('dialog', { name: `Ca sáng — ${dayLabel(week)}` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Thêm người' }).click();
  await pickOption(page, 'Nhân viên', 'Nguyễn Thị Hồng (Nhân viên chăm sóc)');
  await expectAccessible(page, 'the editor of a shift');
  await dialog.getByRole('button', { name: 'Xong' }).click();
  await expect(page.getByText('Có thay đổi chưa lưu.', { exact: false })).toBeVisible();
  // The week's buttons wait until the change is saved or discarded.
  await expect(page.getByRole('button', { name: /Tuần trước/ })).toBeDisabled();

  const refused = page.waitForResponse(
    (r) => r.url().includes('/staff-assignments') && r.request().method() === 'PUT',
  );
  await page.getByRole('button', { name: 'Lưu lịch tuần' }).click();
  expect((await refused).status()).toBe(400);
  await expect(
    page.getByRole('alert').filter({ hasText: 'Lịch tuần chưa được lưu' }),
  ).toBeVisible();
  await expect(page.getByText('Ô này có lỗi: mở để sửa')).toBeVisible();
  await expectAccessible(page, 'the rota refused by the API');
  await snap(page, 'rota-refused-tablet');

  // Open the cell: the person typed is still there, the API's message sits by the rooms.
  await page.getByRole('button', { name: `Sửa Ca sáng, ${dayLabel(week)}` }).click();
  await expect(dialog.getByText('Nhân viên chăm sóc cần ít nhất một phòng')).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Nhân viên' })).toHaveValue(
    'Nguyễn Thị Hồng (Nhân viên chăm sóc)',
  );
  await pickOption(page, 'Phòng phụ trách', `${room.code} · ${room.name}`);
  await dialog.getByRole('button', { name: 'Xong' }).click();
  await page.getByRole('button', { name: 'Lưu lịch tuần' }).click();
  await expect(
    page.getByText(`Đã lưu lịch phân ca tuần ${dmy(week)} – ${dmy(addDays(week, 6))}.`),
  ).toBeVisible();
  await expect(page.getByText('Ô này có lỗi: mở để sửa')).toHaveCount(0);
  await expectAccessible(page, 'the rota saved');

  const saved = await rotaOf(request, admin, week);
  expect(saved.version).toBe(1);
  expect(saved.assignments).toEqual([
    expect.objectContaining({ date: week, shift: 'morning', roomIds: [room.id], cover: false }),
  ]);

  // The week after: copied from this one, then saved.
  await page.getByRole('button', { name: /Tuần sau/ }).click();
  await page.getByRole('button', { name: 'Chép lịch tuần trước' }).click();
  await expect(
    page.getByText('Đã chép 1 phân công từ tuần trước.', { exact: false }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Lưu lịch tuần' }).click();
  await expect(page.getByText(/^Đã lưu lịch phân ca tuần/)).toBeVisible();
  const copied = await rotaOf(request, admin, addDays(week, 7));
  expect(copied.assignments).toEqual([
    expect.objectContaining({ date: addDays(week, 7), shift: 'morning', roomIds: [room.id] }),
  ]);

  // Someone else saves that week meanwhile: the admin's change is not written over.
  const other = await request.put('/api/v1/staff-assignments', {
    headers: { ...bearer(admin), 'If-Match': `"${String(copied.version)}"` },
    params: { week: addDays(week, 7) },
    data: { assignments: [] },
  });
  expect(other.status(), await other.text()).toBe(200);
  await page.getByRole('button', { name: `Sửa Ca chiều, ${dayLabel(addDays(week, 8))}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Thêm người' }).click();
  await pickOption(page, 'Nhân viên', 'Nguyễn Thị Hồng (Nhân viên chăm sóc)');
  await pickOption(page, 'Phòng phụ trách', `${room.code} · ${room.name}`);
  await page.getByRole('dialog').getByRole('button', { name: 'Xong' }).click();
  await page.getByRole('button', { name: 'Lưu lịch tuần' }).click();
  await expect(page.getByText('Người khác đã thay đổi bản ghi này')).toBeVisible();
  await expect(page.getByText('Có thay đổi chưa lưu.', { exact: false })).toBeVisible();
  await expect(page.getByRole('table').getByText('Nguyễn Thị Hồng')).toHaveCount(2);
  await expectAccessible(page, 'the rota after a 412');
  await snap(page, 'rota-conflict-tablet');
  // Reloaded: the week as the other person saved it (empty), nothing of the draft left.
  await page.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();
  await expect(page.getByText('Người khác đã thay đổi bản ghi này')).toHaveCount(0);
  await expect(page.getByRole('table').getByText('Nguyễn Thị Hồng')).toHaveCount(0);
  await expect(page.getByText('Có thay đổi chưa lưu.', { exact: false })).toHaveCount(0);

  // On a phone the week is a list of days, each cell with its own button.
  await page.setViewportSize(PHONE);
  await page.getByRole('button', { name: /Tuần trước/ }).click();
  await expect(page.getByRole('region', { name: dayLabel(week) })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectAccessible(page, 'the rota on a phone');
  await snap(page, 'rota-week-phone');
  // A shift's editor fills the phone's screen.
  await page.getByRole('button', { name: `Sửa Ca sáng, ${dayLabel(week)}` }).click();
  await expect(page.getByRole('dialog').getByRole('combobox', { name: 'Nhân viên' })).toHaveValue(
    'Nguyễn Thị Hồng (Nhân viên chăm sóc)',
  );
  await expectAccessible(page, 'the editor of a shift on a phone');
  await snap(page, 'rota-editor-phone');
});

test('the staffing view shows the demo short shift in words, with the ratios of TT 33/2017', async ({
  page,
  request,
}) => {
  await page.setViewportSize(TABLET);
  const admin = await tokenOf(request, 'admin');
  const today = todayVn();
  const res = await request.get('/api/v1/staffing', {
    headers: bearer(admin),
    params: { date: today },
  });
  const day = (await res.json()) as {
    shifts: { shift: string; carers: { required: number; assigned: number; short: boolean } }[];
  };
  const night = day.shifts.find((s) => s.shift === 'night');
  expect(night?.carers.short).toBe(true);

  await signInAs(page, 'admin', '/staffing');
  await expect(page.getByRole('heading', { name: 'Định mức nhân sự', level: 1 })).toBeVisible();
  await expect(
    page.getByText('Định mức theo Thông tư 33/2017/TT-BLĐTBXH', { exact: false }),
  ).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(dayLabel(today)) });
  // Tonight's cell: assigned/required and "Thiếu 1 người" in words.
  const nightCell = row.getByRole('cell').nth(2);
  await expect(nightCell).toContainText(
    `${String(night?.carers.assigned)}/${String(night?.carers.required)}`,
  );
  // The other journeys of a run admit people too: the shortfall is the API's of this moment.
  const words = (c?: { required: number; assigned: number; short: boolean }) =>
    c?.short ? `Thiếu ${String(c.required - c.assigned)} người` : 'Đủ người';
  const shortNight = words(night?.carers);
  await expect(nightCell).toContainText(shortNight);
  await expect(row.getByRole('cell').nth(0)).toContainText(
    words(day.shifts.find((s) => s.shift === 'morning')?.carers),
  );
  await expect(page.getByText(/ca thiếu người chăm sóc/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Đối tượng theo nhóm định mức' })).toBeVisible();
  await expectAccessible(page, 'the staffing view');
  await snap(page, 'staffing-tablet');
  await docScreens(page, 'staffing');

  await page.setViewportSize(PHONE);
  await expect(page.getByText(shortNight).first()).toBeVisible();
  await expectAccessible(page, 'the staffing view on a phone');
  await snap(page, 'staffing-phone');
});

test("the caretaker's My rooms lists the rooms of her shift on the rota; one without a shift is told", async ({
  page,
  request,
}) => {
  const carer = await tokenOf(request, 'carer');
  const rota = await rotaOf(request, carer);
  const today = todayVn();
  const mine = rota.assignments.find((a) => a.date === today && a.shift === 'morning');
  if (!mine) throw new Error('the demo carer works this morning');
  const rooms = await roomsOf(request, carer);
  const own = rooms.filter((r) => mine.roomIds.includes(r.id));
  expect(own.length).toBeGreaterThan(0);

  await signInAs(page, 'carer', '/round');
  const list = page.getByRole('list', { name: `Ca sáng, ngày ${dmy(today)}: phòng của bạn` });
  await expect(list).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(own.length);
  for (const r of own) await expect(list).toContainText(`Phòng ${r.code}`);
  // Her cover: the other rooms come after hers.
  await expect(
    page.getByRole('heading', { name: 'Phòng khác bạn được ghi thay trong ca' }),
  ).toBeVisible();
  await expect(list.getByRole('link').first()).toHaveAttribute(
    'href',
    new RegExp(`shift=morning&date=${today}`),
  );
  await expectAccessible(page, 'My rooms from the rota');
  await snap(page, 'my-rooms-rota-phone');

  // A caretaker with no shift on this week's rota today.
  const admin = await tokenOf(request, 'admin');
  const username = `ct${String(Date.now()).slice(-8)}`;
  const created = await request.post('/api/v1/users', {
    headers: bearer(admin),
    data: { username, fullName: 'Hà Thị Nghỉ', role: 'caretaker', password: PASSWORD },
  });
  expect(created.status(), await created.text()).toBe(201);
  // Sign out (in the menu on a phone), then the new caretaker signs in.
  await page.getByRole('button', { name: 'Mở hoặc đóng menu' }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: false }).first().fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Ca chăm sóc hôm nay' })).toBeVisible();
  await expect(
    page.getByText('Hôm nay bạn không có ca nào trong lịch phân ca', { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: 'Các phòng' })).toHaveCount(0);
  await expectAccessible(page, 'My rooms without a shift');
  await snap(page, 'my-rooms-none-phone');
});
