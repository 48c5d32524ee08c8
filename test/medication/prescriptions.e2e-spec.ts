import { errorOf, fieldsOf, tomorrow } from '../residents/resident-fixtures';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';
import { medicationApi, prnBody, scheduledBody } from './medication-fixtures';

describe('prescriptions', () => {
  let t: TestApp;
  let api: ReturnType<typeof medicationApi>;
  let admin: string;
  let nurse: string;
  let carer: string;
  let social: string;
  let admin2: string;
  let resident: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = medicationApi(t);
    [admin, nurse, carer, social, admin2] = await Promise.all([
      t.token('admin'),
      t.token('nurse'),
      t.token('carer'),
      t.token('social'),
      t.token('admin2'),
    ]);
    resident = (await api.residentIn(admin, await api.room(admin))).id;
  }, 120_000);
  afterAll(() => t.close());

  it('a nurse prescribes a scheduled medicine; times are sorted and repeats dropped', async () => {
    const res = await api.prescribe(
      nurse,
      resident,
      scheduledBody({ times: ['19:00', '07:00', '19:00'] }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      residentId: resident,
      medicineName: 'Paracetamol',
      times: ['07:00', '19:00'],
      asNeeded: false,
      prnReason: null,
      maxPer24h: null,
      status: 'active',
      version: 1,
    });
    const list = await api.prescriptions(admin, resident);
    expect(list.status).toBe(200);
    expect((list.body as { id: string }[]).map((p) => p.id)).toContain(res.body.id);
  });

  it('an as-needed prescription needs its reason and a maximum per 24 hours, and no times', async () => {
    const ok = await api.prescribe(nurse, resident, prnBody());
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ asNeeded: true, times: [], maxPer24h: 2 });

    const before = await count(t.dataSource, 'prescription');
    const bad = await api.prescribe(
      nurse,
      resident,
      prnBody({ prnReason: undefined, maxPer24h: undefined, times: ['08:00'] }),
    );
    expectProblem(bad, 400);
    expect(fieldsOf(bad).sort()).toEqual(['maxPer24h', 'prnReason', 'times']);
    expect(errorOf(bad, 'prnReason')?.message).toMatch(/khi cần/);
    const tooMany = await api.prescribe(nurse, resident, prnBody({ maxPer24h: 25 }));
    expectProblem(tooMany, 400);
    expect(fieldsOf(tooMany)).toEqual(['maxPer24h']);
    expect(await count(t.dataSource, 'prescription')).toBe(before);
  });

  it('refuses a scheduled prescription without times, with a PRN reason, or ending before it starts', async () => {
    const before = await count(t.dataSource, 'prescription');
    const res = await t
      .http()
      .post(`/api/v1/residents/${resident}/prescriptions`)
      .set('Authorization', `Bearer ${nurse}`)
      .set('Accept-Language', 'en')
      .send(
        scheduledBody({
          times: [],
          prnReason: 'đau',
          startDate: '2026-03-10',
          endDate: '2026-03-01',
        }),
      );
    expectProblem(res, 400);
    expect(fieldsOf(res).sort()).toEqual(['endDate', 'prnReason', 'times']);
    expect(errorOf(res, 'endDate')?.message).toBe('The end date is before the start date');
    const badTime = await api.prescribe(nurse, resident, scheduledBody({ times: ['7h'] }));
    expectProblem(badTime, 400);
    expect(fieldsOf(badTime)).toEqual(['times']);
    const unknown = await api.prescribe(nurse, resident, scheduledBody({ colour: 'trắng' }));
    expectProblem(unknown, 400);
    expect(await count(t.dataSource, 'prescription')).toBe(before);
  });

  it('a sensitive medicine needs a caretaker label that does not name it', async () => {
    const noLabel = await api.prescribe(
      nurse,
      resident,
      scheduledBody({ medicineName: 'Dolutegravir', sensitive: true }),
    );
    expectProblem(noLabel, 400);
    expect(fieldsOf(noLabel)).toEqual(['caretakerLabel']);
    const naming = await api.prescribe(
      nurse,
      resident,
      scheduledBody({
        medicineName: 'Dolutegravir',
        sensitive: true,
        caretakerLabel: 'dolutegravir túi xanh',
      }),
    );
    expectProblem(naming, 400);
    expect(errorOf(naming, 'caretakerLabel')?.code).toBe('namesMedicine');
    const ok = await api.prescribe(
      nurse,
      resident,
      scheduledBody({
        medicineName: 'Dolutegravir',
        sensitive: true,
        caretakerLabel: 'Thuốc túi xanh',
      }),
    );
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ sensitive: true, caretakerLabel: 'Thuốc túi xanh' });
  });

  it('a change keeps the earlier version; a stale If-Match is a 412 and a missing one a 428', async () => {
    const created = await api.prescribe(nurse, resident, scheduledBody({ dose: '1 viên' }));
    const id = created.body.id as string;
    const missing = await api.change(nurse, id, { dose: '2 viên' });
    expectProblem(missing, 428);
    const changed = await api.change(nurse, id, { dose: '2 viên', times: ['08:00'] }, '"1"');
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).toBe('"2"');
    expect(changed.body).toMatchObject({ dose: '2 viên', times: ['08:00'], version: 2 });
    const stale = await api.change(nurse, id, { dose: '3 viên' }, '"1"');
    expectProblem(stale, 412);
    const history = await api.revisions(admin, id);
    expect(history.status).toBe(200);
    expect(history.body).toEqual([
      expect.objectContaining({
        version: 1,
        state: expect.objectContaining({ dose: '1 viên', times: ['07:00', '19:00'] }),
      }),
    ]);
    // The rules hold on the prescription as it would become: as-needed without its facts.
    const half = await api.change(nurse, id, { asNeeded: true, times: [] }, '"2"');
    expectProblem(half, 400);
    expect(fieldsOf(half).sort()).toEqual(['maxPer24h', 'prnReason']);
    const nulls = await api.change(nurse, id, { medicineName: null }, '"2"');
    expectProblem(nulls, 400);
    expect(fieldsOf(nulls)).toEqual(['medicineName']);
    // The web form clears an end date and a maximum with null (the OpenAPI document says so).
    const ended = await api.change(nurse, id, { endDate: tomorrow() }, '"2"');
    expect(ended.body).toMatchObject({ endDate: tomorrow(), version: 3 });
    const cleared = await api.change(nurse, id, { endDate: null, maxPer24h: null }, '"3"');
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ endDate: null, maxPer24h: null, version: 4 });
  });

  it('is stopped with a reason, never deleted; a stopped prescription is not changed again', async () => {
    const created = await api.prescribe(nurse, resident, scheduledBody());
    const id = created.body.id as string;
    const noReason = await api.stop(nurse, id, {}, '"1"');
    expectProblem(noReason, 400);
    const stopped = await api.stop(nurse, id, { reason: 'Hết đợt điều trị' }, '"1"');
    expect(stopped.status).toBe(200);
    expect(stopped.body).toMatchObject({
      status: 'stopped',
      stopReason: 'Hết đợt điều trị',
      version: 2,
    });
    expect(stopped.body.stoppedAt).toEqual(expect.any(String));
    expectProblem(await api.stop(nurse, id, { reason: 'lại' }, '"2"'), 409);
    expectProblem(await api.change(nurse, id, { dose: '2 viên' }, '"2"'), 409);
    const stoppedList = await api.prescriptions(nurse, resident, { status: 'stopped' });
    expect((stoppedList.body as { id: string }[]).map((p) => p.id)).toEqual([id]);
    expect((await api.revisions(nurse, id)).body).toHaveLength(1);
    expect(await t.dataSource.query(`SELECT 1 FROM prescription WHERE id = $1`, [id])).toHaveLength(
      1,
    );
  });

  it('is for the nurse and the admin only; another facility sees nothing', async () => {
    const created = await api.prescribe(admin, resident, scheduledBody());
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    for (const token of [carer, social]) {
      expectProblem(await api.prescribe(token, resident, scheduledBody()), 403);
      expectProblem(await api.prescriptions(token, resident), 403);
      expectProblem(await api.change(token, id, { dose: 'x' }, '"1"'), 403);
    }
    expectProblem(await api.prescription(admin2, id), 404);
    expectProblem(await api.prescriptions(admin2, resident), 404);
    expectProblem(await api.change(admin2, id, { dose: '2 viên' }, '"1"'), 404);
    expectProblem(await api.stop(admin2, id, { reason: 'x' }, '"1"'), 404);
    expect((await api.prescription(nurse, id)).body.dose).toBe('1 viên');
  });

  it('is not written for a resident who left', async () => {
    const gone = (await api.residentIn(admin, null)).id;
    await api.discharge(gone);
    expectProblem(await api.prescribe(nurse, gone, scheduledBody()), 409);
  });

  describe('medicine purchases and the month’s cost per resident', () => {
    const month = '2026-11';
    const buy = (token: string, body: Record<string, unknown>) =>
      t
        .http()
        .post('/api/v1/medicine-purchases')
        .set('Authorization', `Bearer ${token}`)
        .send(body);
    const list = (token: string, query: Record<string, string>) =>
      t
        .http()
        .get('/api/v1/medicine-purchases')
        .query(query)
        .set('Authorization', `Bearer ${token}`);

    it('sums the month’s purchases per resident present, against the 100,000 đ ceiling', async () => {
      // Present in November: admitted by its end, and not gone before it (left on or before the
      // 1st without coming back by the 30th). Read from the stay history, not today's status.
      const [{ n }] = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM resident r WHERE r.facility_id = $1
            AND EXISTS (SELECT 1 FROM resident_event a WHERE a.resident_id = r.id
                         AND a.kind IN ('admitted', 'readmitted') AND a.event_date <= '2026-11-30')
            AND NOT EXISTS (SELECT 1 FROM resident_event l WHERE l.resident_id = r.id
                         AND l.kind IN ('discharged', 'died', 'transferred') AND l.event_date <= '2026-11-01'
                         AND NOT EXISTS (SELECT 1 FROM resident_event b WHERE b.resident_id = r.id
                                          AND b.kind = 'readmitted' AND b.event_date >= l.event_date
                                          AND b.event_date <= '2026-11-30'))`,
        [t.facilityA.id],
      );
      expect(n).toBeGreaterThan(0);
      const a = await buy(nurse, {
        purchasedOn: '2026-11-03',
        description: 'Paracetamol 500 mg, 10 hộp',
        supplier: 'Nhà thuốc Minh Châu',
        amountVnd: 60_000 * n,
      });
      expect(a.status).toBe(201);
      expect(a.body).toMatchObject({ amountVnd: 60_000 * n, invoiceNumber: null });
      expect(
        (
          await buy(admin, {
            purchasedOn: '2026-11-20',
            description: 'Siro ho',
            amountVnd: 30_000 * n,
          })
        ).status,
      ).toBe(201);
      expect(
        (
          await buy(admin, {
            purchasedOn: '2026-12-01',
            description: 'Tháng sau',
            amountVnd: 999_999,
          })
        ).status,
      ).toBe(201);
      const res = await list(admin, { month });
      expect(res.status).toBe(200);
      expect(res.body.cost).toEqual({
        month,
        totalVnd: 90_000 * n,
        residents: n,
        perResidentVnd: 90_000,
        ceilingVnd: 100_000,
        overCeiling: false,
      });
      expect(res.body.items).toHaveLength(2);
      await buy(admin, {
        purchasedOn: '2026-11-25',
        description: 'Thuốc nhỏ mắt',
        amountVnd: 20_000 * n,
      });
      expect((await list(nurse, { month })).body.cost).toMatchObject({
        perResidentVnd: 110_000,
        overCeiling: true,
      });
    });

    it('refuses bad input and other roles, and keeps facilities apart', async () => {
      const before = await count(t.dataSource, 'medicine_purchase');
      const bad = await buy(nurse, { purchasedOn: '2099-01-01', description: ' ', amountVnd: 0 });
      expectProblem(bad, 400);
      expect(fieldsOf(bad).sort()).toEqual(['amountVnd', 'description']);
      expectProblem(
        await buy(nurse, { purchasedOn: '2099-01-01', description: 'x', amountVnd: 1 }),
        400,
      );
      expectProblem(
        await buy(carer, { purchasedOn: '2026-11-03', description: 'x', amountVnd: 1 }),
        403,
      );
      expectProblem(await list(social, { month }), 403);
      expectProblem(await list(admin, { month: '2026-13' }), 400);
      expect(await count(t.dataSource, 'medicine_purchase')).toBe(before);
      expect((await list(admin2, { month })).body).toMatchObject({
        items: [],
        cost: { totalVnd: 0 },
      });
    });
  });
});
