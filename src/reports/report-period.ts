import { addDays, addMonths } from '../calendar/dates';
import type { ReportKind } from './report.entity';

/** A report's period: a month, the first half of a year or a year, with its first and last day. */
export function periodOf(kind: ReportKind, period: string): Period {
  return kind === 'monthly' ? monthPeriod(period) : periodicPeriod(period);
}

export interface Period {
  kind: ReportKind;
  period: string;
  first: string;
  last: string;
  label: string;
}

export function monthPeriod(month: string): Period {
  const first = `${month}-01`;
  return {
    kind: 'monthly',
    period: month,
    first,
    last: addDays(addMonths(first, 1), -1),
    label: month,
  };
}

export function periodicPeriod(period: string): Period {
  const year = period.slice(0, 4);
  return period.endsWith('-H1')
    ? {
        kind: 'six_monthly',
        period,
        first: `${year}-01-01`,
        last: `${year}-06-30`,
        label: `6 tháng đầu năm ${year}`,
      }
    : {
        kind: 'annual',
        period,
        first: `${year}-01-01`,
        last: `${year}-12-31`,
        label: `năm ${year}`,
      };
}
