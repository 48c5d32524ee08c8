import type { IsoDate } from '../../calendar/dates';
import type { SchoolTerm } from './rating-scales';
import { parseSchoolYear } from './school-year';

/**
 * When a term of a school year is over, from the Ministry of Education's yearly time frame
 * (khung kế hoạch thời gian năm học). The frames of 2024-2025 and 2025-2026 (Bộ GD&ĐT, issued
 * 11/8/2025 for 2025-2026, "giữ nguyên như năm học 2024-2025") say: opening on 5 September,
 * học kỳ I finished **before 18 January**, the programme finished and the year closed **before
 * 31 May**. A province plans its own year inside that frame, so by the frame's date every school
 * has finished the term.
 *
 * Kept as data: a year whose frame says otherwise gets its own row in `FRAMES`; every other year
 * uses `DEFAULT_FRAME`.
 */
export interface SchoolYearFrame {
  /** "MM-DD" of the second calendar year: học kỳ I is over by this day. */
  firstTermOverOn: string;
  /** "MM-DD" of the second calendar year: học kỳ II and the whole year are over by this day. */
  yearOverOn: string;
  source: string;
}

export const DEFAULT_FRAME: SchoolYearFrame = {
  firstTermOverOn: '01-18',
  yearOverOn: '05-31',
  source:
    'Khung kế hoạch thời gian năm học 2024-2025 và 2025-2026 của Bộ GD&ĐT: kết thúc học kỳ I trước 18/01, kết thúc năm học trước 31/5',
};

/** Years whose ministry frame differs from the default (none known yet). */
export const FRAMES: Readonly<Record<string, SchoolYearFrame>> = {};

export function frameOf(schoolYear: string): SchoolYearFrame {
  return FRAMES[schoolYear] ?? DEFAULT_FRAME;
}

/** The first day on which the term is over everywhere: its results may be recorded from then. */
export function termOverOn(schoolYear: string, term: SchoolTerm): IsoDate {
  const y = parseSchoolYear(schoolYear);
  if (!y) throw new RangeError(`not a school year: ${schoolYear}`);
  const frame = frameOf(schoolYear);
  return `${y.end}-${term === 'HK1' ? frame.firstTermOverOn : frame.yearOverOn}`;
}

/** The first day on which the whole school year is over: it may be rolled over from then. */
export function schoolYearOverOn(schoolYear: string): IsoDate {
  return termOverOn(schoolYear, 'year');
}
