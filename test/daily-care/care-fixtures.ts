import { addDays } from '../../src/calendar/dates';
import { regularBody, residentsApi, today } from '../residents/resident-fixtures';
import type { TestApp } from '../support/test-app';

export const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
export const daysAgo = (n: number): string => addDays(today(), -n);

/** A resident admitted two months ago (so that past records are after the admission). */
export function residentBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return regularBody({ admittedOn: daysAgo(60), decisionDate: daysAgo(60), ...over });
}

let roomSeq = 0;

export function careApi(t: TestApp) {
  const residents = residentsApi(t);
  return {
    ...residents,
    /** A fresh room of facility A, so each test file's round is its own. */
    async room(admin: string): Promise<string> {
      const res = await t
        .http()
        .post('/api/v1/facilities/current/rooms')
        .set(auth(admin))
        .send({
          code: `DC${process.pid % 1000}-${roomSeq++}`,
          name: 'Phòng thử',
          areaM2: 120,
          beds: 20,
        });
      if (res.status !== 201) throw new Error(`room answered ${res.status}: ${res.text}`);
      return (res.body as { id: string }).id;
    },
    async residentIn(admin: string, roomId: string | null, over: Record<string, unknown> = {}) {
      return residents.admitted(admin, residentBody({ ...(roomId ? { roomId } : {}), ...over }));
    },
    /** Test setting only: the resident has left (the discharge module's own rules are tested there). */
    async discharge(id: string): Promise<void> {
      await t.dataSource.query(`UPDATE resident SET status = 'discharged' WHERE id = $1`, [id]);
    },
    round: (token: string, query: Record<string, string>) =>
      t.http().get('/api/v1/daily-records').query(query).set(auth(token)),
    batch: (token: string, body: unknown, key?: string) => {
      const req = t.http().post('/api/v1/daily-records/batch').set(auth(token));
      if (key) req.set('Idempotency-Key', key);
      return req.send(body as object);
    },
    record: (token: string, residentId: string, body: unknown) =>
      t
        .http()
        .post(`/api/v1/residents/${residentId}/daily-records`)
        .set(auth(token))
        .send(body as object),
    records: (token: string, residentId: string, query: Record<string, string | number> = {}) =>
      t.http().get(`/api/v1/residents/${residentId}/daily-records`).query(query).set(auth(token)),
    patchRecord: (token: string, id: string, body: unknown, ifMatch?: string) => {
      const req = t.http().patch(`/api/v1/daily-records/${id}`).set(auth(token));
      if (ifMatch !== undefined) req.set('If-Match', ifMatch);
      return req.send(body as object);
    },
    revisions: (token: string, id: string) =>
      t.http().get(`/api/v1/daily-records/${id}/revisions`).set(auth(token)),
    incident: (token: string, residentId: string, body: unknown) =>
      t
        .http()
        .post(`/api/v1/residents/${residentId}/incidents`)
        .set(auth(token))
        .send(body as object),
    incidents: (token: string, residentId: string) =>
      t.http().get(`/api/v1/residents/${residentId}/incidents`).set(auth(token)),
    alerts: (token: string, kind: string) =>
      t.http().get('/api/v1/alerts').query({ kind, limit: 200 }).set(auth(token)),
  };
}

/** An ordinary observation of a shift. */
export function observation(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    meals: [
      { meal: 'breakfast', intake: 'full' },
      { meal: 'lunch', intake: 'partial', note: 'Ăn nửa bát' },
    ],
    fluidsMl: 600,
    sleep: 'good',
    mood: 'calm',
    hygiene: 'assisted',
    toileting: 'normal',
    temperatureC: 36.7,
    notes: 'Chơi cùng các bạn',
    ...over,
  };
}
