import { CalendarVietnamese } from 'date-chinese';
import { addDays, IsoDate, parseIsoDate } from './dates';

export interface HolidayCalendar {
  isWorkingDay(date: IsoDate): boolean;
}

/** A change a year's decision makes to the computed days off: a day off added, or a day worked. */
export interface CalendarChange {
  date: IsoDate;
  kind: 'day_off' | 'working_day';
}

/** The Vietnamese lunar calendar (UTC+7 new moons; 2007's Tết a day before China's). */
const lunar = new CalendarVietnamese();

function lunarToSolar(gregorianYear: number, month: number, day: number): IsoDate {
  // The lunar year that begins in this Gregorian year: its first day's cycle and year number.
  lunar.fromJDE(lunar.newYear(gregorianYear));
  const [cycle, year] = lunar.get() as [number, number];
  const {
    year: y,
    month: m,
    day: d,
  } = lunar.set(cycle, year, month, 0, day).toGregorian(gregorianYear);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function isWeekend(date: IsoDate): boolean {
  const weekday = parseIsoDate(date).getUTCDay();
  return weekday === 0 || weekday === 6;
}

const statutoryCache = new Map<number, Map<IsoDate, string>>();

/**
 * The public holidays of the Labour Code 2019 (Điều 112 khoản 1) in a year, with their names:
 * 1/1; Tết, five days — by default the last day of the lunar year and the first four of the new
 * one, as the Prime Minister's decisions of recent years; Giỗ Tổ Hùng Vương (10/3 lunar); 30/4;
 * 1/5; Quốc khánh, 2/9 and one day next to it — by default the day before, or the day after when
 * the day before is a Sunday (2022–2025 decisions). A year's decision moves these (`CalendarChange`).
 */
export function statutoryHolidays(year: number): Map<IsoDate, string> {
  const cached = statutoryCache.get(year);
  if (cached) return cached;
  const days = new Map<IsoDate, string>();
  const fixed = (md: string, name: string) => days.set(`${year}-${md}`, name);
  fixed('01-01', 'Tết Dương lịch');
  const tet = lunarToSolar(year, 1, 1);
  days.set(addDays(tet, -1), 'Tết Nguyên Đán (ngày cuối năm âm lịch)');
  for (let i = 0; i < 4; i++) days.set(addDays(tet, i), `Tết Nguyên Đán (mùng ${i + 1})`);
  days.set(lunarToSolar(year, 3, 10), 'Giỗ Tổ Hùng Vương (10/3 âm lịch)');
  fixed('04-30', 'Ngày Chiến thắng 30/4');
  fixed('05-01', 'Ngày Quốc tế Lao động 1/5');
  const dayBefore = `${year}-09-01`;
  const companion = parseIsoDate(dayBefore).getUTCDay() === 0 ? `${year}-09-03` : dayBefore;
  days.set(companion, 'Quốc khánh (ngày liền kề)');
  fixed('09-02', 'Quốc khánh 2/9');
  const sorted = new Map([...days].sort(([a], [b]) => a.localeCompare(b)));
  statutoryCache.set(year, sorted);
  return sorted;
}

/**
 * The days off of a year before its decision: the statutory holidays and, for each one that falls
 * on a Saturday or Sunday, the next working day (Điều 112 khoản 3: "nghỉ bù").
 */
export function defaultDaysOff(year: number): Map<IsoDate, string> {
  const holidays = statutoryHolidays(year);
  const off = new Map(holidays);
  for (const [date, name] of holidays) {
    if (!isWeekend(date)) continue;
    let next = addDays(date, 1);
    while (isWeekend(next) || off.has(next)) next = addDays(next, 1);
    off.set(next, `Nghỉ bù ${name} (${date.slice(8, 10)}/${date.slice(5, 7)})`);
  }
  return new Map([...off].sort(([a], [b]) => a.localeCompare(b)));
}

/** Working days: Monday–Friday, minus the computed days off, corrected by the decisions' changes. */
export function holidayCalendar(changes: CalendarChange[]): HolidayCalendar {
  const off = new Set(changes.filter((o) => o.kind === 'day_off').map((o) => o.date));
  const worked = new Set(changes.filter((o) => o.kind === 'working_day').map((o) => o.date));
  return {
    isWorkingDay(date) {
      if (worked.has(date)) return true;
      if (off.has(date)) return false;
      if (isWeekend(date)) return false;
      return !defaultDaysOff(Number(date.slice(0, 4))).has(date);
    },
  };
}
/**
 * The date `n` working days after `start` (the start day itself not counted): the deadline of
 * "within 10 working days" (ND 20/2021 Điều 28). A negative `n` counts back: the `-n`th working
 * day before `start` (the warning date of a deadline).
 */
export function addWorkingDays(start: IsoDate, n: number, calendar: HolidayCalendar): IsoDate {
  const step = n < 0 ? -1 : 1;
  let date = start;
  let left = Math.abs(n);
  while (left > 0) {
    date = addDays(date, step);
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
