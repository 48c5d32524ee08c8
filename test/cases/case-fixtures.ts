import type { Response } from 'supertest';
import { addMonths } from '../../src/calendar/dates';
import { regularBody, residentsApi, today } from '../residents/resident-fixtures';
import type { TestApp } from '../support/test-app';

export const monthsAgo = (n: number): string => addMonths(today(), -n);

export interface CaseBody {
  id: string;
  residentId: string;
  admissionId: string;
  caseWorkerId: string | null;
  step: string;
  protection: boolean;
  openedOn: string;
  planningSince: string | null;
  implementationSince: string | null;
  monitoringSince: string | null;
  evaluatedOn: string | null;
  closedOn: string | null;
  closureReason: string | null;
  version: number;
}

export const assessmentBody = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  kind: 'comprehensive',
  assessedOn: monthsAgo(2),
  domains: [
    { domain: 'safety', score: 4, notes: 'An toàn tại cơ sở' },
    { domain: 'education', level: 'high', notes: 'Bỏ học 1 năm' },
    { domain: 'psychosocial', score: 2, level: 'medium' },
  ],
  riskLevel: 'medium',
  strengths: 'Chăm chỉ, thích vẽ',
  participants: [{ name: 'Lò Thị Mai', role: 'bà ngoại' }],
  ...over,
});

export const planBody = (ownerId: string, over: Record<string, unknown> = {}) => ({
  startsOn: monthsAgo(2),
  reviewFrequency: 'monthly',
  goals: [
    { key: 'G1', domain: 'education', goal: 'Đi học lại lớp 5', indicator: 'Đi học đều' },
    { key: 'G2', domain: 'psychosocial', goal: 'Ngủ ngon, bớt lo âu' },
  ],
  activities: [
    { description: 'Liên hệ trường tiểu học', goalKey: 'G1', ownerId, dueOn: monthsAgo(1) },
  ],
  services: [
    { name: 'Tham vấn cá nhân', provision: 'internal' },
    { name: 'Khám tâm lý', provision: 'referred', provider: 'Bệnh viện Tâm thần tỉnh' },
  ],
  ...over,
});

export const noteBody = (over: Record<string, unknown> = {}) => ({
  sessionOn: monthsAgo(1),
  type: 'individual',
  durationMinutes: 45,
  topics: ['nhớ nhà'],
  summary: 'Em kể lại chuyện bị đánh ở nhà; đã trấn an.',
  followUpActions: 'Gặp lại sau 1 tuần',
  ...over,
});

export const referralBody = (over: Record<string, unknown> = {}) => ({
  referredOn: monthsAgo(1),
  kind: 'hospital',
  organisation: 'Bệnh viện Tâm thần tỉnh',
  contactName: 'BS. Trần Văn Bình',
  contactPhone: '0221 386 1234',
  reason: 'Đánh giá rối loạn giấc ngủ',
  sharesPersonalData: true,
  consent: { givenBy: 'guardian', name: 'Lò Thị Mai', givenOn: monthsAgo(1), written: true },
  ...over,
});

export function casesApi(t: TestApp) {
  const residents = residentsApi(t);
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const get = (token: string, path: string, query: Record<string, string | number> = {}) =>
    t.http().get(`/api/v1${path}`).query(query).set(auth(token));
  const post = (token: string, path: string, body: unknown, ifMatch?: string) => {
    const req = t.http().post(`/api/v1${path}`).set(auth(token));
    if (ifMatch !== undefined) req.set('If-Match', ifMatch);
    return req.send(body as object);
  };
  const patch = (token: string, path: string, body: unknown, ifMatch?: string) => {
    const req = t.http().patch(`/api/v1${path}`).set(auth(token));
    if (ifMatch !== undefined) req.set('If-Match', ifMatch);
    return req.send(body as object);
  };
  const ok = (res: Response, status: number): Response => {
    if (res.status !== status)
      throw new Error(`expected ${status}, got ${res.status}: ${res.text}`);
    return res;
  };
  return {
    get,
    post,
    patch,
    /** A resident admitted three months ago through the API (so their case opens). */
    async resident(token: string, over: Record<string, unknown> = {}): Promise<string> {
      const body = regularBody({ admittedOn: monthsAgo(3), decisionDate: monthsAgo(3), ...over });
      return (await residents.admitted(token, body)).id;
    },
    async openCase(token: string, residentId: string): Promise<CaseBody> {
      const res = ok(await get(token, `/residents/${residentId}/cases`), 200);
      const open = (res.body.items as CaseBody[]).find((c) => c.step !== 'closed');
      if (!open) throw new Error('no open case');
      return open;
    },
    async assessed(token: string, residentId: string, over: Record<string, unknown> = {}) {
      return ok(
        await post(token, `/residents/${residentId}/assessments`, assessmentBody(over)),
        201,
      ).body as { id: string };
    },
    async planned(
      token: string,
      residentId: string,
      ownerId: string,
      over: Record<string, unknown> = {},
    ) {
      return ok(
        await post(token, `/residents/${residentId}/case-plans`, planBody(ownerId, over)),
        201,
      ).body as { id: string; version: number; status: string };
    },
    async approved(adminToken: string, planId: string, version: number) {
      return ok(await post(adminToken, `/case-plans/${planId}/approve`, {}, `"${version}"`), 200)
        .body as { id: string; version: number; status: string; nextReviewOn: string };
    },
    async userId(username: string): Promise<string> {
      const rows: { id: string }[] = await t.dataSource.query(
        'SELECT id FROM app_user WHERE username = $1',
        [username],
      );
      if (!rows[0]) throw new Error(`no user ${username}`);
      return rows[0].id;
    },
  };
}
