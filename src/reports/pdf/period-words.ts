import type { ReportKind } from '../report.entity';

/**
 * The words a report uses for its own period: an annual report speaks of "the year", never of
 * "the month". Every label that names the period takes its words from here.
 */
export interface PeriodWords {
  /** "trong tháng" / "trong 6 tháng" / "trong năm" */
  during: string;
  /** "đầu tháng" / "đầu kỳ" / "đầu năm" */
  start: string;
  /** "cuối tháng" / "cuối kỳ" / "cuối năm" */
  end: string;
  /** The title line's period: "tháng 10/2026", "6 tháng đầu năm 2026", "năm 2026". */
  title: string;
}

export function periodWords(kind: ReportKind, period: string): PeriodWords {
  const year = period.slice(0, 4);
  switch (kind) {
    case 'monthly':
      return {
        during: 'trong tháng',
        start: 'đầu tháng',
        end: 'cuối tháng',
        title: `tháng ${period.slice(5, 7)}/${year}`,
      };
    case 'six_monthly':
      return {
        during: 'trong 6 tháng',
        start: 'đầu kỳ (01/01)',
        end: 'cuối kỳ (30/6)',
        title: `6 tháng đầu năm ${year}`,
      };
    case 'annual':
      return { during: 'trong năm', start: 'đầu năm', end: 'cuối năm', title: `năm ${year}` };
  }
}

/** The day the figures were taken: the period's last day, or the day of generation if earlier. */
export function figuresAsOf(lastDay: string, generatedOn: string): string {
  return generatedOn < lastDay ? generatedOn : lastDay;
}
