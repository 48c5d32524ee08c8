import { Lms, lmsAt, SexCode, TableName, whoTables } from './who-tables';

/** Days in a month as WHO's software counts them (365.25 / 12). */
export const DAYS_PER_MONTH = 30.4375;
/** WHO 2006 standards below this age in months, WHO 2007 reference from it to 228 (19 years). */
export const UNDER_FIVE_MONTHS = 60;
export const CHILD_MAX_MONTHS = 228;
/** Below this age (days) length is measured lying, from it height standing (WHO 2006). */
const LENGTH_AGE_DAYS = 731;

/** z = ((X/M)^L − 1) / (L·S), or ln(X/M)/S when L = 0. */
export function lmsZ(x: number, { l, m, s }: Lms): number {
  return l === 0 ? Math.log(x / m) / s : ((x / m) ** l - 1) / (l * s);
}

/** The measurement at z standard deviations: M · (1 + L·S·z)^(1/L). */
export function lmsValue(z: number, { l, m, s }: Lms): number {
  return l === 0 ? m * Math.exp(s * z) : m * (1 + l * s * z) ** (1 / l);
}

/**
 * WHO's "restricted application of the LMS method" for weight-based indicators: beyond ±3 SD the
 * distance is measured in units of the 2–3 SD interval, so extreme values are not stretched.
 */
