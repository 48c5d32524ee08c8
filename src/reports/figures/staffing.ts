import { SHIFTS } from '../../daily-care/care.enums';
import type { StaffingFigures } from '../monthly-figures';

/** One month's rota as the staffing service gives it. */
export interface MonthRota {
  month: string;
  days: number;
  daysWithRota: number;
  short: StaffingFigures['short'];
}

/**
 * The staffing section from each month's rota: every shift counted (zeros too); a monthly report
 * lists its short shifts, a longer one gives them month by month.
 */
export function staffingFigures(months: MonthRota[]): StaffingFigures {
  const short = months.flatMap((m) => m.short);
  const missing = (rows: StaffingFigures['short']) =>
    rows.reduce((a, r) => a + (r.requiredCarers - r.assignedCarers), 0);
  return {
    days: months.reduce((a, m) => a + m.days, 0),
    daysWithRota: months.reduce((a, m) => a + m.daysWithRota, 0),
    shortShifts: short.length,
    shortByShift: Object.fromEntries(
      SHIFTS.map((sh) => [sh, short.filter((r) => r.shift === sh).length]),
    ) as StaffingFigures['shortByShift'],
    carersMissing: missing(short),
    ...(months.length === 1
      ? { short }
      : {
          short: [],
          byMonth: months.map((m) => ({
            month: m.month,
            daysWithRota: m.daysWithRota,
            shortShifts: m.short.length,
            carersMissing: missing(m.short),
          })),
        }),
  };
}
