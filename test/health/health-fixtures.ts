import { facilityChanged } from '../../src/identity/user-changes';
import type { INestApplication } from '@nestjs/common';
import { addMonths } from '../../src/calendar/dates';
import { runOverdueCheck } from '../../src/health/overdue.job';
import { JobOutcome, JobRunner } from '../../src/jobs/job-runner';
import { freshName, regularBody, residentsApi, today } from '../residents/resident-fixtures';
import type { TestApp } from '../support/test-app';

export const OVERDUE_JOB = 'health-overdue';

export interface ScheduleBody {
  id: string;
  residentId: string;
  kind: string;
  intervalMonths: number | null;
  intervalDays: number | null;
  fixedDueOn: string | null;
  nextDueOn: string | null;
  lastDoneOn: string | null;
  graceDays: number;
  active: boolean;
  note: string | null;
  vaccineCode: string | null;
  doseNo: number | null;
  version: number;
}

export interface WorklistItemBody {
  scheduleId: string;
  residentId: string;
  residentCode: string;
  residentName: string;
  roomCode: string | null;
  kind: string;
  vaccineCode: string | null;
  vaccineName: string | null;
  doseNo: number | null;
  nextDueOn: string;
  lastDoneOn: string | null;
  daysOverdue: number;
  status: string;
  version: number;
}

export interface AlertRow {
  id: string;
  kind: string;
  status: string;
  source_key: string;
  source_id: string | null;
  resident_id: string | null;
  facility_id: string;
  due_on: string | null;
  closed_at: Date | null;
}

/** A resident that only gets the two default check-ups: an elderly person living alone. */
export function elderlyBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return regularBody({
    fullName: freshName('Hà'),
    dateOfBirth: addMonths(today(), -12 * 75),
    sex: 'female',
    categories: ['k1_elderly_alone'],
    decisionNo: '1/QĐ',
    ...over,
  });
}

/** A child young enough for the national vaccination plan. */
export function infantBody(dateOfBirth: string, over: Record<string, unknown> = {}) {
  return regularBody({
    fullName: freshName('Vi'),
    dateOfBirth,
    sex: 'male',
    categories: ['k1_child_orphan'],
    ...over,
  });
}

export function healthApi(t: TestApp) {
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const residents = residentsApi(t);
  const api = {
    admitted: residents.admitted,
    schedules: (token: string, residentId: string) =>
      t.http().get(`/api/v1/residents/${residentId}/health-schedules`).set(auth(token)),
    /** The resident's schedules, insisting on 200. */
    async schedulesOf(residentId: string, token: string): Promise<ScheduleBody[]> {
      const res = await api.schedules(token, residentId);
      if (res.status !== 200) throw new Error(`schedules answered ${res.status}: ${res.text}`);
      return res.body as ScheduleBody[];
    },
    /** The one schedule of a kind (vaccination: of a code and dose). */
    async scheduleOf(
      residentId: string,
      token: string,
      kind: string,
      dose?: { vaccineCode: string; doseNo: number },
    ): Promise<ScheduleBody> {
      const all = await api.schedulesOf(residentId, token);
      const found = all.filter(
        (s) =>
          s.kind === kind &&
          (!dose || (s.vaccineCode === dose.vaccineCode && s.doseNo === dose.doseNo)),
      );
      if (found.length !== 1) throw new Error(`${found.length} schedules of ${kind}`);
      return found[0];
    },
    createSchedule: (token: string, residentId: string, body: Record<string, unknown>) =>
      t.http().post(`/api/v1/residents/${residentId}/health-schedules`).set(auth(token)).send(body),
    patchSchedule: (token: string, id: string, body: Record<string, unknown>, ifMatch?: string) => {
      const req = t.http().patch(`/api/v1/health-schedules/${id}`).set(auth(token));
      if (ifMatch !== undefined) req.set('If-Match', ifMatch);
      return req.send(body);
    },
    checks: (token: string, residentId: string) =>
      t.http().get(`/api/v1/residents/${residentId}/health-checks`).set(auth(token)),
    createCheck: (token: string, residentId: string, body: Record<string, unknown>) =>
      t.http().post(`/api/v1/residents/${residentId}/health-checks`).set(auth(token)).send(body),
    amend: (token: string, checkId: string, body: Record<string, unknown>) =>
      t.http().post(`/api/v1/health-checks/${checkId}/amendments`).set(auth(token)).send(body),
    vaccinations: (token: string, residentId: string) =>
      t.http().get(`/api/v1/residents/${residentId}/vaccinations`).set(auth(token)),
    vaccinate: (token: string, residentId: string, body: Record<string, unknown>) =>
      t.http().post(`/api/v1/residents/${residentId}/vaccinations`).set(auth(token)).send(body),
    worklist: (token: string, query: Record<string, string | number> = {}) =>
      t.http().get('/api/v1/health-worklist').query(query).set(auth(token)),
    alerts: (token: string, query: Record<string, string | number> = {}) =>
      t.http().get('/api/v1/alerts').query(query).set(auth(token)),
    acknowledge: (token: string, id: string, body: Record<string, unknown>) =>
      t.http().post(`/api/v1/alerts/${id}/acknowledge`).set(auth(token)).send(body),
  };
  return api;
}

/** Sets a schedule's due date (and grace days) behind the service's back: "time passes". */
export async function setDue(
  t: TestApp,
  scheduleId: string,
  nextDueOn: string | null,
  graceDays = 0,
): Promise<void> {
  await t.dataSource.query(
    `UPDATE health_schedule SET next_due_on = $2, grace_days = $3 WHERE id = $1`,
    [scheduleId, nextDueOn, graceDays],
  );
}

/** Runs the overdue job the way the cron does (advisory lock, job_run), forced: RUN_JOBS=false. */
export function runOverdue(app: INestApplication): Promise<JobOutcome | null> {
  return app.get(JobRunner).runExclusive(OVERDUE_JOB, runOverdueCheck, { force: true });
}

export async function alertsOf(t: TestApp, scheduleId: string): Promise<AlertRow[]> {
  return t.dataSource.query<AlertRow[]>(
    `SELECT id, kind, status, source_key, source_id, resident_id, facility_id,
            to_char(due_on, 'YYYY-MM-DD') AS due_on, closed_at
       FROM alert WHERE source_type = 'health_schedule' AND source_id = $1 ORDER BY raised_at, id`,
    [scheduleId],
  );
}

export async function setFacilityTimezone(
  t: TestApp,
  facilityId: string,
  zone: string,
): Promise<void> {
  await t.dataSource.query(`UPDATE facility SET timezone = $2 WHERE id = $1`, [facilityId, zone]);
  // As PATCH /facilities/current does: the sessions that carry the old zone are checked anew.
  facilityChanged(facilityId);
}
