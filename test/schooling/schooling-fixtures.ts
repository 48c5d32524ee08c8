import type { Response } from 'supertest';
import { addDays } from '../../src/calendar/dates';
import { regularBody, residentsApi, yearsAgo } from '../residents/resident-fixtures';
import type { TestApp } from '../support/test-app';

export { today, yearsAgo, errorOf, fieldsOf } from '../residents/resident-fixtures';

/** A birth date `years` and a month ago: the person is `years` old, far from a birthday. */
export const agedYears = (years: number): string => addDays(yearsAgo(years), -30);

export interface EnrollmentBody {
  id: string;
  residentId: string;
  schoolYear: string;
  level: string;
  grade: number | null;
  status: string | null;
  schoolName: string | null;
  startDate: string;
  endDate: string | null;
  ratingScale: string;
  voided: boolean;
  results: ResultBody[];
  version: number;
}

export interface ResultBody {
  id: string;
  term: string;
  scale: string;
  rating: string | null;
  learningRating: string | null;
  conductRating: string | null;
  daysAbsent: number | null;
  promotion: string | null;
  promotionReason: string | null;
  version: number;
}

/** A lower-secondary enrolment that passes every rule: change one thing at a time. */
export function enrollmentBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schoolYear: '2026-2027',
    level: 'lower_secondary',
    grade: 7,
    schoolName: 'Trường THCS Hiến Nam',
    schoolCommune: 'Phường Phố Hiến, tỉnh Hưng Yên',
    className: '7A2',
    startDate: '2026-09-05',
    boardingType: 'day',
    ...over,
  };
}

/** Schooling routes bound to one test app. */
export function schoolingApi(t: TestApp) {
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const residents = residentsApi(t);
  const api = {
    /** Admits a child of the given age (orphan, facility A unless the token says otherwise). */
    async child(token: string, age: number, over: Record<string, unknown> = {}): Promise<string> {
      const r = await residents.admitted(
        token,
        regularBody({ dateOfBirth: agedYears(age), ...over }),
      );
      return r.id;
    },
    enrol: (token: string, residentId: string, body: Record<string, unknown>) =>
      t.http().post(`/api/v1/residents/${residentId}/enrollments`).set(auth(token)).send(body),
    /** Enrols and insists on 201. */
    async enrolled(
      token: string,
      residentId: string,
      body: Record<string, unknown>,
    ): Promise<EnrollmentBody> {
      const res = await api.enrol(token, residentId, body);
      if (res.status !== 201) throw new Error(`enrolment answered ${res.status}: ${res.text}`);
      return res.body as EnrollmentBody;
    },
    list: (token: string, residentId: string, query: Record<string, string | number> = {}) =>
      t.http().get(`/api/v1/residents/${residentId}/enrollments`).query(query).set(auth(token)),
    get: (token: string, id: string) => t.http().get(`/api/v1/enrollments/${id}`).set(auth(token)),
    patch: (token: string, id: string, body: Record<string, unknown>, ifMatch?: string) => {
      const req = t.http().patch(`/api/v1/enrollments/${id}`).set(auth(token));
      if (ifMatch !== undefined) req.set('If-Match', ifMatch);
      return req.send(body);
    },
    result: (token: string, enrollmentId: string, body: Record<string, unknown>) =>
      t.http().post(`/api/v1/enrollments/${enrollmentId}/results`).set(auth(token)).send(body),
    /** Records a result and insists on 201. */
    async resulted(
      token: string,
      enrollmentId: string,
      body: Record<string, unknown>,
    ): Promise<ResultBody> {
      const res = await api.result(token, enrollmentId, body);
      if (res.status !== 201) throw new Error(`result answered ${res.status}: ${res.text}`);
      return res.body as ResultBody;
    },
    patchResult: (token: string, id: string, body: Record<string, unknown>, ifMatch?: string) => {
      const req = t.http().patch(`/api/v1/results/${id}`).set(auth(token));
      if (ifMatch !== undefined) req.set('If-Match', ifMatch);
      return req.send(body);
    },
    trainings: (token: string, residentId: string) =>
      t.http().get(`/api/v1/residents/${residentId}/vocational-trainings`).set(auth(token)),
    train: (token: string, residentId: string, body: Record<string, unknown>) =>
      t
        .http()
        .post(`/api/v1/residents/${residentId}/vocational-trainings`)
        .set(auth(token))
        .send(body),
    patchTraining: (token: string, id: string, body: Record<string, unknown>, ifMatch?: string) => {
      const req = t.http().patch(`/api/v1/vocational-trainings/${id}`).set(auth(token));
      if (ifMatch !== undefined) req.set('If-Match', ifMatch);
      return req.send(body);
    },
    rollover: (token: string, body: Record<string, unknown>) =>
      t.http().post('/api/v1/schooling/rollover').set(auth(token)).send(body),
    figures: (token: string, year: string) =>
      t.http().get('/api/v1/schooling/figures').query({ year }).set(auth(token)),
    alerts: (token: string, query: Record<string, string>) =>
      t
        .http()
        .get('/api/v1/alerts')
        .query({ limit: 200, ...query })
        .set(auth(token)),
  };
  return api;
}

export const errorCodes = (res: Response): string[] =>
  ((res.body.errors ?? []) as { field: string; code: string }[]).map((e) => `${e.field}:${e.code}`);
