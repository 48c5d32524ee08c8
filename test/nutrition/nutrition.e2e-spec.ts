import { addDays, addMonths } from '../../src/calendar/dates';
import { auth, careApi, daysAgo } from '../daily-care/care-fixtures';
import { errorOf, fieldsOf, today, tomorrow } from '../residents/resident-fixtures';
import { count, expectProblem, startTestApp, TestApp } from '../support/test-app';

interface PlanBody {
  id: string;
  version: number;
  dietType: string;
  energyKcal: number | null;
  energyKcalRda: number | null;
  supersededAt: string | null;
  createdBy: string;
  allergies: { substance: string }[];
}

interface MeasurementBody {
  id: string;
  growth: {
    kind: 'child' | 'adult';
    bmi: number | null;
    bmiClass?: string;
    zScores?: Record<string, number | null>;
    flags: string[];
  };
  flags: string[];
  newFlags: string[];
  weightLossFrom: number | null;
}

describe('nutrition plans and measurements', () => {
  let t: TestApp;
  let api: ReturnType<typeof careApi>;
  let admin: string;
  let carer: string;
  let nurse: string;
  let social: string;
  let admin2: string;
  let boy: string;
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
    // A boy of 10 years and a half: the RDA band 10–11 (2150 kcal).
    boy = (
      await api.residentIn(admin, null, { dateOfBirth: addMonths(today(), -126), sex: 'male' })
    ).id;
    gone = (await api.residentIn(admin, null)).id;
    await api.discharge(gone);
    residentB = (await api.residentIn(admin2, null)).id;
  });
  afterAll(() => t.close());

  const plan = (over: Record<string, unknown> = {}) => ({
    dietType: 'normal',
    texture: 'regular',
    mealsPerDay: 4,
    allergies: [
      { substance: 'Đậu phộng', kind: 'allergy', severity: 'severe', reaction: 'Khó thở' },
    ],
    supplements: ['Sữa 200 ml/ngày'],
    ...over,
  });
  const put = (token: string, id: string, body: unknown, ifMatch?: string) => {
    const req = t.http().put(`/api/v1/residents/${id}/nutrition-plan`).set(auth(token));
    if (ifMatch !== undefined) req.set('If-Match', ifMatch);
    return req.send(body as object);
  };
  const get = (token: string, id: string, suffix = '') =>
    t.http().get(`/api/v1/residents/${id}/nutrition-plan${suffix}`).set(auth(token));

  describe('plans', () => {
    it('proposes the Vietnamese RDA, versions each PUT and keeps the history', async () => {
      expectProblem(await get(carer, boy), 404);
      const first = await put(nurse, boy, plan());
      expect(first.status).toBe(200);
      expect(first.body).toEqual(
        expect.objectContaining({ version: 1, energyKcal: 2150, energyKcalRda: 2150 }),
      );
      expect(first.headers.etag).toBe('"1"');
      const second = await put(admin, boy, plan({ dietType: 'soft', energyKcal: 2000 }), '"1"');
      expect(second.status).toBe(200);
      expect(second.body).toEqual(expect.objectContaining({ version: 2, energyKcal: 2000 }));
      const current = await get(carer, boy);
      expect(current.status).toBe(200);
      expect(current.headers.etag).toBe('"2"');
      expect(current.body.dietType).toBe('soft');
      const history = await get(social, boy, '/history');
      const versions = history.body as PlanBody[];
      expect(versions.map((p) => [p.version, p.dietType, p.supersededAt === null])).toEqual([
        [2, 'soft', true],
        [1, 'normal', false],
      ]);
      expect(versions.every((p) => typeof p.createdBy === 'string')).toBe(true);
    });

    it('never drops an allergy by omission: removing one names it with a reason, and the trail keeps it', async () => {
      const girl = (await api.residentIn(admin, null, { dateOfBirth: addMonths(today(), -100) }))
        .id;
      const allergies = [
        { substance: 'Đậu phộng', kind: 'allergy', severity: 'severe' },
        { substance: 'Tôm', kind: 'allergy' },
      ];
      expect((await put(nurse, girl, plan({ allergies }))).status).toBe(200);
      const omitted = await put(nurse, girl, plan({ allergies: [allergies[0]] }), '"1"');
      expectProblem(omitted, 400);
      expect(errorOf(omitted, 'allergies')?.code).toBe('allergyOmitted');
      expect(errorOf(omitted, 'allergies')?.message).toMatch(/Tôm/);
      expectProblem(await put(nurse, girl, plan({ allergies: undefined }), '"1"'), 400);
      const unknown = await put(
        nurse,
        girl,
        plan({ allergies, removedAllergies: [{ substance: 'Trứng', reason: 'Nhầm' }] }),
        '"1"',
      );
      expect(errorOf(unknown, 'removedAllergies.0.substance')?.code).toBe('notInPlan');
      expect((await get(nurse, girl)).body.version).toBe(1);

      const removed = await put(
        nurse,
        girl,
        plan({
          allergies: [allergies[0]],
          removedAllergies: [{ substance: 'tôm', reason: 'Test dị ứng âm tính tại BV tỉnh' }],
        }),
        '"1"',
      );
      expect(removed.status).toBe(200);
      expect((removed.body as PlanBody).allergies.map((a) => a.substance)).toEqual(['Đậu phộng']);
      const trail = await t.dataSource.query<{ changes: Record<string, { after: unknown }> }[]>(
        `SELECT changes FROM audit_log WHERE entity = 'nutrition_plan' AND entity_id = $1`,
        [(removed.body as PlanBody).id],
      );
      expect(trail[0]?.changes.removedAllergies?.after).toEqual([
        { substance: 'Tôm', reason: 'Test dị ứng âm tính tại BV tỉnh' },
      ]);
    });

    it('refuses a stale or missing version, bad input, wrong roles; nothing changes', async () => {
      const rows = await count(t.dataSource, 'nutrition_plan');
      expectProblem(await put(nurse, boy, plan(), '"1"'), 412);
      expectProblem(await put(nurse, boy, plan()), 428);
      const cases: [Record<string, unknown>, string, string][] = [
        [{ mealsPerDay: 2 }, 'mealsPerDay', 'min'],
        [{ mealsPerDay: 'three' }, 'mealsPerDay', 'isInt'],
        [{ dietType: 'keto' }, 'dietType', 'isIn'],
        [{ allergies: ['peanuts'] }, 'allergies.0', 'nestedValidation'],
        [
          { allergies: [{ substance: '123!!', kind: 'allergy' }] },
          'allergies.0.substance',
          'matches',
        ],
        [{ allergies: [{ substance: 'Sữa bò', kind: 'dislike' }] }, 'allergies.0.kind', 'isIn'],
        [
          {
            allergies: [
              { substance: 'Tôm', kind: 'allergy' },
              { substance: 'tôm', kind: 'intolerance' },
            ],
          },
          'allergies.1.substance',
          'duplicate',
        ],
        [{ energyKcal: 99999 }, 'energyKcal', 'max'],
        [{ notes: 'x'.repeat(2001) }, 'notes', 'maxLength'],
        [{ dietType: 'infant_formula' }, 'dietType', 'notForAge'],
      ];
      for (const [over, field, code] of cases) {
        const res = await put(nurse, boy, plan(over), '"2"');
        expectProblem(res, 400);
        expect([field, errorOf(res, field)?.code]).toEqual([field, code]);
      }
      expectProblem(await put(carer, boy, plan(), '"2"'), 403);
      expectProblem(await put(social, boy, plan(), '"2"'), 403);
      expectProblem(await put(admin2, boy, plan(), '"2"'), 404);
      expectProblem(await get(admin2, boy), 404);
      expectProblem(await put(nurse, gone, plan()), 409);
      expect(await count(t.dataSource, 'nutrition_plan')).toBe(rows);
    });

    it('an infant has no default: the nurse sets the energy target', async () => {
      const infant = (
        await api.residentIn(admin, null, {
          dateOfBirth: addMonths(today(), -5),
          admittedOn: today(),
          decisionDate: today(),
        })
      ).id;
      const res = await put(
        nurse,
        infant,
        plan({ dietType: 'infant_formula', texture: 'liquid', mealsPerDay: 8 }),
      );
      expectProblem(res, 400);
      expect(fieldsOf(res)).toEqual(['energyKcal']);
      const ok = await put(
        nurse,
        infant,
        plan({ dietType: 'infant_formula', texture: 'liquid', mealsPerDay: 8, energyKcal: 600 }),
      );
      expect(ok.status).toBe(200);
      expect(ok.body.energyKcalRda).toBeNull();
    });
  });

  describe('measurements', () => {
    const measure = (token: string, id: string, body: Record<string, unknown>) =>
      t.http().post(`/api/v1/residents/${id}/measurements`).set(auth(token)).send(body);
    const alertsOf = async (kind: string, residentId: string) =>
      ((await api.alerts(nurse, kind)).body.items as { residentId: string }[]).filter(
        (a) => a.residentId === residentId,
      );

    it('an adult gets BMI and its class; a new flag alerts the nurse', async () => {
      const elder = (
        await api.residentIn(admin, null, {
          dateOfBirth: addMonths(today(), -12 * 72),
          sex: 'female',
          categories: ['k1_elderly_alone'],
        })
      ).id;
      const res = await measure(carer, elder, { measuredOn: today(), weightKg: 40, heightCm: 155 });
      expect(res.status).toBe(201);
      const body = res.body as MeasurementBody;
      expect(body.growth).toEqual({
        kind: 'adult',
        bmi: 16.6,
        bmiClass: 'moderate_thinness',
        flags: ['underweight'],
      });
      expect(body.newFlags).toEqual(['underweight']);
      expect(await alertsOf('growth_flag', elder)).toHaveLength(1);
      // The same flag again is not new: no second alert.
      const again = await measure(nurse, elder, {
        measuredOn: today(),
        weightKg: 40.5,
        heightCm: 155,
      });
      expect((again.body as MeasurementBody).newFlags).toEqual([]);
      expect(await alertsOf('growth_flag', elder)).toHaveLength(1);
    });

    it('a child gets WHO z-scores and flags; the nurse sees them', async () => {
      // A girl of 3 years, 84 cm and 10 kg: stunted and underweight, not wasted.
      const girl = (
        await api.residentIn(admin, null, { dateOfBirth: addMonths(today(), -36), sex: 'female' })
      ).id;
      const res = await measure(nurse, girl, {
        measuredOn: today(),
        weightKg: 10,
        heightCm: 84,
        position: 'standing',
        muacCm: 14,
      });
      expect(res.status).toBe(201);
      const body = res.body as MeasurementBody;
      expect(body.growth.kind).toBe('child');
      expect(body.growth.zScores?.heightForAge).toBeLessThan(-2);
      expect(body.growth.zScores?.weightForAge).toBeLessThan(-2);
      expect(body.growth.zScores?.weightForHeight).toBeGreaterThan(-2);
      expect(body.flags.sort()).toEqual(['stunting', 'underweight']);
      expect(await alertsOf('growth_flag', girl)).toHaveLength(1);
      const list = await t.http().get(`/api/v1/residents/${girl}/measurements`).set(auth(carer));
      expect(list.status).toBe(200);
      expect((list.body.items as MeasurementBody[]).map((m) => m.id)).toEqual([body.id]);
    });

    it('losing more than 5% of the weight in 30 days alerts the nurse', async () => {
      const adult = (
        await api.residentIn(admin, null, {
          dateOfBirth: addMonths(today(), -12 * 40),
          categories: ['k1_disabled_severe'],
        })
      ).id;
      expect((await measure(nurse, adult, { measuredOn: daysAgo(20), weightKg: 60 })).status).toBe(
        201,
      );
      const small = await measure(nurse, adult, { measuredOn: daysAgo(10), weightKg: 58 });
      expect((small.body as MeasurementBody).weightLossFrom).toBeNull();
      expect(await alertsOf('weight_loss', adult)).toHaveLength(0);
      const big = await measure(nurse, adult, { measuredOn: today(), weightKg: 56.5 });
      expect((big.body as MeasurementBody).weightLossFrom).toBe(60);
      expect((big.body as MeasurementBody).flags).toContain('weight_loss');
      expect((small.body as MeasurementBody).flags).not.toContain('weight_loss');
      expect(await alertsOf('weight_loss', adult)).toHaveLength(1);
      expect(await alertsOf('growth_flag', adult)).toHaveLength(0);
    });

    it('refuses a second weight of the same day that contradicts the first (409), takes a close one', async () => {
      const child = (await api.residentIn(admin, null, { dateOfBirth: addMonths(today(), -14) }))
        .id;
      expect((await measure(nurse, child, { measuredOn: daysAgo(1), weightKg: 8.1 })).status).toBe(
        201,
      );
      const rows = await count(t.dataSource, 'measurement');
      const contradicting = await measure(nurse, child, { measuredOn: daysAgo(1), weightKg: 9.9 });
      expectProblem(contradicting, 409);
      expect(contradicting.body.detail).toMatch(/8[.,]1/);
      expect(await count(t.dataSource, 'measurement')).toBe(rows);
      expect((await measure(nurse, child, { measuredOn: daysAgo(1), weightKg: 8.2 })).status).toBe(
        201,
      );
    });

    it('refuses implausible or misplaced measurements and changes nothing', async () => {
      const rows = await count(t.dataSource, 'measurement');
      const born = addMonths(today(), -126);
      const cases: [Record<string, unknown>, string, string][] = [
        [{ weightKg: 0 }, 'weightKg', 'min'],
        [{ weightKg: 500 }, 'weightKg', 'max'],
        [{ heightCm: 2000 }, 'heightCm', 'max'],
        [{ weightKg: 'heavy' }, 'weightKg', 'isNumber'],
        [{ measuredOn: addDays(born, -1) }, 'measuredOn', 'beforeBirth'],
        [{ measuredOn: tomorrow() }, 'measuredOn', 'futureDate'],
        [{ measuredOn: '2026-02-30' }, 'measuredOn', 'isCalendarDate'],
        [{ weightKg: undefined, heightCm: undefined }, 'weightKg', 'isDefined'],
        [{ weightKg: 90, heightCm: 60 }, 'weightKg', 'implausible'],
        [{ position: 'sitting' }, 'position', 'isIn'],
        [{ note: 'x'.repeat(501) }, 'note', 'maxLength'],
      ];
      for (const [over, field, code] of cases) {
        const res = await measure(nurse, boy, {
          measuredOn: today(),
          weightKg: 30,
          heightCm: 138,
          ...over,
        });
        expectProblem(res, 400);
        expect([field, errorOf(res, field)?.code]).toEqual([field, code]);
      }
      const ok = { measuredOn: today(), weightKg: 30 };
      expectProblem(await measure(social, boy, ok), 403);
      expectProblem(
        await t.http().get(`/api/v1/residents/${boy}/measurements`).set(auth(admin2)),
        404,
      );
      expectProblem(await measure(admin, boy, ok), 403);
      expectProblem(await measure(nurse, residentB, ok), 404);
      expectProblem(await measure(nurse, gone, ok), 409);
      expectProblem(
        await t.http().get(`/api/v1/residents/${boy}/measurements`).set(auth(social)),
        403,
      );
      expect(await count(t.dataSource, 'measurement')).toBe(rows);
    });
  });
});
