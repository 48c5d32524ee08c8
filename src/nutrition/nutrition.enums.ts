/**
 * Chế độ ăn: special diets for infants, the disabled, the sick and for religious reasons (TT 33/2017
 * Điều 8). No diet is named after a diagnosis: caretakers read diets, and a diet called "HIV" would
 * disclose what only admin, nurse and social worker may know. A child living with HIV gets
 * `high_energy` (tăng cường năng lượng – đạm), as an undernourished child does.
 */
export const DIET_TYPES = [
  'normal',
  'soft',
  'pureed',
  'liquid',
  'diabetic',
  'low_salt',
  'infant_formula',
  'religious_vegetarian',
  'high_energy',
] as const;
export type DietType = (typeof DIET_TYPES)[number];

export const TEXTURES = ['regular', 'soft', 'minced', 'pureed', 'liquid'] as const;
export type Texture = (typeof TEXTURES)[number];

export const ALLERGY_KINDS = ['allergy', 'intolerance'] as const;
export type AllergyKind = (typeof ALLERGY_KINDS)[number];

export const ALLERGY_SEVERITIES = ['mild', 'moderate', 'severe'] as const;
export type AllergySeverity = (typeof ALLERGY_SEVERITIES)[number];

/** At least three meals a day (TT 33/2017 Điều 8). */
export const MIN_MEALS_PER_DAY = 3;

export const POSITIONS = ['lying', 'standing'] as const;
export type Position = (typeof POSITIONS)[number];
