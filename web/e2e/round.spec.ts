import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, snap } from './support/checks';

/**
 * The caretaker's round on a 360×740 phone: a room's morning round recorded, the network lost
 * mid-round (entries kept on the device, "chưa gửi"), back online (sent, "đã gửi"), each record
 * stored exactly once; a lost answer retried under the same Idempotency-Key; the app opening
 * without network (service worker); residents already recorded shown as done; the previous
 * shift's handover; no HIV fact anywhere; the incident form.
 */

const ZONE = 'Asia/Ho_Chi_Minh';
const localDate = (daysAgo = 0): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(
    new Date(Date.now() - daysAgo * 86_400_000),
  );

interface Setup {
  roomId: string;
  roomCode: string;
  ids: Record<'mai' | 'an' | 'hoa' | 'dung' | 'lan', string>;
  auth: { Authorization: string };
}

async function adminAuth(request: APIRequestContext): Promise<{ Authorization: string }> {
  const res = await request.post('/api/v1/auth/login', {
    data: { username: 'admin', password: DEMO_PASSWORD },
  });
  expect(res.status()).toBe(200);
  const { accessToken } = (await res.json()) as { accessToken: string };
  return { Authorization: `Bearer ${accessToken}` };
}

async function createRoundData(request: APIRequestContext): Promise<Setup> {
  const auth = await adminAuth(request);
  // Room for five more residents in the demo facility (it is seeded full).
  const facility = await request.get('/api/v1/facilities/current', { headers: auth });
  const { capacity, version } = (await facility.json()) as { capacity: number; version: number };
  const raised = await request.patch('/api/v1/facilities/current', {
    headers: { ...auth, 'If-Match': `"${version}"` },
    data: { capacity: capacity + 5 },
  });
  expect(raised.status(), await raised.text()).toBe(200);
  const roomCode = `VC${String(Date.now()).slice(-6)}`;
  const room = await request.post('/api/v1/facilities/current/rooms', {
    headers: auth,
    data: { code: roomCode, name: 'Phòng thử ca chăm sóc', areaM2: 48, beds: 6 },
  });
  expect(room.status()).toBe(201);
  const roomId = ((await room.json()) as { id: string }).id;
  const admit = async (bed: string, over: Record<string, unknown>): Promise<string> => {
    const res = await request.post('/api/v1/residents', {
      headers: auth,
      data: {
        type: 'regular',
        sex: 'female',
        ethnicityCode: '01',
        dateOfBirth: '2016-03-12',
        categories: ['k1_child_orphan'],
        admittedOn: localDate(10),
        decisionNo: '101/QĐ-TTBTXH',
        decisionDate: localDate(10),
        confirmNotDuplicate: true,
        roomId,
        bed,
        ...over,
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const ids = {
    mai: await admit('1', { fullName: 'Lò Thị Mai', careInstructions: 'Cần giám sát khi tắm' }),
    an: await admit('2', {
      fullName: 'Nguyễn Văn An',
      sex: 'male',
      dateOfBirth: '1948-05-01',
      categories: ['k1_elderly_alone'],
      mobility: 'assisted',
    }),
    // A child with HIV: the caretaker's round must look like any other child's.
    hoa: await admit('3', {
      fullName: 'Đinh Thị Hoa',
      dateOfBirth: '2015-09-20',
      categories: ['k1_child_hiv'],
      sensitive: { hivStatus: 'positive', hivConfirmedOn: '2020-01-15' },
      careInstructions: 'Uống thuốc đúng giờ, 8h và 20h',
    }),
    dung: await admit('4', {
      fullName: 'Hà Văn Dũng',
      sex: 'male',
      categories: ['k1_child_other'],
    }),
    lan: await admit('5', { fullName: 'Vi Thị Lan', dateOfBirth: '2017-01-02' }),
  };
  const plan = await request.put(`/api/v1/residents/${ids.an}/nutrition-plan`, {
    headers: auth,
    data: {
      dietType: 'soft',
      texture: 'minced',
      mealsPerDay: 3,
      allergies: [{ substance: 'tôm', kind: 'allergy', severity: 'severe' }],
    },
  });
  expect(plan.status(), await plan.text()).toBe(200);
  // Already recorded this morning (by another caretaker): shown as done, not as an error.
  const done = await request.post(`/api/v1/residents/${ids.dung}/daily-records`, {
    headers: auth,
    data: { recordDate: localDate(), shift: 'morning', mood: 'happy' },
  });
  expect(done.status(), await done.text()).toBe(201);
  // Last night's handover for the morning shift.
  const night = await request.post(`/api/v1/residents/${ids.mai}/daily-records`, {
    headers: auth,
    data: {
      recordDate: localDate(1),
      shift: 'night',
      sleep: 'restless',
      handover: true,
      handoverMessage: 'Cháu Mai ho nhiều về đêm, theo dõi nhiệt độ',
    },
  });
  expect(night.status(), await night.text()).toBe(201);
  return { roomId, roomCode, ids, auth };
}

async function signInAsCarer(page: Page): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill('carer');
  await page.getByLabel('Mật khẩu', { exact: false }).first().fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Each resident's morning records of today, as the service has them (admin). */
async function morningRecords(request: APIRequestContext, s: Setup): Promise<Map<string, number>> {
  const res = await request.get('/api/v1/daily-records', {
    headers: s.auth,
    params: { room: s.roomId, date: localDate(), shift: 'morning' },
  });
  expect(res.status()).toBe(200);
  const view = (await res.json()) as {
    items: { residentId: string; records: { shift: string }[] }[];
  };
  return new Map(
    view.items.map((i) => [i.residentId, i.records.filter((r) => r.shift === 'morning').length]),
  );
}

const card = (page: Page, name: string) => page.getByRole('region', { name });
const choose = async (page: Page, resident: string, group: string, option: string) => {
  await card(page, resident)
    .getByRole('radiogroup', { name: group })
    .getByText(option, { exact: true })
    .click();
};

test('the caretaker records the morning round of a room, offline in the middle, each record stored once', async ({
  page,
  context,
  request,
}) => {
  const s = await createRoundData(request);

  // The service worker and its manifest: served, the worker never cached for long.
  const sw = await request.get('/sw.js');
  expect(sw.status()).toBe(200);
  expect(sw.headers()['cache-control']).toMatch(/max-age=0|no-cache/);
  expect(sw.headers()['content-type']).toContain('javascript');
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.status()).toBe(200);

  await page.goto('/');
  await signInAsCarer(page);
  await expect(page).toHaveURL(/\/round$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Ca chăm sóc hôm nay' })).toBeVisible();
  const roomLink = page.getByRole('link', { name: new RegExp(`Phòng ${s.roomCode}`) });
  await expect(roomLink).toBeVisible();
  await expectAccessible(page, 'my rooms');
  await snap(page, 'round-rooms');

  await roomLink.click();
  await expect(page).toHaveURL(new RegExp(`/round/${s.roomId}\\?shift=`));
  await page.getByRole('radiogroup', { name: 'Ca làm việc' }).getByText('Ca sáng').click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Phòng ${s.roomCode} · Ca sáng` }),
  ).toBeVisible();
  await expect(page).toHaveURL(/shift=morning/);

  // The night's handover at the top; the resident recorded by someone else is done.
  await expect(page.getByText('Cháu Mai ho nhiều về đêm, theo dõi nhiệt độ')).toBeVisible();
  await expect(card(page, 'Hà Văn Dũng').getByText('Đã ghi ca này')).toBeVisible();
  await expect(card(page, 'Hà Văn Dũng').getByRole('radiogroup')).toHaveCount(0);
  // Diet, allergies and care instructions at the bedside.
  await expect(card(page, 'Nguyễn Văn An').getByText('Dị ứng: tôm (nặng)')).toBeVisible();
  await expect(card(page, 'Lò Thị Mai').getByText('Cần giám sát khi tắm')).toBeVisible();

  // No HIV fact anywhere: the HIV-positive child shows the category every child of khoản 1 shows.
  await expect(card(page, 'Đinh Thị Hoa')).toContainText('Trẻ em thuộc diện nuôi dưỡng (khoản 1)');
  await expect(card(page, 'Lò Thị Mai')).toContainText('Trẻ em thuộc diện nuôi dưỡng (khoản 1)');
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/HIV|k1_child/i);

  // Entries: Mai all as usual; An by hand (each tap target at least 44 px high).
  await card(page, 'Lò Thị Mai').getByRole('button', { name: 'Tất cả như thường lệ' }).click();
  await choose(page, 'Nguyễn Văn An', 'Bữa sáng', 'Ăn một phần');
  const chip = card(page, 'Nguyễn Văn An')
    .getByRole('radiogroup', { name: 'Bữa trưa' })
    .locator('label', { hasText: 'Ăn hết' });
  expect((await chip.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  await chip.click();
  await choose(page, 'Nguyễn Văn An', 'Tâm trạng', 'Lo lắng');
  await choose(page, 'Nguyễn Văn An', 'Vệ sinh cá nhân', 'Cần hỗ trợ');
  await expectAccessible(page, 'the round with entries');
  await snap(page, 'round-entries');

  // The service worker is in control before the network goes.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  // The network drops mid-round: the rest is entered and saved on the device.
  await context.setOffline(true);
  await expect(page.getByText('Mất kết nối mạng.', { exact: false })).toBeVisible();
  await card(page, 'Đinh Thị Hoa').getByRole('button', { name: 'Tất cả như thường lệ' }).click();
  await card(page, 'Vi Thị Lan').getByRole('button', { name: 'Tất cả như thường lệ' }).click();
  await page.getByRole('button', { name: 'Lưu cả phòng (4 người)' }).click();
  for (const name of ['Lò Thị Mai', 'Nguyễn Văn An', 'Đinh Thị Hoa', 'Vi Thị Lan']) {
    await expect(card(page, name).getByText('Chưa gửi')).toBeVisible();
  }
  await expect(page.getByText('1 phiếu của phòng chưa gửi.')).toBeVisible();
  expect(await morningRecords(request, s)).toEqual(
    new Map([
      [s.ids.mai, 0],
      [s.ids.an, 0],
      [s.ids.hoa, 0],
      [s.ids.dung, 1],
      [s.ids.lan, 0],
    ]),
  );
  await expectAccessible(page, 'the round saved offline');
  await snap(page, 'round-offline-unsent');

  // Back online: the batch is sent once, the cards say so.
  const sent = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/daily-records/batch') && r.request().method() === 'POST',
  );
  await context.setOffline(false);
  expect((await sent).status()).toBe(201);
  for (const name of ['Lò Thị Mai', 'Nguyễn Văn An', 'Đinh Thị Hoa', 'Vi Thị Lan']) {
    await expect(card(page, name).getByText('Đã gửi')).toBeVisible();
  }
  await expect(page.getByText('Mọi người trong phòng đã có phiếu của ca này.')).toBeVisible();
  await snap(page, 'round-sent');
  expect(await morningRecords(request, s)).toEqual(
    new Map([
      [s.ids.mai, 1],
      [s.ids.an, 1],
      [s.ids.hoa, 1],
      [s.ids.dung, 1],
      [s.ids.lan, 1],
    ]),
  );
  const an = await request.get(`/api/v1/residents/${s.ids.an}/daily-records`, {
    headers: s.auth,
    params: { from: localDate(), to: localDate() },
  });
  const anRecords = ((await an.json()) as { items: Record<string, unknown>[] }).items.filter(
    (r) => r.shift === 'morning',
  );
  expect(anRecords).toHaveLength(1);
  expect(anRecords[0]).toMatchObject({
    mood: 'anxious',
    hygiene: 'assisted',
    // Not entered on the round: answered from the medication round (An has no prescription).
    medicationGiven: 'not_prescribed',
    meals: [
      { meal: 'breakfast', intake: 'partial' },
      { meal: 'lunch', intake: 'full' },
    ],
  });
  expect(await page.locator('body').innerText()).not.toMatch(/HIV|k1_child/i);

  // Without network, a reload still opens the app (the service worker serves its shell) and the
  // round, from what the device holds (the next test looks at this closely).
  await context.setOffline(true);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: `Phòng ${s.roomCode} · Ca sáng` }),
  ).toBeVisible();
  await expect(card(page, 'Vi Thị Lan').getByText('Đã gửi')).toBeVisible();
  await snap(page, 'round-offline-reload');
  await context.setOffline(false);
});

/** The device's storage, as a script of the page sees it: IndexedDB keys and localStorage. */
async function deviceContents(
  page: Page,
): Promise<{ idb: string[]; local: Record<string, string> }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('mai-am-round');
      open.onupgradeneeded = () => {
        open.result.createObjectStore('kv');
      };
      open.onsuccess = () => {
        resolve(open.result);
      };
      open.onerror = () => {
        reject(open.error ?? new Error('indexedDB'));
      };
    });
    const idb = await new Promise<string[]>((resolve, reject) => {
      const keys = db.transaction('kv').objectStore('kv').getAllKeys();
      keys.onsuccess = () => {
        resolve(keys.result.map(String));
      };
      keys.onerror = () => {
        reject(keys.error ?? new Error('getAllKeys'));
      };
    });
    db.close();
    const local: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? '';
      local[key] = localStorage.getItem(key) ?? '';
    }
    return { idb, local };
  });
}

/** Opens a room's morning round signed in as the carer, with the service worker in control. */
async function openMorningRound(page: Page, s: Setup): Promise<void> {
  await page.goto(`/round/${s.roomId}?shift=morning&date=${localDate()}`);
  await signInAsCarer(page);
  await expect(card(page, 'Vi Thị Lan')).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

test('an offline reload opens the round with the unsent entries; back online the session returns and they are sent once', async ({
  page,
  context,
  request,
}) => {
  const s = await createRoundData(request);
  await openMorningRound(page, s);

  await context.setOffline(true);
  await card(page, 'Vi Thị Lan').getByRole('button', { name: 'Tất cả như thường lệ' }).click();
  await card(page, 'Lò Thị Mai').getByRole('button', { name: 'Tất cả như thường lệ' }).click();
  await page.getByRole('button', { name: 'Lưu cả phòng (2 người)' }).click();
  await expect(card(page, 'Vi Thị Lan').getByText('Chưa gửi')).toBeVisible();

  // The phone is reloaded (or the app reopened) with no network: the round, not the login.
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: `Phòng ${s.roomCode} · Ca sáng` }),
  ).toBeVisible();
  for (const name of ['Vi Thị Lan', 'Lò Thị Mai']) {
    await expect(card(page, name).getByText('Chưa gửi')).toBeVisible();
  }
  await expect(page.getByText('1 phiếu của phòng chưa gửi.')).toBeVisible();
  await expect(card(page, 'Nguyễn Văn An').getByText('Dị ứng: tôm (nặng)')).toBeVisible();
  await expect(card(page, 'Hà Văn Dũng').getByText('Đã ghi ca này')).toBeVisible();
  await expectAccessible(page, 'the round reloaded offline');
  await snap(page, 'round-offline-reload-unsent');

  // What the device keeps is not secret: who is signed in (no token), the round's copies.
  const device = await deviceContents(page);
  const stored = JSON.stringify(device);
  expect(stored).not.toMatch(/eyJ[\w-]+\.[\w-]+/); // no JWT
  expect(stored).not.toMatch(/accessToken|refreshToken|maiam_refresh/);
  expect(JSON.parse(device.local['maiam.user'] ?? '{}')).toMatchObject({ username: 'carer' });
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await morningRecords(request, s)).toEqual(
    new Map([
      [s.ids.mai, 0],
      [s.ids.an, 0],
      [s.ids.hoa, 0],
      [s.ids.dung, 1],
      [s.ids.lan, 0],
    ]),
  );

  // Back online: the session is re-established through the refresh cookie, then the batch sent.
  const batchKeys: string[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('/api/v1/daily-records/batch') && r.request().method() === 'POST') {
      batchKeys.push(r.request().headers()['idempotency-key'] ?? '');
    }
  });
  const refreshed = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/refresh'));
  const sent = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/daily-records/batch') && r.request().method() === 'POST',
  );
  await context.setOffline(false);
  expect((await refreshed).status()).toBe(200);
  expect((await sent).status()).toBe(201);
  for (const name of ['Vi Thị Lan', 'Lò Thị Mai']) {
    await expect(card(page, name).getByText('Đã gửi')).toBeVisible();
  }
  await expect(page.getByText('1 phiếu của phòng chưa gửi.')).toHaveCount(0);
  expect(await morningRecords(request, s)).toEqual(
    new Map([
      [s.ids.mai, 1],
      [s.ids.an, 0],
      [s.ids.hoa, 0],
      [s.ids.dung, 1],
      [s.ids.lan, 1],
    ]),
  );
  // Sent once: one answered POST, and a reload sends nothing again.
  expect(batchKeys).toHaveLength(1);
  await page.reload();
  await expect(card(page, 'Vi Thị Lan').getByText('Đã gửi')).toBeVisible();
  expect(batchKeys).toHaveLength(1);
  expect((await morningRecords(request, s)).get(s.ids.lan)).toBe(1);
});

test('sign-out warns about unsent entries, then wipes the device: the next person sees nothing', async ({
  page,
  context,
  request,
}) => {
  const s = await createRoundData(request);
  await openMorningRound(page, s);
  await context.setOffline(true);
  await card(page, 'Vi Thị Lan').getByRole('button', { name: 'Tất cả như thường lệ' }).click();
  await page.getByRole('button', { name: 'Lưu cả phòng (1 người)' }).click();
  await expect(card(page, 'Vi Thị Lan').getByText('Chưa gửi')).toBeVisible();
  expect((await deviceContents(page)).idb.length).toBeGreaterThan(0);

  // Sign out (in the menu on a phone): warned first; staying keeps everything.
  const signOut = async () => {
    await page.getByRole('button', { name: 'Mở hoặc đóng menu' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Đăng xuất' }).click();
  };
  await signOut();
  const dialog = page.getByRole('dialog', { name: 'Còn phiếu chưa gửi' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Máy này còn 1 phiếu chưa gửi lên máy chủ.');
  await expectAccessible(page, 'the sign-out warning');
  await snap(page, 'round-signout-warning');
  await dialog.getByRole('button', { name: 'Ở lại, chờ gửi' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card(page, 'Vi Thị Lan').getByText('Chưa gửi')).toBeVisible();

  // Signing out anyway wipes the device: IndexedDB empty, no one remembered.
  await signOut();
  await page
    .getByRole('dialog', { name: 'Còn phiếu chưa gửi' })
    .getByRole('button', { name: 'Vẫn đăng xuất và xoá' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
  const device = await deviceContents(page);
  expect(device.idb).toEqual([]);
  expect(device.local['maiam.user']).toBeUndefined();

  // The next person opens the app on this phone without network: the login, not the round.
  await page.goto(`/round/${s.roomId}?shift=morning&date=${localDate()}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
  expect(await page.locator('body').innerText()).not.toContain('Vi Thị Lan');

  // The sign-out was made without network: back online, the next start ends that login on the
  // service (its refresh cookie no longer restores a session).
  await context.setOffline(false);
  const ended = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/logout'));
  await page.reload();
  expect((await ended).status()).toBe(204);
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('maiam.signOutPending'))).toBeNull();
  // Nothing of the wiped entry reached the service.
  expect((await morningRecords(request, s)).get(s.ids.lan)).toBe(0);
});

test('an incident reported offline is kept on the device and sent once when the network returns', async ({
  page,
  context,
  request,
}) => {
  const s = await createRoundData(request);
  await openMorningRound(page, s);
  await page.getByRole('link', { name: 'Báo sự cố' }).click();
  await expect(page.getByLabel('Đối tượng')).toBeVisible();

  await context.setOffline(true);
  await page.getByLabel('Đối tượng').selectOption({ label: 'Lò Thị Mai' });
  await page.getByLabel('Loại sự cố').selectOption({ label: 'Ốm đau' });
  await page.getByLabel('Mức độ').selectOption({ label: 'Vừa' });
  await page.getByLabel('Nơi xảy ra').fill('Phòng ngủ');
  await page.getByLabel('Diễn biến').fill('Sốt 38,5 độ lúc 9 giờ');
  await page.getByLabel('Đã xử lý thế nào').fill('Chườm mát, báo điều dưỡng');
  await page.getByRole('button', { name: 'Gửi báo cáo sự cố' }).click();
  await expect(page.getByText('Đã giữ báo cáo sự cố trên máy.', { exact: false })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/round/${s.roomId}$`));
  const waiting = page.getByText('1 báo cáo sự cố chưa gửi lên máy chủ.', { exact: false });
  await expect(waiting).toBeVisible();
  await expectAccessible(page, 'the round with an incident waiting');
  await snap(page, 'round-incident-offline');
  const list = async () =>
    (await (
      await request.get(`/api/v1/residents/${s.ids.mai}/incidents`, { headers: s.auth })
    ).json()) as Record<string, unknown>[];
  expect(await list()).toHaveLength(0);

  // Kept across a reload without network too.
  await page.reload();
  await expect(waiting).toBeVisible();

  const keys: string[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith(`/api/v1/residents/${s.ids.mai}/incidents`)) {
      keys.push(r.request().headers()['idempotency-key'] ?? '');
    }
  });
  const sent = page.waitForResponse(
    (r) => r.url().endsWith(`/api/v1/residents/${s.ids.mai}/incidents`) && r.status() === 201,
  );
  await context.setOffline(false);
  await sent;
  await expect(waiting).toHaveCount(0);
  // Every attempt (a first one can meet an expired session and be sent again after the refresh)
  // carries the key made when the report was made: the service stores it once.
  expect(keys.length).toBeGreaterThanOrEqual(1);
  expect(new Set(keys).size).toBe(1);
  expect(keys[0]).toMatch(/^round-[0-9a-f]{32}$/);
  const attempts = keys.length;
  const stored = await list();
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ kind: 'illness', severity: 'moderate', place: 'Phòng ngủ' });
  await page.reload();
  await expect(card(page, 'Lò Thị Mai')).toBeVisible();
  // Nothing is sent again once stored.
  expect(keys).toHaveLength(attempts);
  expect(await list()).toHaveLength(1);
});

test('a save whose answer is lost is sent again under the same key and stored once', async ({
  page,
  request,
}) => {
  const s = await createRoundData(request);
  await page.goto(`/round/${s.roomId}?shift=morning&date=${localDate()}`);
  await signInAsCarer(page);
  await expect(page.getByRole('region', { name: 'Vi Thị Lan' })).toBeVisible();
  await card(page, 'Vi Thị Lan').getByRole('button', { name: 'Tất cả như thường lệ' }).click();

  // The service stores the batch, but the answer never reaches the phone.
  const keys: string[] = [];
  let first = true;
  let answerLost: () => void = () => undefined;
  const lost = new Promise<void>((resolve) => {
    answerLost = resolve;
  });
  await page.route('**/api/v1/daily-records/batch', async (route) => {
    keys.push(route.request().headers()['idempotency-key'] ?? '');
    if (first) {
      first = false;
      expect((await route.fetch()).status()).toBe(201);
      await route.abort('connectionreset');
      answerLost();
      return;
    }
    await route.continue();
  });
  await page.getByRole('button', { name: 'Lưu cả phòng (1 người)' }).click();
  await lost;
  await expect(card(page, 'Vi Thị Lan').getByText('Chưa gửi')).toBeVisible();
  await expect(page.getByText('1 phiếu của phòng chưa gửi.')).toBeVisible();
  expect((await morningRecords(request, s)).get(s.ids.lan)).toBe(1);

  // The network "comes back": the same batch goes again with the same key, and nothing doubles.
  const resent = page.waitForResponse((r) => r.url().endsWith('/api/v1/daily-records/batch'));
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  expect((await resent).status()).toBe(201);
  await expect(card(page, 'Vi Thị Lan').getByText('Đã gửi')).toBeVisible();
  expect(keys).toHaveLength(2);
  expect(keys[0]).toMatch(/^round-[0-9a-f]{32}$/);
  expect(keys[1]).toBe(keys[0]);
  expect((await morningRecords(request, s)).get(s.ids.lan)).toBe(1);
});

test('the caretaker reports an incident from the round', async ({ page, request }) => {
  const s = await createRoundData(request);
  await page.goto(`/round/${s.roomId}?shift=morning&date=${localDate()}`);
  await signInAsCarer(page);
  await page.getByRole('link', { name: 'Báo sự cố' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Báo sự cố · Phòng ${s.roomCode}` }),
  ).toBeVisible();
  await expectAccessible(page, 'the incident form');
  await page.getByRole('button', { name: 'Gửi báo cáo sự cố' }).click();
  await expect(page.getByText('Vui lòng nhập trường này').first()).toBeVisible();
  await expectAccessible(page, 'the incident form with errors');
  await snap(page, 'round-incident-errors');

  await page.getByLabel('Đối tượng').selectOption({ label: 'Nguyễn Văn An' });
  await page.getByLabel('Loại sự cố').selectOption({ label: 'Ngã' });
  await page.getByLabel('Mức độ').selectOption({ label: 'Vừa' });
  await page.getByLabel('Nơi xảy ra').fill('Nhà vệ sinh phòng');
  await page.getByLabel('Diễn biến').fill('Trượt chân ngã, trầy đầu gối phải');
  await page.getByLabel('Đã xử lý thế nào').fill('Sát trùng, băng vết thương, báo điều dưỡng');
  await page.getByLabel('Đã báo cho').fill('Điều dưỡng trực, Giám đốc trung tâm');
  await snap(page, 'round-incident-filled');
  await page.getByRole('button', { name: 'Gửi báo cáo sự cố' }).click();
  await expect(page.getByText('Đã ghi sự cố.', { exact: false })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/round/${s.roomId}$`));

  const incidents = await request.get(`/api/v1/residents/${s.ids.an}/incidents`, {
    headers: s.auth,
  });
  const list = (await incidents.json()) as Record<string, unknown>[];
  expect(list).toHaveLength(1);
  expect(list[0]).toMatchObject({
    kind: 'fall',
    severity: 'moderate',
    place: 'Nhà vệ sinh phòng',
    informed: ['Điều dưỡng trực', 'Giám đốc trung tâm'],
  });
});
