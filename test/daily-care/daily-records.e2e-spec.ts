import { errorOf, fieldsOf, today, tomorrow } from '../residents/resident-fixtures';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';
import { auth, careApi, daysAgo, observation } from './care-fixtures';

interface RecordBody {
  id: string;
  residentId: string;
  recordDate: string;
  shift: string;
  meals: { meal: string; intake: string; note: string | null }[];
  handover: boolean;
  handoverMessage: string | null;
  notes: string | null;
  createdBy: string;
  version: number;
}

interface RoundItemBody {
  residentId: string;
  diet: { dietType: string; allergies: { substance: string }[] } | null;
  records: RecordBody[];
  missing: string[];
}

describe('daily records and the room round', () => {
  let t: TestApp;
  let api: ReturnType<typeof careApi>;
  let admin: string;
  let carer: string;
  let nurse: string;
  let social: string;
  let admin2: string;
  let room: string;
  let inRoom: string[];
  let gone: string;
  let residentB: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = careApi(t);
    [admin, carer, nurse, social, admin2] = await Promise.all([
      t.token('admin'),
      t.token('carer'),
      t.token('nurse'),
      t.token('social'),
      t.token('admin2'),
    ]);
    room = await api.room(admin);
    inRoom = [];
    for (let i = 0; i < 3; i++)
      inRoom.push((await api.residentIn(admin, room, { bed: `G${i + 1}` })).id);
    gone = (await api.residentIn(admin, room)).id;
    await api.discharge(gone);
    residentB = (await api.residentIn(admin2, null)).id;
  });
  afterAll(() => t.close());

  describe('the round in two calls', () => {
    it('shows every active resident of the room with its gaps, then saves the round at once', async () => {
      // The nurse has set one resident's diet: the caretaker sees it on the round.
      const plan = await t
        .http()
        .put(`/api/v1/residents/${inRoom[0]}/nutrition-plan`)
        .set(auth(nurse))
        .send({
          dietType: 'soft',
          texture: 'minced',
          mealsPerDay: 4,
          allergies: [{ substance: 'Tôm', kind: 'allergy', severity: 'severe' }],
        });
      expect(plan.status).toBe(200);

      const before = await api.round(carer, { date: today(), room, shift: 'morning' });
      expect(before.status).toBe(200);
      const items = before.body.items as RoundItemBody[];
      expect(items.map((i) => i.residentId).sort()).toEqual([...inRoom].sort());
      expect(items.every((i) => i.records.length === 0 && i.missing.join() === 'morning')).toBe(
        true,
      );
      const withDiet = items.find((i) => i.residentId === inRoom[0]);
      expect(withDiet?.diet).toEqual(
        expect.objectContaining({
          dietType: 'soft',
          allergies: [expect.objectContaining({ substance: 'Tôm' })],
        }),
      );

      const saved = await api.batch(carer, {
        recordDate: today(),
        shift: 'morning',
        rows: inRoom.map((residentId, i) =>
          observation({
            residentId,
            ...(i === 1 ? { handover: true, handoverMessage: 'Cháu sốt nhẹ, theo dõi' } : {}),
          }),
        ),
      });
      expect(saved.status).toBe(201);
      expect(saved.body.saved).toBe(3);

      const after = await api.round(carer, { date: today(), room, shift: 'morning' });
      const afterItems = after.body.items as RoundItemBody[];
      expect(afterItems.every((i) => i.records.length === 1 && i.missing.length === 0)).toBe(true);
      const handover = afterItems.find((i) => i.residentId === inRoom[1])?.records[0];
      expect(handover).toEqual(
        expect.objectContaining({ handover: true, handoverMessage: 'Cháu sốt nhẹ, theo dõi' }),
      );
      // The same day's other shifts are still gaps.
      const allShifts = await api.round(carer, { date: today(), room });
      expect((allShifts.body.items as RoundItemBody[])[0]?.missing).toEqual(['afternoon', 'night']);
    });

    it('a retry with the same Idempotency-Key replays the answer and saves nothing', async () => {
      const body = {
        recordDate: daysAgo(1),
        shift: 'afternoon',
        rows: inRoom.map((residentId) => observation({ residentId })),
      };
      const first = await api.batch(carer, body, 'round-retry-0001');
      expect(first.status).toBe(201);
      const rows = await count(t.dataSource, 'daily_record');
      const again = await api.batch(carer, body, 'round-retry-0001');
      expect(again.status).toBe(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(first.body);
      expect(await count(t.dataSource, 'daily_record')).toBe(rows);
    });

    it('a batch with one bad row saves nothing and names the row', async () => {
      const rows = await count(t.dataSource, 'daily_record');
      const res = await api.batch(carer, {
        recordDate: today(),
        shift: 'afternoon',
        rows: [
          observation({ residentId: inRoom[0] }),
          observation({ residentId: inRoom[1], meals: [{ meal: 'lunch', intake: 'eaten' }] }),
          observation({ residentId: inRoom[2] }),
        ],
      });
      expectProblem(res, 400);
      expect(fieldsOf(res)).toEqual(['rows.1.meals.0.intake']);
      expect(await count(t.dataSource, 'daily_record')).toBe(rows);
    });

    it('a row for a resident who left is a conflict; nothing is saved', async () => {
      const rows = await count(t.dataSource, 'daily_record');
      const res = await api.batch(carer, {
        recordDate: today(),
        shift: 'night',
        rows: [observation({ residentId: inRoom[0] }), observation({ residentId: gone })],
      });
      expectProblem(res, 409);
      expect(errorOf(res, 'rows.1.residentId')?.code).toBe('notPresent');
      expect(await count(t.dataSource, 'daily_record')).toBe(rows);
    });

    it('rows already recorded, repeated or of another facility are refused by row', async () => {
      const rows = await count(t.dataSource, 'daily_record');
      const res = await api.batch(carer, {
        recordDate: today(),
        shift: 'morning',
        rows: [
          observation({ residentId: inRoom[0] }),
          observation({ residentId: residentB }),
          observation({ residentId: residentB }),
        ],
      });
      expectProblem(res, 400);
      expect(
        (res.body.errors as { field: string; code: string }[]).map((e) => [e.field, e.code]),
      ).toEqual([
        ['rows.0.residentId', 'alreadyRecorded'],
        ['rows.1.residentId', 'unknownResident'],
        ['rows.2.residentId', 'duplicateRow'],
      ]);
      expect(await count(t.dataSource, 'daily_record')).toBe(rows);
    });

    it('refuses a future date, an unknown shift, an empty or malformed batch', async () => {
      const rows = await count(t.dataSource, 'daily_record');
      const future = await api.batch(carer, {
        recordDate: tomorrow(),
        shift: 'morning',
        rows: [observation({ residentId: inRoom[0] })],
      });
      expectProblem(future, 400);
      expect(errorOf(future, 'recordDate')?.code).toBe('futureDate');
      const shift = await api.batch(carer, { recordDate: today(), shift: 'evening', rows: [] });
      expectProblem(shift, 400);
      expect(fieldsOf(shift).sort()).toEqual(['rows', 'shift']);
      const notUuid = await api.batch(carer, {
        recordDate: today(),
        shift: 'night',
        rows: [observation({ residentId: 'room-1' })],
      });
      expect(fieldsOf(notUuid)).toEqual(['rows.0.residentId']);
      const wrongType = await api.batch(carer, {
        recordDate: today(),
        shift: 'night',
        rows: 'all',
      });
      expectProblem(wrongType, 400);
      expect(await count(t.dataSource, 'daily_record')).toBe(rows);
    });

    it('the round view: another facility’s room is a 404, a bad query a 400, roles are checked', async () => {
      const otherRoom: { id: string }[] = await t.dataSource.query(
        'SELECT id FROM room WHERE facility_id = $1 LIMIT 1',
        [t.facilityB.id],
      );
      expectProblem(await api.round(carer, { room: otherRoom[0]?.id ?? '' }), 404);
      expectProblem(await api.round(carer, { shift: 'evening' }), 400);
      expectProblem(await api.round(carer, { date: '2026-02-30' }), 400);
      expectProblem(await api.round(social, { room }), 403);
      expectProblem(
        await api.batch(social, {
          recordDate: today(),
          shift: 'night',
          rows: [observation({ residentId: inRoom[0] })],
        }),
        403,
      );
      // Without a room: the whole facility, our room's residents among them.
      const all = await api.round(nurse, { date: today(), shift: 'morning' });
      expect(all.status).toBe(200);
      const ids = (all.body.items as RoundItemBody[]).map((i) => i.residentId);
      expect(ids).toEqual(expect.arrayContaining(inRoom));
      expect(ids).not.toContain(gone);
    });
  });

  describe('one record', () => {
    let resident: string;
    beforeAll(async () => {
      resident = (await api.residentIn(admin, room)).id;
    });

    it('creates one per resident, date and shift; a second is a 409 naming the first', async () => {
      const res = await api.record(carer, resident, {
        ...observation(),
        recordDate: today(),
        shift: 'night',
      });
      expect(res.status).toBe(201);
      expect(res.headers.etag).toBe('"1"');
      const rows = await count(t.dataSource, 'daily_record');
      const again = await api.record(carer, resident, {
        ...observation(),
        recordDate: today(),
        shift: 'night',
      });
      expectProblem(again, 409);
      expect(again.body.existingId).toBe(res.body.id);
      expect(await count(t.dataSource, 'daily_record')).toBe(rows);
      const list = await api.records(carer, resident);
      expect(list.status).toBe(200);
      expect((list.body.items as RecordBody[]).map((r) => r.id)).toEqual([res.body.id]);
    });

    it('lists a resident’s records newest first, page by page', async () => {
      const resident2 = (await api.residentIn(admin, room)).id;
      for (const [date, shift] of [
        [daysAgo(3), 'night'],
        [daysAgo(2), 'morning'],
        [daysAgo(2), 'night'],
        [daysAgo(2), 'afternoon'],
      ] as const) {
        const res = await api.record(nurse, resident2, {
          ...observation(),
          recordDate: date,
          shift,
        });
        expect(res.status).toBe(201);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: Record<string, string | number> = { limit: 1, ...(cursor ? { cursor } : {}) };
        const page = await api.records(carer, resident2, query);
        expect(page.status).toBe(200);
        seen.push(...(page.body.items as RecordBody[]).map((r) => `${r.recordDate} ${r.shift}`));
        cursor = page.body.nextCursor as string | null;
      } while (cursor);
      expect(seen).toEqual([
        `${daysAgo(2)} night`,
        `${daysAgo(2)} afternoon`,
        `${daysAgo(2)} morning`,
        `${daysAgo(3)} night`,
      ]);
      const ranged = await api.records(carer, resident2, { from: daysAgo(2), to: daysAgo(2) });
      expect((ranged.body.items as RecordBody[]).length).toBe(3);
      expectProblem(await api.records(carer, resident2, { cursor: 'garbage' }), 400);
    });

    it('refuses bad input and changes nothing', async () => {
      const rows = await count(t.dataSource, 'daily_record');
      const post = (body: Record<string, unknown>) =>
        api.record(carer, resident, {
          ...observation(),
          recordDate: daysAgo(2),
          shift: 'morning',
          ...body,
        });
      const cases: [Record<string, unknown>, string, string][] = [
        [{ recordDate: tomorrow() }, 'recordDate', 'futureDate'],
        [{ recordDate: daysAgo(400) }, 'recordDate', 'beforeAdmission'],
        [{ recordDate: '20-11-2026' }, 'recordDate', 'isCalendarDate'],
        [{ shift: 'evening' }, 'shift', 'isIn'],
        [{ meals: [{ meal: 'lunch', intake: 'most' }] }, 'meals.0.intake', 'isIn'],
        [{ meals: [{ meal: 'supper', intake: 'full' }] }, 'meals.0.meal', 'isIn'],
        [
          {
            meals: [
              { meal: 'lunch', intake: 'full' },
              { meal: 'lunch', intake: 'refused' },
            ],
          },
          'meals.1.meal',
          'duplicateMeal',
        ],
        [{ notes: 'x'.repeat(4001) }, 'notes', 'maxLength'],
        [{ fluidsMl: 'a lot' }, 'fluidsMl', 'isInt'],
        [{ temperatureC: 45 }, 'temperatureC', 'max'],
        [{ handover: true, handoverMessage: undefined }, 'handoverMessage', 'isDefined'],
        [{ mood: 'grumpy' }, 'mood', 'isIn'],
        [{ nickname: 'Bé' }, 'nickname', 'unknownField'],
      ];
      for (const [body, field, code] of cases) {
        const res = await post(body);
        expectProblem(res, 400);
        expect([field, errorOf(res, field)?.code]).toEqual([field, code]);
      }
      const missing = await api.record(carer, resident, observation());
      expect(fieldsOf(missing).sort()).toEqual(['recordDate', 'shift']);
      expect(await count(t.dataSource, 'daily_record')).toBe(rows);
    });

    it('a discharged resident is a 409, another facility’s a 404, a wrong role a 403', async () => {
      const rows = await count(t.dataSource, 'daily_record');
      const body = { ...observation(), recordDate: today(), shift: 'morning' };
      expectProblem(await api.record(carer, gone, body), 409);
      expectProblem(await api.record(carer, residentB, body), 404);
      expectProblem(await api.records(carer, residentB), 404);
      expectProblem(await api.record(social, resident, body), 403);
      expectProblem(await api.records(social, resident), 403);
      expectProblem(await api.record(carer, 'not-a-uuid', body), 400);
      expect(await count(t.dataSource, 'daily_record')).toBe(rows);
    });
  });

  describe('corrections', () => {
    let resident: string;
    beforeAll(async () => {
      resident = (await api.residentIn(admin, room)).id;
    });

    it('its author corrects it the same day; the original stays visible', async () => {
      const created = await api.record(carer, resident, {
        ...observation({ notes: 'Ngủ sớm' }),
        recordDate: today(),
        shift: 'afternoon',
      });
      const id = created.body.id as string;
      const res = await api.patchRecord(carer, id, { notes: 'Ngủ muộn', mood: 'sad' }, '"1"');
      expect(res.status).toBe(200);
      expect(res.body).toEqual(
        expect.objectContaining({ notes: 'Ngủ muộn', mood: 'sad', version: 2 }),
      );
      expect(res.headers.etag).toBe('"2"');
      // Untouched fields keep their value.
      expect(res.body.meals).toEqual(created.body.meals);
      const revisions = await api.revisions(nurse, id);
      expect(revisions.status).toBe(200);
      expect(revisions.body).toEqual([
        expect.objectContaining({
          version: 1,
          state: expect.objectContaining({ notes: 'Ngủ sớm', mood: 'calm' }),
        }),
      ]);
      const audit: { n: number }[] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'daily_record' AND entity_id = $1 AND action = 'update'`,
        [id],
      );
      expect(audit[0]?.n).toBe(1);
    });

    it('a stale or missing If-Match is refused and changes nothing', async () => {
      const created = await api.record(carer, resident, {
        ...observation(),
        recordDate: today(),
        shift: 'morning',
      });
      const id = created.body.id as string;
      expect((await api.patchRecord(carer, id, { notes: 'a' }, '"1"')).status).toBe(200);
      const revisions = await count(t.dataSource, 'daily_record_revision');
      expectProblem(await api.patchRecord(carer, id, { notes: 'b' }, '"1"'), 412);
      expectProblem(await api.patchRecord(carer, id, { notes: 'b' }), 428);
      expectProblem(await api.patchRecord(carer, id, { shift: 'night' }, '"2"'), 400);
      expectProblem(
        await api.patchRecord(carer, id, { meals: [{ meal: 'x', intake: 'full' }] }, '"2"'),
        400,
      );
      expectProblem(await api.patchRecord(admin2, id, { notes: 'b' }, '"2"'), 404);
      expectProblem(await api.patchRecord(social, id, { notes: 'b' }, '"2"'), 403);
      expect(await count(t.dataSource, 'daily_record_revision')).toBe(revisions);
      const [row] = await t.dataSource.query<{ notes: string; version: number }[]>(
        'SELECT notes, version FROM daily_record WHERE id = $1',
        [id],
      );
      expect(row).toEqual({ notes: 'a', version: 2 });
    });

    it('a caretaker may not edit yesterday’s record of someone else, nor her own; a nurse may', async () => {
      const byNurse = await api.record(nurse, resident, {
        ...observation(),
        recordDate: daysAgo(1),
        shift: 'night',
      });
      const byCarer = await api.record(carer, resident, {
        ...observation(),
        recordDate: daysAgo(1),
        shift: 'morning',
      });
      expect([byNurse.status, byCarer.status]).toEqual([201, 201]);
      const revisions = await count(t.dataSource, 'daily_record_revision');
      expectProblem(
        await api.patchRecord(carer, byNurse.body.id as string, { notes: 'sửa' }, '"1"'),
        403,
      );
      expectProblem(
        await api.patchRecord(carer, byCarer.body.id as string, { notes: 'sửa' }, '"1"'),
        403,
      );
      expect(await count(t.dataSource, 'daily_record_revision')).toBe(revisions);
      const corrected = await api.patchRecord(
        nurse,
        byCarer.body.id as string,
        { notes: 'Bổ sung: uống thuốc hạ sốt', reason: 'Ghi thiếu' },
        '"1"',
      );
      expect(corrected.status).toBe(200);
      const history = await api.revisions(carer, byCarer.body.id as string);
      expect(history.body).toEqual([expect.objectContaining({ version: 1, reason: 'Ghi thiếu' })]);
      // Today's record written by someone else is not the caretaker's either.
      const todayByNurse = await api.record(nurse, resident, {
        ...observation(),
        recordDate: today(),
        shift: 'night',
      });
      expectProblem(
        await api.patchRecord(carer, todayByNurse.body.id as string, { notes: 'x' }, '"1"'),
        403,
      );
    });
  });

  describe('refused meals', () => {
    it('more than three refused meals in a week alert the nurse, once', async () => {
      const resident = (await api.residentIn(admin, room)).id;
      const refused = {
        meals: [
          { meal: 'lunch', intake: 'refused' },
          { meal: 'dinner', intake: 'refused' },
        ],
      };
      // Three shifts of one day: always the same week and month, whatever the date.
      const first = await api.record(carer, resident, {
        ...observation(refused),
        recordDate: today(),
        shift: 'morning',
      });
      expect(first.status).toBe(201);
      const alertsFor = async () =>
        ((await api.alerts(nurse, 'meals_refused')).body.items as { residentId: string }[]).filter(
          (a) => a.residentId === resident,
        );
      expect(await alertsFor()).toHaveLength(0);
      const second = await api.record(carer, resident, {
        ...observation(refused),
        recordDate: today(),
        shift: 'afternoon',
      });
      expect(second.status).toBe(201);
      expect(await alertsFor()).toHaveLength(1);
      await api.record(carer, resident, {
        ...observation(refused),
        recordDate: today(),
        shift: 'night',
      });
      expect(await alertsFor()).toHaveLength(1);
      // The caretaker handles no alerts.
      expect((await api.alerts(carer, 'meals_refused')).body.items).toEqual([]);

      const month = today().slice(0, 7);
      const summary = await t.http().get('/api/v1/meals-summary').query({ month }).set(auth(nurse));
      expect(summary.status).toBe(200);
      expect(summary.body.refusals).toEqual(
        expect.arrayContaining([expect.objectContaining({ residentId: resident, refused: 6 })]),
      );
      const [figures] = await t.dataSource.query<{ served: number; refused: number }[]>(
        `SELECT count(*) FILTER (WHERE m->>'intake' <> 'not_served')::int AS served,
                count(*) FILTER (WHERE m->>'intake' = 'refused')::int AS refused
           FROM daily_record d, jsonb_array_elements(d.meals) m
          WHERE d.facility_id = $1 AND to_char(d.record_date, 'YYYY-MM') = $2`,
        [t.facilityA.id, month],
      );
      expect([summary.body.mealsServed, summary.body.mealsRefused]).toEqual([
        figures?.served,
        figures?.refused,
      ]);
      expectProblem(
        await t.http().get('/api/v1/meals-summary').query({ month }).set(auth(carer)),
        403,
      );
      expectProblem(
        await t.http().get('/api/v1/meals-summary').query({ month: '2026-13' }).set(auth(nurse)),
        400,
      );
      expectProblem(
        await t
          .http()
          .get('/api/v1/meals-summary')
          .query({ month, threshold: -1 })
          .set(auth(nurse)),
        400,
      );
    });
  });
});
