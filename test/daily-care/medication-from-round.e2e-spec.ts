import { errorOf, fieldsOf } from '../residents/resident-fixtures';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';
import { medicationApi, prnBody, scheduledBody } from '../medication/medication-fixtures';
import { daysAgo, observation } from './care-fixtures';

interface RecordBody {
  id: string;
  shift: string;
  version: number;
  medicationGiven: string | null;
  medicationNote: string | null;
}

/** The daily record's medication fields: one truth, the medication round (issue 22). */
describe('the daily record reports the medication round', () => {
  let t: TestApp;
  let api: ReturnType<typeof medicationApi>;
  let admin: string;
  let nurse: string;
  let carer: string;
  let room: string;
  let anna: string;
  let para: string;
  let prn: string;
  const day = daysAgo(1);

  const recordsOf = async (token: string, residentId: string) => {
    const res = await api.records(token, residentId, { from: day, to: day });
    expect(res.status).toBe(200);
    const items = (res.body as { items: RecordBody[] }).items;
    return (shift: string) => items.find((r) => r.shift === shift);
  };

  beforeAll(async () => {
    t = await startTestApp();
    api = medicationApi(t);
    [admin, nurse, carer] = await Promise.all([
      t.token('admin'),
      t.token('nurse'),
      t.token('carer'),
    ]);
    room = await api.room(admin);
    anna = (await api.residentIn(admin, room)).id;
    // 07:00 and 12:00 fall in the morning shift, 19:00 in the afternoon; nothing at night.
    para = (await api.prescribe(nurse, anna, scheduledBody({ times: ['07:00', '12:00', '19:00'] })))
      .body.id as string;
    prn = (await api.prescribe(nurse, anna, prnBody())).body.id as string;
  }, 120_000);
  afterAll(() => t.close());

  it('answers what the round recorded for the resident, date and shift', async () => {
    for (const shift of ['morning', 'afternoon', 'night']) {
      const res = await api.record(nurse, anna, observation({ recordDate: day, shift }));
      expect(res.status).toBe(201);
      // Nothing recorded yet in the round: the morning's doses are not recorded.
      if (shift === 'morning')
        expect(res.body).toMatchObject({
          medicationGiven: null,
          medicationNote: '07:00 not_recorded; 12:00 not_recorded',
        });
    }
    let shiftOf = await recordsOf(carer, anna);
    expect(shiftOf('night')).toMatchObject({
      medicationGiven: 'not_prescribed',
      medicationNote: null,
    });
    expect(shiftOf('afternoon')).toMatchObject({
      medicationGiven: null,
      medicationNote: '19:00 not_recorded',
    });

    const saved = await api.medBatch(nurse, {
      date: day,
      rows: [
        { prescriptionId: para, time: '07:00', outcome: 'given' },
        { prescriptionId: para, time: '12:00', outcome: 'given' },
        { prescriptionId: para, time: '19:00', outcome: 'refused', note: 'Không chịu uống' },
        {
          prescriptionId: prn,
          outcome: 'given',
          reason: 'Sốt 38,8°C',
          administeredAt: `${day}T10:30:00+07:00`,
        },
      ],
    });
    expect(saved.status).toBe(201);
    shiftOf = await recordsOf(carer, anna);
    expect(shiftOf('morning')).toMatchObject({
      medicationGiven: 'yes',
      medicationNote: '07:00 given; 10:30 as_needed given; 12:00 given',
    });
    expect(shiftOf('afternoon')).toMatchObject({
      medicationGiven: 'no',
      medicationNote: '19:00 refused',
    });
    expect(shiftOf('night')?.medicationGiven).toBe('not_prescribed');
    // Never the medicine, its reason or the round's notes.
    const all = JSON.stringify((await api.records(carer, anna, { from: day, to: day })).body);
    expect(all).not.toMatch(/Paracetamol|Ibuprofen|Sốt|Không chịu/);

    // The room round and a correction answer the same.
    const round = await api.round(nurse, { date: day, room, shift: 'afternoon' });
    expect(round.status).toBe(200);
    const items = (round.body as { items: { residentId: string; records: RecordBody[] }[] }).items;
    expect(items.find((i) => i.residentId === anna)?.records[0]).toMatchObject({
      medicationGiven: 'no',
    });
    const morning = shiftOf('morning');
    const patched = await api.patchRecord(
      nurse,
      morning?.id ?? '',
      { notes: 'Đã sửa', reason: 'Ghi thiếu' },
      `"${morning?.version}"`,
    );
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ notes: 'Đã sửa', medicationGiven: 'yes' });
    const revisions = await t
      .http()
      .get(`/api/v1/daily-records/${morning?.id}/revisions`)
      .set('Authorization', `Bearer ${nurse}`);
    expect(revisions.status).toBe(200);
    const [first] = revisions.body as { state: Record<string, unknown> }[];
    expect(first.state).toMatchObject({ notes: 'Chơi cùng các bạn' });
    expect(first.state).not.toHaveProperty('medicationGiven');
    expect(first.state).not.toHaveProperty('medicationNote');
  });

  it('refuses a record, a correction or a round row that names the medication; changes nothing', async () => {
    const before = await count(t.dataSource, 'daily_record');
    const created = await api.record(
      carer,
      anna,
      observation({ recordDate: daysAgo(2), shift: 'morning', medicationGiven: 'yes' }),
    );
    expectProblem(created, 400);
    expect(errorOf(created, 'medicationGiven')?.code).toBe('medicationRound');
    expect(errorOf(created, 'medicationGiven')?.message).toMatch(/medication-round/);

    const batch = await api.batch(carer, {
      recordDate: daysAgo(2),
      shift: 'morning',
      rows: [{ residentId: anna, ...observation({ medicationNote: 'Uống lúc 7 giờ' }) }],
    });
    expectProblem(batch, 400);
    expect(fieldsOf(batch)).toEqual(['rows.0.medicationNote']);
    expect(errorOf(batch, 'rows.0.medicationNote')?.code).toBe('medicationRound');
    expect(await count(t.dataSource, 'daily_record')).toBe(before);

    const morning = (await recordsOf(nurse, anna))('morning');
    const patch = await api.patchRecord(
      nurse,
      morning?.id ?? '',
      { medicationGiven: 'no', medicationNote: 'Quên' },
      `"${morning?.version}"`,
    );
    expectProblem(patch, 400);
    expect(fieldsOf(patch).sort()).toEqual(['medicationGiven', 'medicationNote']);
    const after = (await recordsOf(nurse, anna))('morning');
    expect(after).toMatchObject({ version: morning?.version, medicationGiven: 'yes' });

    // null writes nothing and is let through (a client clearing the field it no longer shows).
    const cleared = await api.record(
      carer,
      anna,
      observation({ recordDate: daysAgo(2), shift: 'night', medicationGiven: null }),
    );
    expect(cleared.status).toBe(201);
    expect(cleared.body).toMatchObject({ medicationGiven: 'not_prescribed' });
  });
});
