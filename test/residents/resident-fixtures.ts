import type { Response } from 'supertest';
import { addDays, addMonths, todayIn } from '../../src/calendar/dates';
import type { TestApp } from '../support/test-app';

/** The demo facilities' time zone: "today" of the service, not of the machine running the tests. */
export const FACILITY_TZ = 'Asia/Ho_Chi_Minh';

export const today = (): string => todayIn(FACILITY_TZ);
export const tomorrow = (): string => addDays(today(), 1);
export const yearsAgo = (years: number): string => addMonths(today(), -12 * years);

export interface FieldErrorBody {
  field: string;
  code: string;
  message: string;
}

export const fieldsOf = (res: Response): string[] =>
  ((res.body.errors ?? []) as FieldErrorBody[]).map((e) => e.field);

export const errorOf = (res: Response, field: string): FieldErrorBody | undefined =>
  ((res.body.errors ?? []) as FieldErrorBody[]).find((e) => e.field === field);

/** Distinct given names, so that residents of one test are never each other's duplicates. */
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Giang',
  'Hải',
  'Khánh',
  'Lâm',
  'Minh',
  'Nam',
  'Phong',
  'Quân',
  'Sơn',
  'Tâm',
  'Uyên',
  'Vinh',
  'Xuân',
  'Yến',
];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Ngọc', 'Hữu', 'Minh', 'Quốc', 'Thanh'];
let seq = 0;
/** A fresh Vietnamese-looking name: "Kiều Hữu Lâm 7"-like, never repeated in a run. */
export function freshName(family = 'Kiều'): string {
  const n = seq++;
  const given = GIVEN[n % GIVEN.length] ?? 'An';
  const middle = MIDDLE[Math.floor(n / GIVEN.length) % MIDDLE.length] ?? 'Văn';
  return `${family} ${middle} ${given} ${Math.floor(n / (GIVEN.length * MIDDLE.length)) + 1}`;
}

/** A regular admission that passes every rule: change one thing at a time. */
export function regularBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'regular',
    fullName: freshName(),
    dateOfBirth: yearsAgo(10),
    sex: 'male',
    ethnicityCode: '01',
    categories: ['k1_child_orphan'],
    admittedOn: today(),
    decisionNo: '101/QĐ-TTBTXH',
    decisionDate: today(),
    ...over,
  };
}

export function emergencyBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'emergency',
    fullName: freshName('Lường'),
    dateOfBirth: '2012-05-01',
    sex: 'female',
    ethnicityCode: '03',
    categories: ['k2_emergency'],
    emergencyKind: 'vagrant',
    admittedOn: '2026-02-10',
    emergency: {
      foundAt: 'Cổng chợ Phố Hiến',
      foundOn: '2026-02-10',
      foundBy: 'Công an phường Phố Hiến',
      intakeRecordNo: 'BB-2026-018',
    },
    ...over,
  };
}

export function voluntaryBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'voluntary',
    fullName: freshName('Hoàng'),
    dateOfBirth: yearsAgo(78),
    sex: 'female',
    ethnicityCode: '01',
    categories: ['k5_voluntary'],
    admittedOn: today(),
    voluntary: {
      contractNo: 'HĐ-08/2026-017',
      startsOn: today(),
      payer: 'Con trai: Nguyễn Văn Hùng',
      monthlyFee: 4500000,
    },
    ...over,
  };
}

export interface RoomRow {
  id: string;
  code: string;
  beds: number;
  areaM2: number;
  occupied: number;
  freeBeds: number;
  version: number;
}

/** Facility helpers bound to one test app. */
export function residentsApi(t: TestApp) {
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  return {
    admit: (token: string, body: Record<string, unknown>) =>
      t.http().post('/api/v1/residents').set(auth(token)).send(body),
    /** Admits and insists on 201: for the residents a test needs as its setting. */
    async admitted(token: string, body: Record<string, unknown>) {
      const res = await t.http().post('/api/v1/residents').set(auth(token)).send(body);
      if (res.status !== 201) throw new Error(`admission answered ${res.status}: ${res.text}`);
      return res.body as { id: string; code: string; version: number } & Record<string, unknown>;
    },
    get: (token: string, id: string) => t.http().get(`/api/v1/residents/${id}`).set(auth(token)),
    list: (token: string, query: Record<string, string | number> = {}) =>
      t.http().get('/api/v1/residents').query(query).set(auth(token)),
    patch: (token: string, id: string, body: Record<string, unknown>, ifMatch?: string) => {
      const req = t.http().patch(`/api/v1/residents/${id}`).set(auth(token));
      if (ifMatch !== undefined) req.set('If-Match', ifMatch);
      return req.send(body);
    },
    changeStatus: (token: string, id: string, body: Record<string, unknown>) =>
      t.http().post(`/api/v1/residents/${id}/status-changes`).set(auth(token)).send(body),
    async rooms(token: string): Promise<Map<string, RoomRow>> {
      const res = await t.http().get('/api/v1/facilities/current/rooms').set(auth(token));
      if (res.status !== 200) throw new Error(`rooms answered ${res.status}`);
      return new Map((res.body as RoomRow[]).map((r) => [r.code, r]));
    },
    async room(token: string, code: string): Promise<RoomRow> {
      const res = await t.http().get('/api/v1/facilities/current/rooms').set(auth(token));
      const room = (res.body as RoomRow[]).find((r) => r.code === code);
      if (!room) throw new Error(`no room ${code}`);
      return room;
    },
  };
}
