import type { IsoDate } from '../../calendar/dates';

/**
 * A school year (năm học) is written "2026-2027": it opens in September of the first year and
 * ends by the end of May of the second (MOET's yearly calendar), two semesters (HK1, HK2) and a
 * whole-year result. For dating records it runs from 1 August (tựu trường) to 31 July.
 */
export const SCHOOL_YEAR_PATTERN = /^(\d{4})-(\d{4})$/;
export const SCHOOL_YEAR_LENGTH = 9;

/** The opening day (ngày khai giảng, 5 September): the default start of an enrolment. */
const OPENING_DAY = '09-05';
/** The last day of teaching (the year ends by 31 May): a finished enrolment's default end. */
const CLOSING_DAY = '05-31';

export interface SchoolYear {
  /** The calendar year in which it opens. */
  start: number;
  end: number;
}

/** "2026-2027" → {start: 2026, end: 2027}; null unless the second year follows the first. */
export function parseSchoolYear(value: string): SchoolYear | null {
  const m = SCHOOL_YEAR_PATTERN.exec(value);
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  if (end !== start + 1 || start < 1990 || start > 2099) return null;
  return { start, end };
}

export function isSchoolYear(value: unknown): boolean {
  return typeof value === 'string' && parseSchoolYear(value) !== null;
}

function required(value: string): SchoolYear {
  const y = parseSchoolYear(value);
  if (!y) throw new RangeError(`not a school year: ${value}`);
  return y;
}

export function formatSchoolYear(start: number): string {
  return `${start}-${start + 1}`;
}

export function nextSchoolYear(value: string): string {
  return formatSchoolYear(required(value).start + 1);
}

export function previousSchoolYear(value: string): string {
  return formatSchoolYear(required(value).start - 1);
}

/** The school year a date belongs to: August onwards counts toward the year that opens. */
export function schoolYearOf(date: IsoDate): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return formatSchoolYear(month >= 8 ? year : year - 1);
}

/** 1 August of the first year to 31 July of the second: an enrolment starts within it. */
export function schoolYearWindow(value: string): { from: IsoDate; to: IsoDate } {
  const y = required(value);
  return { from: `${y.start}-08-01`, to: `${y.end}-07-31` };
}

export function openingDay(value: string): IsoDate {
  return `${required(value).start}-${OPENING_DAY}`;
}

export function closingDay(value: string): IsoDate {
  return `${required(value).end}-${CLOSING_DAY}`;
}
