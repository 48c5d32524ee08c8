import { addDays } from '../../src/calendar/dates';
import { regularBody, residentsApi, today } from '../residents/resident-fixtures';
import type { TestApp } from '../support/test-app';

export interface DischargeBody {
  id: string;
  residentId: string;
  ground: string;
  decisionLate: boolean;
  lateReason: string | null;
  effectiveOn: string;
  diedOn: string | null;
  causeOfDeath: string | null;
  funeralSupportVnd: number | null;
  ageRuleOverrideReason: string | null;
}

export interface FollowUpBody {
  id: string;
  dischargeId: string;
  residentId: string;
  dueOn: string;
  doneOn: string | null;
  method: string | null;
  riskLevel: string | null;
  version: number;
}

export interface MovementsBody {
  month: string;
  atStart: number;
  admissions: Record<string, number>;
  admittedTotal: number;
  dischargesByGround: Record<string, number>;
  discharged: number;
  deaths: number;
  transfers: number;
  atEnd: number;
  lateDecisions: number;
  identityHolds: boolean;
}

/** A discharge to family that passes every rule, effective today: change one thing at a time. */
export function dischargeBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ground: 'family_request',
    requestedOn: addDays(today(), -3),
    decisionNo: '58/QĐ-TTBTXH',
    decisionDate: today(),
    effectiveOn: today(),
    destination: {
      kind: 'family',
      name: 'Lò Văn Pảng',
      relationship: 'chú ruột',
      address: 'Xã Mường La, tỉnh Sơn La',
      phone: '0912 345 678',
    },
    handover: {
      receivedBy: 'Lò Văn Pảng',
      communeConfirmationNo: '15/XN-UBND',
      communeConfirmationDate: today(),
    },
    belongingsReturned: 'Quần áo, sách vở',
    documentsReturned: 'Giấy khai sinh (bản chính)',
    ...over,
  };
}

export function dischargeApi(t: TestApp) {
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const residents = residentsApi(t);
  const api = {
    ...residents,
    /** A resident admitted `daysAgo` days ago (regular, orphan of 10 unless overridden). */
    async resident(token: string, over: Record<string, unknown> = {}, daysAgo = 30) {
      const on = addDays(today(), -daysAgo);
      return residents.admitted(token, regularBody({ admittedOn: on, decisionDate: on, ...over }));
    },
    discharge: (token: string, residentId: string, body: Record<string, unknown>) =>
      t.http().post(`/api/v1/residents/${residentId}/discharge`).set(auth(token)).send(body),
    async discharged(token: string, residentId: string, body: Record<string, unknown>) {
      const res = await api.discharge(token, residentId, body);
      if (res.status !== 201) throw new Error(`discharge answered ${res.status}: ${res.text}`);
      return res.body as { discharge: DischargeBody; followUps: FollowUpBody[] };
    },
    readmit: (token: string, residentId: string, body: Record<string, unknown>) =>
      t.http().post(`/api/v1/residents/${residentId}/readmit`).set(auth(token)).send(body),
    followUps: (token: string, dischargeId: string) =>
      t.http().get(`/api/v1/discharges/${dischargeId}/follow-ups`).set(auth(token)),
    addFollowUp: (token: string, dischargeId: string, body: Record<string, unknown>) =>
      t.http().post(`/api/v1/discharges/${dischargeId}/follow-ups`).set(auth(token)).send(body),
    patchFollowUp: (token: string, id: string, body: Record<string, unknown>, ifMatch?: string) => {
      const req = t.http().patch(`/api/v1/follow-ups/${id}`).set(auth(token));
      if (ifMatch !== undefined) req.set('If-Match', ifMatch);
      return req.send(body);
    },
    steps: (token: string, residentId: string) =>
      t.http().get(`/api/v1/residents/${residentId}/reintegration-steps`).set(auth(token)),
    addStep: (token: string, residentId: string, body: Record<string, unknown>) =>
      t
        .http()
        .post(`/api/v1/residents/${residentId}/reintegration-steps`)
        .set(auth(token))
        .send(body),
    patchStep: (token: string, id: string, body: Record<string, unknown>, ifMatch?: string) => {
      const req = t.http().patch(`/api/v1/reintegration-steps/${id}`).set(auth(token));
      if (ifMatch !== undefined) req.set('If-Match', ifMatch);
      return req.send(body);
    },
    movements: (token: string, month: string) =>
      t.http().get('/api/v1/movements').query({ month }).set(auth(token)),
    async movementsOf(token: string, month: string): Promise<MovementsBody> {
      const res = await api.movements(token, month);
      if (res.status !== 200) throw new Error(`movements answered ${res.status}: ${res.text}`);
      return res.body as MovementsBody;
    },
    alerts: (token: string, query: Record<string, string | number> = {}) =>
      t.http().get('/api/v1/alerts').query(query).set(auth(token)),
  };
  return api;
}

/** The counts that a refused discharge must leave unchanged. */
export async function dischargeCounts(t: TestApp): Promise<Record<string, number>> {
  const rows: Record<string, string>[] = await t.dataSource.query(
    `SELECT (SELECT count(*) FROM discharge) AS discharge, (SELECT count(*) FROM follow_up) AS follow_up,
            (SELECT count(*) FROM resident_event) AS resident_event, (SELECT count(*) FROM audit_log) AS audit_log,
            (SELECT count(*) FROM resident WHERE status IN ('active', 'on_leave')) AS present,
            (SELECT count(*) FROM health_schedule WHERE active) AS active_schedules`,
  );
  return Object.fromEntries(Object.entries(rows[0] ?? {}).map(([k, v]) => [k, Number(v)]));
}
