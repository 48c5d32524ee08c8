import Holidays from 'date-holidays';
import { addDays, IsoDate, parseIsoDate } from './dates';

export interface HolidayCalendar {
  isWorkingDay(date: IsoDate): boolean;
}

const vn = new Holidays('VN');
const statutoryCache = new Map<number, Set<IsoDate>>();

/** The statutory public holidays (Labour Code 2019 Art. 112) that `date-holidays` lists for Vietnam. */
export function statutoryHolidays(year: number): Set<IsoDate> {
  let days = statutoryCache.get(year);
  if (!days) {
    days = new Set(
      vn
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    statutoryCache.set(year, days);
  }
  return days;
}

/** Working days: Monday–Friday, minus statutory holidays, corrected by the override table. */
export function holidayCalendar(
  overrides: { date: IsoDate; kind: 'day_off' | 'working_day' }[],
): HolidayCalendar {
  const off = new Set(overrides.filter((o) => o.kind === 'day_off').map((o) => o.date));
  const worked = new Set(overrides.filter((o) => o.kind === 'working_day').map((o) => o.date));
  return {
    isWorkingDay(date) {
      if (worked.has(date)) return true;
      if (off.has(date)) return false;
      const weekday = parseIsoDate(date).getUTCDay();
      if (weekday === 0 || weekday === 6) return false;
      return !statutoryHolidays(Number(date.slice(0, 4))).has(date);
    },
  };
}

/**
 * The date `n` working days after `start` (the start day itself not counted): the deadline of
 * "within 10 working days" (ND 20/2021 Điều 28).
 */
export function addWorkingDays(start: IsoDate, n: number, calendar: HolidayCalendar): IsoDate {
  let date = start;
  let left = n;
  while (left > 0) {
    date = addDays(date, 1);
    if (calendar.isWorkingDay(date)) left--;
  }
  return date;
}

/**
 * Working days from `start` (exclusive) to `end` (inclusive); 0 when end is not after start.
 * Counting stops once it passes `stopAfter`: "more than 7 working days?" needs no more than 8,
 * however far apart the dates are.
 */
export function workingDaysBetween(
  start: IsoDate,
  end: IsoDate,
  calendar: HolidayCalendar,
  stopAfter = Number.POSITIVE_INFINITY,
): number {
  let count = 0;
  for (let d = addDays(start, 1); d <= end && count <= stopAfter; d = addDays(d, 1))
    if (calendar.isWorkingDay(d)) count++;
  return count;
}
