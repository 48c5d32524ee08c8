/** Dosage forms (dạng bào chế). */
export const MEDICINE_FORMS = [
  'tablet',
  'capsule',
  'syrup',
  'powder',
  'injection',
  'drops',
  'inhaler',
  'cream',
  'patch',
  'suppository',
  'other',
] as const;
export type MedicineForm = (typeof MEDICINE_FORMS)[number];

/** Routes of administration (đường dùng). */
export const ROUTES = [
  'oral',
  'subcutaneous',
  'intramuscular',
  'topical',
  'inhaled',
  'eye',
  'ear',
  'nasal',
  'rectal',
  'other',
] as const;
export type MedicineRoute = (typeof ROUTES)[number];

/**
 * What happened to one dose: given (đã cho uống/dùng), refused (từ chối), held (tạm hoãn, with a
 * reason: vomiting, fasting for a test…), not available (hết thuốc).
 */
export const DOSE_OUTCOMES = ['given', 'refused', 'held', 'not_available'] as const;
export type DoseOutcome = (typeof DOSE_OUTCOMES)[number];

export const PRESCRIPTION_STATUSES = ['active', 'stopped'] as const;
export type PrescriptionStatus = (typeof PRESCRIPTION_STATUSES)[number];

/** A time of day of a scheduled dose, `HH:MM` (24 h, local to the facility). */
export const DOSE_TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
export const MAX_DOSE_TIMES = 8;

/** Refusals of one prescription in a row that raise a `medication_refused` alert. */
export const REFUSALS_IN_A_ROW = 3;

/** The statutory ceiling of common medicines per resident and month (ND 20/2021 Điều 25). */
export const MEDICINE_CEILING_VND = 100_000;
