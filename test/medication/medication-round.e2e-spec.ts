import { Role } from '../../src/identity/role';
import { insertUser } from '../security/security-app';
import { daysAgo } from '../daily-care/care-fixtures';
import { errorOf, fieldsOf, tomorrow } from '../residents/resident-fixtures';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';
import { medicationApi, prnBody, scheduledBody } from './medication-fixtures';

interface DoseBody {
  prescriptionId: string;
  time: string;
  label: string;
  medicineName?: string;
  indication?: string | null;
  sensitive?: boolean;
  record: {
    outcome: string;
    reason: string | null;
    recordedBy: string;
    recordedByName: string | null;
  } | null;
}
interface RoundBody {
  residents: {
    residentId: string;
    doses: DoseBody[];
    asNeeded: { prescriptionId: string; prnReason: string; givenLast24h: number; label: string }[];
  }[];
}

describe('the medication round', () => {
  let t: TestApp;
  let api: ReturnType<typeof medicationApi>;
  let admin: string;
  let nurse: string;
  let carer: string;
  let social: string;
  let room: string;
  let anna: string;
  let binh: string;
  let para: string;
  let arv: string;
  let prn: string;
  const day = daysAgo(1);

  const residentIn = (body: RoundBody, id: string) =>
    body.residents.find((r) => r.residentId === id);

  beforeAll(async () => {
    t = await startTestApp();
    api = medicationApi(t);
    [admin, nurse, carer, social] = await Promise.all([
      t.token('admin'),
      t.token('nurse'),
      t.token('carer'),
      t.token('social'),
    ]);
    room = await api.room(admin);
    anna = (await api.residentIn(admin, room)).id;
    binh = (await api.residentIn(admin, room)).id;
    para = (await api.prescribe(nurse, anna, scheduledBody())).body.id as string;
    arv = (
      await api.prescribe(
        nurse,
        binh,
        scheduledBody({
          medicineName: 'Dolutegravir',
          strength: '50 mg',
          times: ['07:00'],
          sensitive: true,
          caretakerLabel: 'Thuốc túi xanh',
          indication: 'Điều trị ARV',
        }),
      )
    ).body.id as string;
    prn = (await api.prescribe(nurse, anna, prnBody())).body.id as string;
  }, 120_000);
  afterAll(() => t.close());

  it('lists the doses due at a time for a room, with the as-needed medicines', async () => {
    const res = await api.medRound(nurse, { date: day, slot: '07:00', room });
    expect(res.status).toBe(200);
    const body = res.body as RoundBody;
    expect(body.residents.map((r) => r.residentId).sort()).toEqual([anna, binh].sort());
    expect(residentIn(body, anna)?.doses).toEqual([
      expect.objectContaining({
        prescriptionId: para,
        time: '07:00',
        label: 'Paracetamol 500 mg',
        record: null,
      }),
    ]);
    expect(residentIn(body, anna)?.asNeeded).toEqual([
      expect.objectContaining({
        prescriptionId: prn,
        prnReason: 'Đau hoặc sốt trên 38,5°C',
        givenLast24h: 0,
      }),
    ]);
    // The nurse sees the sensitive medicine's name and why.
    expect(residentIn(body, binh)?.doses[0]).toMatchObject({
      label: 'Dolutegravir 50 mg',
      medicineName: 'Dolutegravir',
      indication: 'Điều trị ARV',
      sensitive: true,
    });
    const evening = (await api.medRound(nurse, { date: day, slot: '19:00', room }))
      .body as RoundBody;
    expect(evening.residents.map((r) => r.residentId)).toEqual([anna]);
  });

  it('shows a caretaker what to give and when, not why: no sensitive name, indication or flag', async () => {
    const res = await api.medRound(carer, { date: day, slot: '07:00', room });
    expect(res.status).toBe(200);
    const body = res.body as RoundBody;
    const dose = residentIn(body, binh)?.doses[0];
    expect(dose).toMatchObject({
      label: 'Thuốc túi xanh',
      dose: '1 viên',
      route: 'oral',
      time: '07:00',
    });
    expect(JSON.stringify(body)).not.toMatch(/Dolutegravir|ARV|indication|sensitive|medicineName/);
    // The same shape for every dose: the sensitive one does not stand out by its keys.
    const keys = (d: DoseBody | undefined) => Object.keys(d ?? {}).sort();
    expect(keys(dose)).toEqual(keys(residentIn(body, anna)?.doses[0]));
  });

  it('records given, refused, held with a reason and not available; each dose once', async () => {
    const first = await api.medBatch(carer, {
      date: day,
      rows: [
        { prescriptionId: para, time: '07:00', outcome: 'given' },
        { prescriptionId: arv, time: '07:00', outcome: 'refused', note: 'Cháu không chịu uống' },
      ],
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ date: day, saved: 2 });
    const evening = await api.medBatch(nurse, {
      date: day,
      rows: [
        { prescriptionId: para, time: '19:00', outcome: 'held', reason: 'Cháu nôn sau bữa tối' },
      ],
    });
    expect(evening.status).toBe(201);
    const round = (await api.medRound(nurse, { date: day, room })).body as RoundBody;
    expect(
      residentIn(round, anna)?.doses.map((d) => [d.time, d.record?.outcome, d.record?.reason]),
    ).toEqual([
      ['07:00', 'given', null],
      ['19:00', 'held', 'Cháu nôn sau bữa tối'],
    ]);
    expect(residentIn(round, binh)?.doses[0]?.record?.outcome).toBe('refused');
    // "Already recorded by …": the round names who recorded each dose.
    expect(residentIn(round, anna)?.doses[0]?.record?.recordedByName).toEqual(expect.any(String));
    expect(residentIn(round, anna)?.doses[0]?.record?.recordedByName).not.toBe('');

    const before = await count(t.dataSource, 'medication_administration');
    const again = await api.medBatch(nurse, {
      date: day,
      rows: [{ prescriptionId: para, time: '07:00', outcome: 'not_available' }],
    });
    expectProblem(again, 409);
    expect(errorOf(again, 'rows.0.time')?.code).toBe('alreadyRecorded');
    expect(await count(t.dataSource, 'medication_administration')).toBe(before);
    const notAvailable = await api.medBatch(nurse, {
      date: daysAgo(2),
      rows: [{ prescriptionId: arv, time: '07:00', outcome: 'not_available' }],
    });
    expect(notAvailable.status).toBe(201);
  });

  it('saves every row or none, naming each bad row', async () => {
    const before = await count(t.dataSource, 'medication_administration');
    const res = await api.medBatch(nurse, {
      date: daysAgo(3),
      rows: [
        { prescriptionId: para, time: '07:00', outcome: 'given' },
        { prescriptionId: para, time: '07:00', outcome: 'given' },
        { prescriptionId: para, time: '12:00', outcome: 'given' },
        { prescriptionId: para, outcome: 'given' },
        { prescriptionId: arv, time: '07:00', outcome: 'held' },
        { prescriptionId: '3f6c1f9e-2b7a-4c1d-9e8f-0a1b2c3d4e5f', time: '07:00', outcome: 'given' },
      ],
    });
    expectProblem(res, 400);
    expect(fieldsOf(res).sort()).toEqual(
      [
        'rows.1.time',
        'rows.2.time',
        'rows.3.time',
        'rows.4.reason',
        'rows.5.prescriptionId',
      ].sort(),
    );
    expect(errorOf(res, 'rows.4.reason')?.message).toMatch(/lý do/);
    expectProblem(
      await api.medBatch(nurse, {
        date: tomorrow(),
        rows: [{ prescriptionId: para, time: '07:00', outcome: 'given' }],
      }),
      400,
    );
    expectProblem(
      await api.medBatch(nurse, {
        date: daysAgo(3),
        rows: [{ prescriptionId: para, time: '07:00', outcome: 'forgot' }],
      }),
      400,
    );
    expect(await count(t.dataSource, 'medication_administration')).toBe(before);
  });

  it('replays a batch sent again with the same Idempotency-Key, and saves it once', async () => {
    const body = {
      date: daysAgo(4),
      rows: [{ prescriptionId: para, time: '07:00', outcome: 'given' }],
    };
    const first = await api.medBatch(carer, body, 'med-round-key-0001');
    expect(first.status).toBe(201);
    const before = await count(t.dataSource, 'medication_administration');
    const retry = await api.medBatch(carer, body, 'med-round-key-0001');
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(await count(t.dataSource, 'medication_administration')).toBe(before);
  });

  it('gives an as-needed dose with its reason, and refuses one beyond the 24-hour maximum', async () => {
    const noReason = await api.medBatch(nurse, {
      date: daysAgo(0),
      rows: [{ prescriptionId: prn, outcome: 'given' }],
    });
    expectProblem(noReason, 400);
    expect(fieldsOf(noReason)).toEqual(['rows.0.reason']);
    const withTime = await api.medBatch(nurse, {
      date: daysAgo(0),
      rows: [{ prescriptionId: prn, time: '08:00', outcome: 'given', reason: 'Sốt 38,8°C' }],
    });
    expectProblem(withTime, 400);
    const now = Date.now();
    const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
    const two = await api.medBatch(nurse, {
      date: daysAgo(0),
      rows: [
        { prescriptionId: prn, outcome: 'given', reason: 'Sốt 38,8°C', administeredAt: at(300) },
        { prescriptionId: prn, outcome: 'given', reason: 'Còn sốt 38,6°C', administeredAt: at(10) },
      ],
    });
    expect(two.status).toBe(201);
    const third = await api.medBatch(carer, {
      date: daysAgo(0),
      rows: [{ prescriptionId: prn, outcome: 'given', reason: 'Đau đầu' }],
    });
    expectProblem(third, 409);
    expect(errorOf(third, 'rows.0.prescriptionId')?.code).toBe('maxPer24h');
    // A refusal is not a dose given: it is recorded.
    const refused = await api.medBatch(carer, {
      date: daysAgo(0),
      rows: [{ prescriptionId: prn, outcome: 'refused' }],
    });
    expect(refused.status).toBe(201);
    const round = (await api.medRound(nurse, { room })).body as RoundBody;
    expect(residentIn(round, anna)?.asNeeded[0]?.givenLast24h).toBe(2);
  });

  it('has no dose due after a prescription is stopped', async () => {
    const created = await api.prescribe(
      nurse,
      binh,
      scheduledBody({ medicineName: 'Vitamin C', times: ['00:00', '23:59'] }),
    );
    const id = created.body.id as string;
    await api.stop(nurse, id, { reason: 'Đổi thuốc' }, '"1"');
    // Stopped today: the 00:00 dose was due before the stop, the 23:59 one is not.
    const today = (await api.medRound(nurse, { room })).body as RoundBody;
    expect(
      residentIn(today, binh)
        ?.doses.filter((d) => d.prescriptionId === id)
        .map((d) => d.time),
    ).toEqual(['00:00']);
    const late = await api.medBatch(nurse, {
      date: daysAgo(0),
      rows: [{ prescriptionId: id, time: '23:59', outcome: 'given' }],
    });
    expectProblem(late, 409);
    expect(errorOf(late, 'rows.0.prescriptionId')?.code).toBe('notInForce');
    const early = await api.medBatch(nurse, {
      date: daysAgo(0),
      rows: [{ prescriptionId: id, time: '00:00', outcome: 'given' }],
    });
    expect(early.status).toBe(201);
  });

  it('is for the nurse and caretakers; another facility’s prescriptions are unknown', async () => {
    for (const token of [admin, social]) {
      expectProblem(await api.medRound(token, { room }), 403);
      expectProblem(
        await api.medBatch(token, {
          date: day,
          rows: [{ prescriptionId: para, time: '07:00', outcome: 'given' }],
        }),
        403,
      );
    }
    await insertUser(t, 'nurseb', Role.Nurse, t.facilityB.id, null);
    const nurseB = (await t.login('nurseb')).accessToken;
    expectProblem(await api.medRound(nurseB, { room }), 404);
    const other = await api.medBatch(nurseB, {
      date: day,
      rows: [{ prescriptionId: para, time: '19:00', outcome: 'given' }],
    });
    expectProblem(other, 400);
    expect(errorOf(other, 'rows.0.prescriptionId')?.code).toBe('unknownPrescription');
    expect((await api.medRound(nurseB, {})).body).toMatchObject({ residents: [] });
  });
});
