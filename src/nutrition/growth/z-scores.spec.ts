import { lmsAt, whoTables, type SexCode, type TableName } from './who-tables';
import { assessGrowth, bmiClassOf, lmsValue, lmsZ, restrictedZ, zFromTable } from './z-scores';

/**
 * Cases from WHO's own software: the test suite of the `anthro` R package
 * (github.com/WorldHealthOrganization/anthro, tests/testthat), z-scores rounded to 2 decimals.
 */
const ANTHRO_CASES: [string, TableName, SexCode, number, number, boolean, number][] = [
  ['weight-for-age, girl 1522 days, 17 kg', 'wfa', 2, 1522, 17, true, 0.24],
  ['length-for-age, boy 987 days, 72.86 cm lying (−0.7)', 'lhfa', 1, 987, 72.16, false, -6.09],
  ['height-for-age, girl 24 months (731 days), 77.5 cm', 'lhfa', 2, 731, 77.5, false, -2.55],
  ['length-for-age, boy 44 days, 50 cm', 'lhfa', 1, 44, 50, false, -3.29],
];

/**
 * WHO's published z-score tables (Child Growth Standards 2006 simplified field tables, Growth
 * Reference 2007 tables): the value at −2 SD, the median and +2 SD, in kg or cm to one decimal.
 * The SD curve computed from the shipped LMS rows must round to the published value.
 */
const PUBLISHED_SD: [string, TableName, SexCode, number, [number, number, number]][] = [
  ['weight-for-age boys, birth', 'wfa', 1, 0, [2.5, 3.3, 4.4]],
  ['weight-for-age girls, birth', 'wfa', 2, 0, [2.4, 3.2, 4.2]],
  ['weight-for-age boys, 12 months', 'wfa', 1, 365, [7.7, 9.6, 12.0]],
  ['weight-for-age girls, 12 months', 'wfa', 2, 365, [7.0, 8.9, 11.5]],
  ['weight-for-age boys, 60 months', 'wfa', 1, 1826, [14.1, 18.3, 24.2]],
  ['weight-for-age girls, 60 months', 'wfa', 2, 1826, [13.7, 18.2, 24.9]],
  ['length-for-age boys, birth', 'lhfa', 1, 0, [46.1, 49.9, 53.7]],
  ['length-for-age girls, birth', 'lhfa', 2, 0, [45.4, 49.1, 52.9]],
  ['length-for-age boys, 12 months', 'lhfa', 1, 365, [71.0, 75.7, 80.5]],
  ['length-for-age girls, 12 months', 'lhfa', 2, 365, [68.9, 74.0, 79.2]],
  ['height-for-age boys, 10 years (2007)', 'hfa2007', 1, 120, [125.0, 137.8, 150.5]],
  ['height-for-age girls, 10 years (2007)', 'hfa2007', 2, 120, [125.8, 138.6, 151.4]],
  ['BMI-for-age boys, 10 years (2007)', 'bfa2007', 1, 120, [13.7, 16.4, 21.4]],
  ['BMI-for-age girls, 10 years (2007)', 'bfa2007', 2, 120, [13.5, 16.6, 22.6]],
];

describe('WHO growth z-scores (LMS method)', () => {
  it.each(ANTHRO_CASES)('%s', (_label, table, sex, key, x, restricted, expected) => {
    expect(zFromTable(table, sex, key, x, restricted)).toBe(expected);
  });

  it.each(PUBLISHED_SD)('%s: −2 SD, median, +2 SD', (_label, table, sex, key, published) => {
    const lms = lmsAt(whoTables()[table][sex], key);
    if (!lms) throw new Error('row missing');
    const computed = [-2, 0, 2].map((z) => Math.round(lmsValue(z, lms) * 10) / 10);
    expect(computed).toEqual(published);
    // And the other way round: the published −2 SD weight or length scores about −2.
    expect(Math.abs(lmsZ(published[0], lms) + 2)).toBeLessThan(0.15);
  });

  it('the tables cover the documented ranges', () => {
    const t = whoTables();
    const range = (name: TableName) => {
      const keys = t[name][1].keys;
      return [keys[0], keys[keys.length - 1]];
    };
    expect(range('wfa')).toEqual([0, 1826]);
    expect(range('lhfa')).toEqual([0, 1826]);
    expect(range('wfl')).toEqual([45, 110]);
    expect(range('wfh')).toEqual([65, 120]);
    expect(range('acfa')).toEqual([91, 1826]);
    expect(range('hfa2007')).toEqual([60, 229]);
    expect(range('wfa2007')).toEqual([60, 121]);
  });

  it('interpolates linearly between rows and refuses keys outside a table', () => {
    const series = whoTables().wfl[1];
    const a = lmsAt(series, 65.1);
    const b = lmsAt(series, 65.2);
    const mid = lmsAt(series, 65.15);
    if (!a || !b || !mid) throw new Error('rows missing');
    expect(mid.m).toBeCloseTo((a.m + b.m) / 2, 10);
    expect(lmsAt(series, 44.9)).toBeNull();
    expect(lmsAt(series, 110.1)).toBeNull();
  });

  it('restricts weight-based z-scores beyond ±3 SD', () => {
    const lms = { l: -0.3521, m: 7.4327, s: 0.08217 };
    const sd3 = lmsValue(3, lms);
    const sd2 = lmsValue(2, lms);
    expect(restrictedZ(sd3 + (sd3 - sd2), lms)).toBeCloseTo(4, 10);
    const sd3neg = lmsValue(-3, lms);
    const sd2neg = lmsValue(-2, lms);
    expect(restrictedZ(sd3neg - (sd2neg - sd3neg), lms)).toBeCloseTo(-4, 10);
    expect(restrictedZ(lms.m, lms)).toBeCloseTo(0, 10);
    // Within ±3 SD nothing changes.
    expect(restrictedZ(sd2, lms)).toBeCloseTo(lmsZ(sd2, lms), 10);
  });
});

