import type { Sex } from './resident.enums';

/** Why a personal ID (CCCD) is refused; `null` when it is acceptable. */
export type CccdProblem = 'format' | 'sex' | 'century' | 'birthYear';

/**
 * Checks a 12-digit citizen ID (CCCD): 3-digit province code, 1 digit for century and sex
 * (0/1 = male/female born 1900s, 2/3 = 2000s, 4/5 = 2100s), 2 digits of the birth year, 6 digits.
 * With a known sex and birth year, the 4th–6th digits must agree with them.
 */
export function checkCccd(
  id: string,
  sex: Sex | null,
  birthYear: number | null,
): CccdProblem | null {
  if (!/^\d{12}$/.test(id)) return 'format';
  const code = Number(id[3]);
  if (code > 5) return 'century';
  const century = 1900 + Math.floor(code / 2) * 100;
  const idSex: Sex = code % 2 === 0 ? 'male' : 'female';
  if (sex && sex !== idSex) return 'sex';
  if (birthYear !== null) {
    if (Math.floor(birthYear / 100) * 100 !== century) return 'century';
    if (birthYear % 100 !== Number(id.slice(4, 6))) return 'birthYear';
  }
  return null;
}

/** Health-insurance number: the 10-digit social-insurance number, or the older 15-character code. */
export function isHealthInsuranceNumber(value: string): boolean {
  return /^\d{10}$/.test(value) || /^[A-Z]{2}\d\d{2}\d{10}$/.test(value);
}

/**
 * A name folded for search and duplicate detection: no diacritics, đ → d, lower case, single spaces.
 * "Nguyễn Văn Đức" → "nguyen van duc".
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The length of `resident.sort_name`. */
export const SORT_NAME_LENGTH = 400;

/** Given name last in Vietnamese; the register sorts by it. */
export function sortNameOf(fullName: string): string {
  const folded = foldName(fullName);
  const given = folded.split(' ').pop() ?? folded;
  // A one-word name of the full 200 characters would make 401: the key is cut to its column.
  return `${given} ${folded}`.slice(0, SORT_NAME_LENGTH);
}

/** A register code as the service gives it: DB-<year>-<number of the year, 4 digits or more>. */
export const KEPT_CODE = /^DB-(\d{4})-(\d{4,6})$/;
