import { careApi, auth } from '../daily-care/care-fixtures';
import type { TestApp } from '../support/test-app';

export { auth };

/** A scheduled prescription body: paracetamol at 07:00 and 19:00 from a week ago. */
export function scheduledBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    medicineName: 'Paracetamol',
    strength: '500 mg',
    form: 'tablet',
    dose: '1 viên',
    route: 'oral',
    times: ['07:00', '19:00'],
    startDate: '2026-01-01',
    prescriber: 'BS. Nguyễn Văn Hùng',
    instructions: 'Uống sau ăn',
    indication: 'Đau khớp',
    ...over,
  };
}

export function prnBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return scheduledBody({
    medicineName: 'Ibuprofen',
    times: [],
    asNeeded: true,
    prnReason: 'Đau hoặc sốt trên 38,5°C',
    maxPer24h: 2,
    ...over,
  });
}

export function medicationApi(t: TestApp) {
  return {
    ...careApi(t),
    prescribe: (token: string, residentId: string, body: unknown) =>
      t
        .http()
        .post(`/api/v1/residents/${residentId}/prescriptions`)
        .set(auth(token))
        .send(body as object),
    prescriptions: (token: string, residentId: string, query: Record<string, string> = {}) =>
      t.http().get(`/api/v1/residents/${residentId}/prescriptions`).query(query).set(auth(token)),
    prescription: (token: string, id: string) =>
      t.http().get(`/api/v1/prescriptions/${id}`).set(auth(token)),
    change: (token: string, id: string, body: unknown, ifMatch?: string) => {
      const req = t.http().patch(`/api/v1/prescriptions/${id}`).set(auth(token));
      if (ifMatch !== undefined) req.set('If-Match', ifMatch);
      return req.send(body as object);
    },
    stop: (token: string, id: string, body: unknown, ifMatch?: string) => {
      const req = t.http().post(`/api/v1/prescriptions/${id}/stop`).set(auth(token));
      if (ifMatch !== undefined) req.set('If-Match', ifMatch);
      return req.send(body as object);
    },
    revisions: (token: string, id: string) =>
      t.http().get(`/api/v1/prescriptions/${id}/revisions`).set(auth(token)),
    medRound: (token: string, query: Record<string, string>) =>
      t.http().get('/api/v1/medication-round').query(query).set(auth(token)),
    medBatch: (token: string, body: unknown, key?: string) => {
      const req = t.http().post('/api/v1/medication-round/batch').set(auth(token));
      if (key) req.set('Idempotency-Key', key);
      return req.send(body as object);
    },
  };
}