describe('assessGrowth', () => {
  const base = {
    position: null,
    muacCm: null,
    headCircumferenceCm: null,
  } as const;

  it('flags a stunted and underweight 3-year-old boy, not a wasted one', () => {
    const g = assessGrowth({ ...base, sex: 'male', ageDays: 1096, weightKg: 10.5, heightCm: 87 });
    if (g.kind !== 'child') throw new Error('expected a child');
    expect(g.reference).toBe('WHO 2006 Child Growth Standards');
    expect(g.zScores.heightForAge).toBeLessThan(-2);
    expect(g.zScores.weightForAge).toBeLessThan(-2);
    expect(g.zScores.weightForHeight).toBeGreaterThan(-2);
    expect(g.flags).toEqual(expect.arrayContaining(['stunting', 'underweight']));
    expect(g.flags).not.toContain('wasting');
  });

  it('flags severe wasting below −3', () => {
    const g = assessGrowth({ ...base, sex: 'female', ageDays: 400, weightKg: 6, heightCm: 74 });
    expect(g.flags).toContain('severe_wasting');
    expect(g.flags).not.toContain('wasting');
  });

  it('corrects a standing height under 2 years by +0.7 cm', () => {
    const lying = assessGrowth({ ...base, sex: 'male', ageDays: 500, weightKg: 10, heightCm: 78 });
    const standing = assessGrowth({
      ...base,
      sex: 'male',
      ageDays: 500,
      weightKg: 10,
      heightCm: 77.3,
      position: 'standing',
    });
    if (lying.kind !== 'child' || standing.kind !== 'child') throw new Error('expected children');
    expect(standing.zScores.heightForAge).toBe(lying.zScores.heightForAge);
  });

  it('uses the 2007 reference from 5 years, BMI-for-age for thinness', () => {
    const g = assessGrowth({ ...base, sex: 'female', ageDays: 3652, weightKg: 24, heightCm: 135 });
    if (g.kind !== 'child') throw new Error('expected a child');
    expect(g.reference).toBe('WHO 2007 Growth Reference');
    expect(g.bmi).toBe(13.2);
    expect(g.zScores.bmiForAge).toBeLessThan(-2);
    expect(g.flags).toContain('wasting');
    expect(g.zScores.weightForHeight).toBeNull();
  });

  it('no weight-for-age after 10 years (the 2007 reference stops there)', () => {
    const g = assessGrowth({ ...base, sex: 'male', ageDays: 4500, weightKg: 40, heightCm: 150 });
    if (g.kind !== 'child') throw new Error('expected a child');
    expect(g.zScores.weightForAge).toBeNull();
    expect(g.zScores.heightForAge).not.toBeNull();
  });

  it('answers BMI and its class for an adult', () => {
    const g = assessGrowth({
      ...base,
      sex: 'female',
      ageDays: 365 * 70,
      weightKg: 40,
      heightCm: 155,
    });
    expect(g).toEqual({
      kind: 'adult',
      bmi: 16.6,
      bmiClass: 'moderate_thinness',
      flags: ['underweight'],
    });
  });

  it.each([
    [15.9, 'severe_thinness'],
    [16.5, 'moderate_thinness'],
    [18.4, 'mild_thinness'],
    [18.5, 'normal'],
    [24.9, 'normal'],
    [25, 'overweight'],
    [30, 'obese_1'],
    [35, 'obese_2'],
    [40, 'obese_3'],
  ] as const)('BMI %d is %s', (bmi, cls) => {
    expect(bmiClassOf(bmi)).toBe(cls);
  });
});