export function restrictedZ(x: number, lms: Lms): number {
  const z = lmsZ(x, lms);
  if (z > 3) {
    const sd3 = lmsValue(3, lms);
    return 3 + (x - sd3) / (sd3 - lmsValue(2, lms));
  }
  if (z < -3) {
    const sd3neg = lmsValue(-3, lms);
    return -3 + (x - sd3neg) / (lmsValue(-2, lms) - sd3neg);
  }
  return z;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** A z-score from a table at `key`, or null when the key is outside the table. */
export function zFromTable(
  table: TableName,
  sex: SexCode,
  key: number,
  x: number,
  restricted: boolean,
): number | null {
  const lms = lmsAt(whoTables()[table][sex], key);
  if (!lms || !(x > 0)) return null;
  return round2(restricted ? restrictedZ(x, lms) : lmsZ(x, lms));
}

export type GrowthFlag =
  | 'underweight'
  | 'severe_underweight'
  | 'stunting'
  | 'severe_stunting'
  | 'wasting'
  | 'severe_wasting';

/** WHO adult BMI classes. */
export type BmiClass =
  | 'severe_thinness'
  | 'moderate_thinness'
  | 'mild_thinness'
  | 'normal'
  | 'overweight'
  | 'obese_1'
  | 'obese_2'
  | 'obese_3';

export type AdultFlag = 'underweight' | 'obesity';

/** Every flag a measurement can carry (children's and adults'). */
export const MEASUREMENT_FLAGS = [
  'underweight',
  'severe_underweight',
  'stunting',
  'severe_stunting',
  'wasting',
  'severe_wasting',
  'obesity',
  /** More than 5% of the weight lost within 30 days (MeasurementsService). */
  'weight_loss',
] as const satisfies readonly (GrowthFlag | AdultFlag | 'weight_loss')[];

export interface GrowthInput {
  sex: 'male' | 'female';
  ageDays: number;
  weightKg: number | null;
  heightCm: number | null;
  /** How the length/height was measured; by default lying before 2 years, standing after. */
  position: 'lying' | 'standing' | null;
  muacCm: number | null;
  headCircumferenceCm: number | null;
}

export interface ZScores {
  weightForAge: number | null;
  heightForAge: number | null;
  /** Weight-for-length before 2 years, weight-for-height after (under 5 only). */
  weightForHeight: number | null;
  bmiForAge: number | null;
  headCircumferenceForAge: number | null;
  armCircumferenceForAge: number | null;
}

export interface ChildGrowth {
  kind: 'child';
  reference: 'WHO 2006 Child Growth Standards' | 'WHO 2007 Growth Reference';
  ageMonths: number;
  bmi: number | null;
  zScores: ZScores;
  flags: GrowthFlag[];
}

export interface AdultGrowth {
  kind: 'adult';
  bmi: number | null;
  bmiClass: BmiClass | null;
  flags: AdultFlag[];
}

export type GrowthAssessment = ChildGrowth | AdultGrowth;

export function bmiOf(weightKg: number | null, heightCm: number | null): number | null {
  if (!weightKg || !heightCm) return null;
  return Math.round((weightKg / (heightCm / 100) ** 2) * 10) / 10;
}

export function bmiClassOf(bmi: number): BmiClass {
  if (bmi < 16) return 'severe_thinness';
  if (bmi < 17) return 'moderate_thinness';
  if (bmi < 18.5) return 'mild_thinness';
  if (bmi < 25) return 'normal';
  if (bmi < 30) return 'overweight';
  if (bmi < 35) return 'obese_1';
  if (bmi < 40) return 'obese_2';
  return 'obese_3';
}

/** Flags from z-scores: below −2 is the condition, below −3 its severe form. */
function flagsOf(z: ZScores, under5: boolean): GrowthFlag[] {
  const flags: GrowthFlag[] = [];
  const flag = (value: number | null, name: 'underweight' | 'stunting' | 'wasting') => {
    if (value === null || value >= -2) return;
    flags.push(value < -3 ? `severe_${name}` : name);
  };
  flag(z.weightForAge, 'underweight');
  flag(z.heightForAge, 'stunting');
  // Wasting: weight-for-length/height under 5; from 5 years BMI-for-age (thinness).
  flag(under5 ? (z.weightForHeight ?? z.bmiForAge) : z.bmiForAge, 'wasting');
  return flags;
}

function underFive(sex: SexCode, input: GrowthInput, ageMonths: number): ChildGrowth {
  const { ageDays, weightKg, position } = input;
  // WHO: length is lying, height standing; a measure taken the other way is corrected by 0.7 cm.
  let height = input.heightCm;
  if (height !== null && position === 'standing' && ageDays < LENGTH_AGE_DAYS) height += 0.7;
  if (height !== null && position === 'lying' && ageDays >= LENGTH_AGE_DAYS) height -= 0.7;
  if (height !== null) height = Math.round(height * 10) / 10;
  const bmi = bmiOf(weightKg, height);
  const lyingAge = ageDays < LENGTH_AGE_DAYS;
  const zScores: ZScores = {
    weightForAge: weightKg ? zFromTable('wfa', sex, ageDays, weightKg, true) : null,
    heightForAge: height ? zFromTable('lhfa', sex, ageDays, height, false) : null,
    weightForHeight:
      weightKg && height ? zFromTable(lyingAge ? 'wfl' : 'wfh', sex, height, weightKg, true) : null,
    bmiForAge:
      weightKg && height
        ? zFromTable('bfa', sex, ageDays, weightKg / (height / 100) ** 2, true)
        : null,
    headCircumferenceForAge: input.headCircumferenceCm
      ? zFromTable('hcfa', sex, ageDays, input.headCircumferenceCm, false)
      : null,
    armCircumferenceForAge: input.muacCm
      ? zFromTable('acfa', sex, ageDays, input.muacCm, true)
      : null,
  };
  return {
    kind: 'child',
    reference: 'WHO 2006 Child Growth Standards',
    ageMonths,
    bmi,
    zScores,
    flags: flagsOf(zScores, true),
  };
}

function schoolAge(sex: SexCode, input: GrowthInput, ageMonths: number): ChildGrowth {
  const { weightKg, heightCm } = input;
  const bmi = bmiOf(weightKg, heightCm);
  const zScores: ZScores = {
    weightForAge: weightKg ? zFromTable('wfa2007', sex, ageMonths, weightKg, true) : null,
    heightForAge: heightCm ? zFromTable('hfa2007', sex, ageMonths, heightCm, false) : null,
    weightForHeight: null,
    bmiForAge:
      weightKg && heightCm
        ? zFromTable('bfa2007', sex, ageMonths, weightKg / (heightCm / 100) ** 2, true)
        : null,
    headCircumferenceForAge: null,
    armCircumferenceForAge: null,
  };
  return {
    kind: 'child',
    reference: 'WHO 2007 Growth Reference',
    ageMonths,
    bmi,
    zScores,
    flags: flagsOf(zScores, false),
  };
}

/**
 * Growth screening of one measurement: WHO z-scores and flags for a child under 19 years (the
 * 2006 standards before 60 months, the 2007 reference from 60 to 228 months), BMI and its WHO
 * class for an adult.
 */
export function assessGrowth(input: GrowthInput): GrowthAssessment {
  const ageMonths = Math.round((input.ageDays / DAYS_PER_MONTH) * 100) / 100;
  const sex: SexCode = input.sex === 'male' ? 1 : 2;
  if (ageMonths < UNDER_FIVE_MONTHS) return underFive(sex, input, ageMonths);
  if (ageMonths <= CHILD_MAX_MONTHS) return schoolAge(sex, input, ageMonths);
  const bmi = bmiOf(input.weightKg, input.heightCm);
  const bmiClass = bmi === null ? null : bmiClassOf(bmi);
  const flags: AdultFlag[] = [];
  if (bmi !== null && bmi < 18.5) flags.push('underweight');
  if (bmi !== null && bmi >= 30) flags.push('obesity');
  return { kind: 'adult', bmi, bmiClass, flags };
}
