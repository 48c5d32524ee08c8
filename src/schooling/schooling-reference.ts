import { ABSENCE_ALERT_DAYS } from './rules/enrollment-rules';
import { BOARDING_TYPES, ENROLLMENT_STATUSES, SCHOOL_LEVELS } from './rules/levels';
import {
  MAX_ABSENT_DAYS_SECONDARY,
  PROMOTION_REASONS,
  ROLLOVER_DECISIONS,
} from './rules/promotion';
import {
  PRIMARY_QUALITY_RATINGS,
  PRIMARY_RATINGS,
  PRIMARY_SUBJECT_RATINGS,
  RATING_SCALES,
  SCHOOL_TERM_LABELS,
  SECONDARY_RATINGS,
  SECONDARY_SUBJECT_RATINGS,
} from './rules/rating-scales';
import { VOCATIONAL_PROGRAMME_LEVELS } from './vocational/vocational-training.entity';

interface Coded {
  code: string;
  vi: string;
  en: string;
}

export interface SchoolingReference {
  levels: (Coded & { grades: readonly [number, number] | null; gradeRequired: boolean })[];
  statuses: Coded[];
  boardingTypes: readonly string[];
  terms: Coded[];
  scales: {
    code: string;
    levels: readonly string[];
    effectiveFrom: string;
    source: string;
    ratings: Record<string, Coded[]>;
  }[];
  promotion: { reasons: Coded[]; maxAbsentDaysSecondary: number };
  rolloverDecisions: Coded[];
  absenceAlertDays: Record<string, number>;
  vocationalProgrammeLevels: Coded[];
}

const coded = (table: Record<string, { vi: string; en: string }>): Coded[] =>
  Object.entries(table).map(([code, t]) => ({ code, vi: t.vi, en: t.en }));
const pick = (
  table: Record<string, { vi: string; en: string }>,
  codes: readonly string[],
): Coded[] => coded(table).filter((c) => codes.includes(c.code));

/** The code lists of the schooling API with their Vietnamese labels: what a form needs. */
export function schoolingReference(): SchoolingReference {
  return {
    levels: Object.entries(SCHOOL_LEVELS).map(([code, l]) => ({
      code,
      vi: l.vi,
      en: l.en,
      grades: l.grades,
      gradeRequired: l.gradeRequired,
    })),
    statuses: coded(ENROLLMENT_STATUSES),
    boardingTypes: BOARDING_TYPES,
    terms: coded(SCHOOL_TERM_LABELS),
    scales: RATING_SCALES.map((s): SchoolingReference['scales'][number] => ({
      code: s.code,
      levels: s.levels,
      effectiveFrom: s.effectiveFrom,
      source: s.source,
      ratings:
        s.code === 'tt27_2020'
          ? {
              rating: coded(PRIMARY_RATINGS),
              qualitiesRating: coded(PRIMARY_QUALITY_RATINGS),
              subjectRating: pick(PRIMARY_RATINGS, PRIMARY_SUBJECT_RATINGS),
            }
          : {
              learningRating: coded(SECONDARY_RATINGS),
              conductRating: coded(SECONDARY_RATINGS),
              subjectRating: pick(SECONDARY_RATINGS, SECONDARY_SUBJECT_RATINGS),
            },
    })),
    promotion: {
      reasons: coded(PROMOTION_REASONS),
      maxAbsentDaysSecondary: MAX_ABSENT_DAYS_SECONDARY,
    },
    rolloverDecisions: coded(ROLLOVER_DECISIONS),
    absenceAlertDays: ABSENCE_ALERT_DAYS,
    vocationalProgrammeLevels: coded(VOCATIONAL_PROGRAMME_LEVELS),
  };
}
