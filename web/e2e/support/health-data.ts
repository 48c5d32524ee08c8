import { expect, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from './checks';

/** Data the nurse's journeys make through the API (worklist.spec.ts, conflict.spec.ts). */

export async function tokenOf(request: APIRequestContext, username: string): Promise<string> {
  const res = await request.post('/api/v1/auth/login', {
    data: { username, password: DEMO_PASSWORD },
  });
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/** YYYY-MM-DD, `days` from today in Vietnam. */
export function isoDay(days = 0): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);
}

const SYLLABLES = ['An', 'Bình', 'Cúc', 'Dũng', 'Giang', 'Hòa', 'Khánh', 'Lan', 'Minh', 'Nga'];

/** A name no other test run uses (letters only, as the register wants). */
export function uniqueName(family: string): string {
  let n = Date.now() * 1000 + Math.floor(Math.random() * 1000);
  const parts: string[] = [];
  while (n > 0 && parts.length < 4) {
    parts.push(SYLLABLES[n % SYLLABLES.length] ?? 'An');
    n = Math.floor(n / SYLLABLES.length);
  }
  return `${family} ${parts.join(' ')}`;
}

export interface Admitted {
  id: string;
  code: string;
  fullName: string;
}

/**
 * The demo centre fills up over a whole run of the browser tests (every journey admits people):
 * ten more places when it is full, as a director would raise the capacity.
 */
async function roomForMore(request: APIRequestContext, adminToken: string): Promise<void> {
  const facility = await request.get('/api/v1/facilities/current', { headers: auth(adminToken) });
  const { capacity, version } = (await facility.json()) as { capacity: number; version: number };
  const raised = await request.patch('/api/v1/facilities/current', {
    headers: { ...auth(adminToken), 'If-Match': `"${String(version)}"` },
    data: { capacity: capacity + 10 },
  });
  expect(raised.status(), await raised.text()).toBe(200);
}

/** A child admitted a year ago (as the admin), born `ageYears` ago. */
export async function admitChild(
  request: APIRequestContext,
  adminToken: string,
  fullName: string,
  ageYears = 3,
): Promise<Admitted> {
  const post = () =>
    request.post('/api/v1/residents', {
      headers: auth(adminToken),
      data: {
        type: 'regular',
        fullName,
        dateOfBirth: isoDay(-Math.round(ageYears * 365.25)),
        sex: 'female',
        ethnicityCode: '01',
        categories: ['k1_child_orphan'],
        admittedOn: isoDay(-365),
        decisionNo: '12/QĐ-TTBTXH',
        decisionDate: isoDay(-365),
      },
    });
  let res = await post();
  if (res.status() === 409 && /đã đủ \d+ chỗ|facility is full/.test(await res.text())) {
    await roomForMore(request, adminToken);
    res = await post();
  }
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as Admitted;
}

export async function addSchedule(
  request: APIRequestContext,
  token: string,
  residentId: string,
  body: { kind: string; nextDueOn: string; intervalMonths?: number },
): Promise<{ id: string }> {
  const res = await request.post(`/api/v1/residents/${residentId}/health-schedules`, {
    headers: auth(token),
    data: { intervalMonths: 6, graceDays: 0, ...body },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string };
}

export async function addMeasurement(
  request: APIRequestContext,
  token: string,
  residentId: string,
  body: { measuredOn: string; weightKg?: number; heightCm?: number },
): Promise<void> {
  const res = await request.post(`/api/v1/residents/${residentId}/measurements`, {
    headers: auth(token),
    data: body,
  });
  expect(res.status(), await res.text()).toBe(201);
}

export async function getJson<T>(
  request: APIRequestContext,
  token: string,
  path: string,
): Promise<T> {
  const res = await request.get(path, { headers: auth(token) });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as T;
}

export async function putPlan(
  request: APIRequestContext,
  token: string,
  residentId: string,
  body: Record<string, unknown>,
  version?: number,
): Promise<{ version: number }> {
  const res = await request.put(`/api/v1/residents/${residentId}/nutrition-plan`, {
    headers: { ...auth(token), ...(version === undefined ? {} : { 'If-Match': `"${version}"` }) },
    data: body,
  });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as { version: number };
}
