import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible, snap } from './support/checks';
import { bearer, docScreens, signInAs, tokenOf } from './support/staff-session';

/**
 * The medication round and the prescriptions (issue 22): the nurse on a tablet records a slot
 * (given, refused, held with its reason), a dose someone else recorded meanwhile shows as
 * "already recorded by …" and the rest is saved; an as-needed dose beyond its 24-hour maximum is
 * refused with the service's message; a slot recorded without network waits on the device
 * ("Chưa gửi") and is sent once when the network is back; the caretaker's phone shows a sensitive
 * medicine by its label only; the nurse adds a prescription and stops it. Axe on each screen.
 */

const ZONE = 'Asia/Ho_Chi_Minh';
const localDate = (daysAgo = 0): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(
    new Date(Date.now() - daysAgo * 86_400_000),
  );

type Auth = { Authorization: string };
interface Setup {
  roomId: string;
  roomCode: string;
  ids: Record<'mai' | 'an' | 'hoa' | 'lan', string>;
  admin: Auth;
  nurse: Auth;
}

async function createRoom(request: APIRequestContext): Promise<Setup> {
  const admin = bearer(await tokenOf(request, 'admin'));
  const nurse = bearer(await tokenOf(request, 'nurse'));
  const facility = await request.get('/api/v1/facilities/current', { headers: admin });
  const { capacity, version } = (await facility.json()) as { capacity: number; version: number };
  const raised = await request.patch('/api/v1/facilities/current', {
    headers: { ...admin, 'If-Match': `"${version}"` },
    data: { capacity: capacity + 4 },
  });
  expect(raised.status(), await raised.text()).toBe(200);
  const roomCode = `TH${String(Date.now()).slice(-6)}`;
  const room = await request.post('/api/v1/facilities/current/rooms', {
    headers: admin,
    data: { code: roomCode, name: 'Phòng thử phát thuốc', areaM2: 40, beds: 4 },
  });
  expect(room.status(), await room.text()).toBe(201);
  const roomId = ((await room.json()) as { id: string }).id;
  const admit = async (bed: string, fullName: string): Promise<string> => {
    const res = await request.post('/api/v1/residents', {
      headers: admin,
      data: {
        type: 'regular',
        fullName,
        sex: 'female',
        ethnicityCode: '01',
        dateOfBirth: '2014-03-12',
        categories: ['k1_child_orphan'],
        admittedOn: localDate(10),
        decisionNo: '102/QĐ-TTBTXH',
        decisionDate: localDate(10),
        confirmNotDuplicate: true,
        roomId,
        bed,
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const ids = {
    mai: await admit('1', 'Lường Thị Mai'),
    an: await admit('2', 'Quàng Văn An'),
    hoa: await admit('3', 'Sầm Thị Hoa'),
    lan: await admit('4', 'Lục Thị Lan'),
  };
  return { roomId, roomCode, ids, admin, nurse };
}

async function prescribe(
  request: APIRequestContext,
  auth: Auth,
  residentId: string,
  body: Record<string, unknown>,
): Promise<string> {
  const res = await request.post(`/api/v1/residents/${residentId}/prescriptions`, {
    headers: auth,
    data: {
      form: 'tablet',
      dose: '1 viên',
      route: 'oral',
      startDate: localDate(1),
      prescriber: 'BS. Trần Thị Thu, Trạm y tế xã',
      ...body,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

interface Record_ {
  prescriptionId: string;
  time: string | null;
  outcome: string;
  reason: string | null;
}

/** Every record of today of these prescriptions, as the service has them (nurse). */
async function recordsOf(request: APIRequestContext, s: Setup, slot: string): Promise<Record_[]> {
  const res = await request.get('/api/v1/medication-round', {
    headers: s.nurse,
    params: { date: localDate(), slot, room: s.roomId },
  });
  expect(res.status()).toBe(200);
  const body = (await res.json()) as {
    residents: { doses: { record: Record_ | null }[] }[];
  };
  return body.residents.flatMap((r) =>
    r.doses.map((d) => d.record).filter((x): x is Record_ => x !== null),
  );
}

const resident = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const dose = (page: Page, who: string, label: RegExp) =>
  resident(page, who).getByRole('region', { name: label });
const choose = async (page: Page, who: string, label: RegExp, outcome: string) => {
  await dose(page, who, label)
    .getByRole('radiogroup', { name: 'Kết quả' })
    .getByText(outcome, { exact: true })
    .click();
};

test.describe('the nurse on a tablet', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('records a slot, meets a dose already recorded, a PRN maximum, and works offline', async ({
    page,
    context,
    request,
  }) => {
    const s = await createRoom(request);
    const SLOT = '06:05';
    const para = await prescribe(request, s.nurse, s.ids.mai, {
      medicineName: 'Paracetamol',
      strength: '500 mg',
      times: [SLOT, '18:05'],
    });
    await prescribe(request, s.nurse, s.ids.an, {
      medicineName: 'Vitamin B1',
      strength: '100 mg',
      times: [SLOT],
    });
    await prescribe(request, s.nurse, s.ids.hoa, {
      medicineName: 'Amoxicillin',
      strength: '250 mg',
      form: 'syrup',
      dose: '5 ml',
      times: [SLOT],
      instructions: 'Uống sau ăn',
    });
    const lanIron = await prescribe(request, s.nurse, s.ids.lan, {
      medicineName: 'Sắt sulfat',
      strength: '60 mg',
      times: [SLOT],
    });
    await prescribe(request, s.nurse, s.ids.mai, {
      medicineName: 'Ibuprofen',
      strength: '200 mg',
      asNeeded: true,
      prnReason: 'Sốt trên 38,5°C',
      maxPer24h: 1,
    });

    await signInAs(page, 'nurse', `/medication?slot=${SLOT}&room=${s.roomCode}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Phát thuốc' })).toBeVisible();
    await expect(resident(page, 'Lường Thị Mai')).toBeVisible();
    await expect(dose(page, 'Sầm Thị Hoa', /Amoxicillin/)).toContainText('5 ml · siro · uống');
    await expect(dose(page, 'Sầm Thị Hoa', /Amoxicillin/)).toContainText('Uống sau ăn');
    await expectAccessible(page, 'the medication round');
    await snap(page, 'medication-round-tablet');

    await choose(page, 'Lường Thị Mai', /Paracetamol/, 'Đã cho uống');
    await choose(page, 'Quàng Văn An', /Vitamin B1/, 'Từ chối');
    await choose(page, 'Sầm Thị Hoa', /Amoxicillin/, 'Tạm hoãn');
    // A held dose needs its reason: it is not saved without one.
    await expect(
      dose(page, 'Sầm Thị Hoa', /Amoxicillin/).getByText('Cần ghi lý do.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lưu 2 liều' })).toBeVisible();
    await dose(page, 'Sầm Thị Hoa', /Amoxicillin/)
      .getByLabel('Lý do')
      .fill('Cháu nôn sau bữa sáng');
    await choose(page, 'Lục Thị Lan', /Sắt sulfat/, 'Đã cho uống');
    await expectAccessible(page, 'the round with entries');

    // Meanwhile another nurse gave Lan her iron: the batch is refused for that dose alone,
    // shown as already recorded, and the three others are saved.
    const other = await request.post('/api/v1/medication-round/batch', {
      headers: { ...s.nurse, 'Idempotency-Key': `other-nurse-${String(Date.now())}` },
      data: {
        date: localDate(),
        rows: [{ prescriptionId: lanIron, time: SLOT, outcome: 'given' }],
      },
    });
    expect(other.status(), await other.text()).toBe(201);
    const batches: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/api/v1/medication-round/batch')) batches.push(r.status());
    });
    await page.getByRole('button', { name: 'Lưu 4 liều' }).click();
    for (const [who, label] of [
      ['Lường Thị Mai', /Paracetamol/],
      ['Quàng Văn An', /Vitamin B1/],
      ['Sầm Thị Hoa', /Amoxicillin/],
    ] as const) {
      await expect(dose(page, who, label).getByText('Đã gửi')).toBeVisible();
    }
    const lan = dose(page, 'Lục Thị Lan', /Sắt sulfat/);
    await expect(lan.getByText('Đã có người ghi')).toBeVisible();
    await expect(lan.getByText(/Liều này đã được .+ ghi lúc/)).toBeVisible();
    await expect(page.getByText('Đã lưu 3 liều; 1 liều đã có người ghi trước.')).toBeVisible();
    await expect(page.getByText('Máy chủ không nhận lượt ghi này', { exact: false })).toHaveCount(
      0,
    );
    expect(batches).toEqual([409, 201]);
    await expectAccessible(page, 'the round saved, one dose already recorded');
    await snap(page, 'medication-round-saved-tablet');
    await docScreens(page, 'medication-round');
    const records = await recordsOf(request, s, SLOT);
    expect(
      records
        .map((r) => [r.outcome, r.reason])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      ['given', null],
      ['given', null],
      ['held', 'Cháu nôn sau bữa sáng'],
      ['refused', null],
    ]);

    // As needed: given once with its reason; a second dose is beyond the maximum of 1 in 24 h.
    await page
      .getByRole('radiogroup', { name: 'Giờ phát thuốc' })
      .getByText('Thuốc khi cần (PRN)')
      .click();
    const prn = dose(page, 'Lường Thị Mai', /Ibuprofen/);
    await expect(prn).toContainText('Dùng khi: Sốt trên 38,5°C.');
    await prn.getByRole('radiogroup', { name: 'Kết quả' }).getByText('Đã cho uống').click();
    await prn.getByLabel('Lý do dùng thuốc').fill('Sốt 38,8°C lúc sáng');
    await page.getByRole('button', { name: 'Lưu 1 liều' }).click();
    await expect(prn).toContainText('Đã dùng 1/1 liều trong 24 giờ qua.');
    await prn.getByRole('radiogroup', { name: 'Kết quả' }).getByText('Đã cho uống').click();
    await prn.getByLabel('Lý do dùng thuốc').fill('Vẫn còn sốt');
    await page.getByRole('button', { name: 'Lưu 1 liều' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Lường Thị Mai · Ibuprofen 200 mg: Vượt quá 1 liều trong 24 giờ',
    );
    await expect(page.getByRole('alert')).not.toContainText('rows.0');
    await expectAccessible(page, 'the PRN maximum reached');
    await snap(page, 'medication-prn-max-tablet');

    // Offline: the evening slot is recorded on the device and sent once when the network returns.
    await page.goto(`/medication?slot=18:05&room=${s.roomCode}`);
    await expect(dose(page, 'Lường Thị Mai', /Paracetamol/)).toBeVisible();
    await context.setOffline(true);
    await expect(page.getByText('Mất kết nối mạng.', { exact: false })).toBeVisible();
    await choose(page, 'Lường Thị Mai', /Paracetamol/, 'Đã cho uống');
    await page.getByRole('button', { name: 'Lưu 1 liều' }).click();
    await expect(dose(page, 'Lường Thị Mai', /Paracetamol/).getByText('Chưa gửi')).toBeVisible();
    await expect(page.getByText('1 lượt ghi thuốc chưa gửi lên máy chủ.')).toBeVisible();
    expect(await recordsOf(request, s, '18:05')).toEqual([]);
    await expectAccessible(page, 'the round saved offline');
    await snap(page, 'medication-offline-unsent-tablet');
    const sent = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/medication-round/batch') && r.request().method() === 'POST',
    );
    await context.setOffline(false);
    expect((await sent).status()).toBe(201);
    await expect(dose(page, 'Lường Thị Mai', /Paracetamol/).getByText('Đã gửi')).toBeVisible();
    const evening = await recordsOf(request, s, '18:05');
    expect(evening.map((r) => [r.prescriptionId, r.outcome])).toEqual([[para, 'given']]);
  });

  test('adds a prescription on the resident page and stops it', async ({ page, request }) => {
    const s = await createRoom(request);
    await signInAs(page, 'nurse', `/residents/${s.ids.an}?tab=medication`);
    await expect(page.getByRole('tab', { name: 'Thuốc', selected: true })).toBeVisible();
    await expect(page.getByText('Chưa có y lệnh thuốc nào.')).toBeVisible();
    await page.getByRole('button', { name: 'Thêm y lệnh' }).click();
    const form = page.getByRole('form', { name: 'Y lệnh mới' });
    // The API's own errors sit by their fields.
    await form.getByRole('button', { name: 'Lưu y lệnh' }).click();
    const medicine = form.getByRole('textbox', { name: 'Tên thuốc' });
    await expect(medicine).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByRole('textbox', { name: 'Bác sĩ kê đơn' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await medicine.fill('Kẽm gluconat');
    await form.getByRole('textbox', { name: 'Hàm lượng' }).fill('10 mg');
    await form.getByRole('textbox', { name: 'Liều mỗi lần' }).fill('1 gói');
    await form.getByRole('textbox', { name: /Giờ dùng/ }).fill('08:00, 20:00');
    await form.getByRole('textbox', { name: 'Bác sĩ kê đơn' }).fill('BS. Trần Thị Thu');
    await expectAccessible(page, 'the prescription form');
    await snap(page, 'prescription-form-tablet');
    await docScreens(page, 'prescription-form');
    await form.getByRole('button', { name: 'Lưu y lệnh' }).click();
    const item = page.getByRole('listitem').filter({ hasText: 'Kẽm gluconat 10 mg' });
    await expect(item).toContainText('Giờ dùng: 08:00, 20:00');
    await expect(item).toContainText('Đang dùng');

    // A change while someone else changed it: a 412, the prescription as it is now, the typed
    // input kept until the nurse reloads.
    await item.getByRole('button', { name: 'Sửa: Kẽm gluconat 10 mg' }).click();
    const edit = page.getByRole('form', { name: 'Sửa y lệnh: Kẽm gluconat' });
    await edit.getByRole('textbox', { name: 'Liều mỗi lần' }).fill('2 gói');
    const list = await request.get(`/api/v1/residents/${s.ids.an}/prescriptions`, {
      headers: s.nurse,
    });
    const [created] = (await list.json()) as { id: string }[];
    const other = await request.patch(`/api/v1/prescriptions/${created?.id ?? ''}`, {
      headers: { ...s.nurse, 'If-Match': '"1"' },
      data: { dose: '1/2 gói' },
    });
    expect(other.status(), await other.text()).toBe(200);
    await edit.getByRole('button', { name: 'Lưu y lệnh' }).click();
    await expect(edit.getByText('Người khác đã thay đổi bản ghi này')).toBeVisible();
    await expect(edit.getByRole('table', { name: 'Giá trị hiện tại' })).toContainText('1/2 gói');
    await expect(edit.getByRole('textbox', { name: 'Liều mỗi lần' })).toHaveValue('2 gói');
    await expectAccessible(page, 'the prescription change refused with a 412');
    await edit.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();
    await expect(item).toContainText('1/2 gói · viên nén · uống');
    await expect(item).toContainText('Phiên bản 2');

    await item.getByRole('button', { name: 'Ngừng thuốc: Kẽm gluconat 10 mg' }).click();
    const stop = page.getByRole('form', { name: 'Ngừng Kẽm gluconat 10 mg' });
    await stop.getByLabel('Lý do ngừng').fill('Hết đợt bổ sung');
    await stop.getByRole('button', { name: 'Xác nhận ngừng thuốc' }).click();
    await expect(item).toContainText('Đã ngừng');
    await expect(item).toContainText('Hết đợt bổ sung');
    await expect(item).toContainText('Phiên bản 3');
    await expectAccessible(page, 'the prescriptions tab');
    await snap(page, 'prescriptions-tab-tablet');
    await docScreens(page, 'resident-prescriptions');
  });
});

test('the caretaker’s phone names a sensitive medicine by its label only', async ({
  page,
  request,
}) => {
  const admin = bearer(await tokenOf(request, 'admin'));
  const nurse = bearer(await tokenOf(request, 'nurse'));
  const carer = bearer(await tokenOf(request, 'carer'));
  // A resident of a room of the carer's shift today (the demo rota).
  const rota = await request.get('/api/v1/staff-assignments', { headers: carer });
  expect(rota.status()).toBe(200);
  const { assignments } = (await rota.json()) as {
    assignments: { date: string; roomIds: string[] }[];
  };
  const roomId = assignments.find((a) => a.date === localDate() && a.roomIds.length > 0)
    ?.roomIds[0];
  expect(roomId).toBeDefined();
  const residents = await request.get('/api/v1/residents', {
    headers: admin,
    params: { room: roomId ?? '', status: 'active', limit: 5 },
  });
  const { items } = (await residents.json()) as { items: { id: string; fullName: string }[] };
  const child = items[0];
  expect(child).toBeDefined();
  await prescribe(request, nurse, child?.id ?? '', {
    medicineName: 'Dolutegravir',
    strength: '50 mg',
    times: ['06:15'],
    sensitive: true,
    caretakerLabel: 'Thuốc túi xanh',
    indication: 'Điều trị ARV',
  });

  await signInAs(page, 'carer', '/medication?slot=06:15');
  const card = resident(page, child?.fullName ?? '');
  await expect(card.getByRole('region', { name: /Thuốc túi xanh/ })).toBeVisible();
  await expect(card).toContainText('1 viên · viên nén · uống');
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/Dolutegravir|ARV|HIV|Chỉ định/);
  await expectAccessible(page, 'the caretaker’s medication round');
  await snap(page, 'medication-round-phone');
  await docScreens(page, 'medication-round-carer');
  // The nav leads there.
  await page.getByRole('button', { name: 'Mở hoặc đóng menu' }).click();
  await expect(page.getByRole('link', { name: 'Phát thuốc' })).toBeVisible();
});
