import type { IsoDate } from '../../calendar/dates';
import {
  type EnrollmentStatus,
  HIGHEST_GRADE,
  levelOfGrade,
  type SchoolLevel,
  SCHOOL_LEVELS,
} from './levels';
import {
  type PrimaryRating,
  type RatingScaleCode,
  type SchoolTerm,
  type SecondaryRating,
  secondaryRank,
} from './rating-scales';
import { parseSchoolYear } from './school-year';

/** What the whole-year result decides: lên lớp, ở lại lớp, or a second chance over the summer. */
export const PROMOTIONS = ['promoted', 'repeat', 're_exam'] as const;
export type Promotion = (typeof PROMOTIONS)[number];

export const PROMOTION_REASONS = {
  programme_completed: {
    vi: 'Hoàn thành chương trình lớp học (TT 27/2020 Điều 11)',
    en: 'Completed the grade programme (TT 27/2020 art. 11)',
  },
  primary_not_completed: {
    vi: 'Chưa hoàn thành chương trình lớp học: ở lại lớp, trừ khi đánh giá bổ sung sau hè đạt',
    en: 'Grade programme not completed: repeats, unless the supplementary assessment after the summer passes',
  },
  ratings_passed: {
    vi: 'Học tập và rèn luyện cả năm từ mức Đạt trở lên (TT 22/2021)',
    en: 'Learning and conduct for the year at least Pass (TT 22/2021)',
  },
  learning_not_passed: {
    vi: 'Học tập cả năm Chưa đạt: kiểm tra lại trong hè',
    en: 'Learning for the year not passed: re-examination in the summer',
  },
  conduct_not_passed: {
    vi: 'Rèn luyện cả năm Chưa đạt: rèn luyện trong kỳ nghỉ hè',
    en: 'Conduct for the year not passed: summer conduct training',
  },
  learning_and_conduct_not_passed: {
    vi: 'Học tập và rèn luyện Chưa đạt: kiểm tra lại và rèn luyện trong hè',
    en: 'Learning and conduct not passed: re-examination and summer training',
  },
  absences_over_limit: {
    vi: 'Nghỉ học quá 45 buổi trong năm học: ở lại lớp (TT 22/2021)',
    en: 'Absent more than 45 sessions in the year: repeats (TT 22/2021)',
  },
} as const;
export type PromotionReason = keyof typeof PROMOTION_REASONS;

/** TT 22/2021: a student absent more than 45 sessions in a year is not promoted. Counted in days here. */
export const MAX_ABSENT_DAYS_SECONDARY = 45;

export interface YearRatings {
  rating: string | null;
  learningRating: string | null;
  conductRating: string | null;
  daysAbsent: number | null;
}

export interface PromotionOutcome {
  promotion: Promotion;
  reason: PromotionReason;
}

/**
 * The decision a whole-year result implies; null for a semester result or a level without a
 * national scale. Assumes the ratings were checked against the scale (checkRatings).
 *
 * - Primary (TT 27/2020 Điều 11): Hoàn thành xuất sắc / tốt / Hoàn thành → promoted;
 *   Chưa hoàn thành → repeat (the school may still promote after summer help and a
 *   supplementary assessment: correct the year result with PATCH /results/:id).
 * - Secondary (TT 22/2021): more than 45 days absent → repeat; learning and conduct both at
 *   least Đạt → promoted; otherwise re_exam — learning Chưa đạt means re-examination
 *   (kiểm tra lại), conduct Chưa đạt summer training (rèn luyện trong hè); the reason says which.
 */
export function promotionOf(
  scale: RatingScaleCode,
  term: SchoolTerm,
  r: YearRatings,
): PromotionOutcome | null {
  if (term !== 'year') return null;
  switch (scale) {
    case 'none':
      return null;
    case 'tt27_2020': {
      const rating = r.rating as PrimaryRating | null;
      if (rating === null) return null;
      return rating === 'not_completed'
        ? { promotion: 'repeat', reason: 'primary_not_completed' }
        : { promotion: 'promoted', reason: 'programme_completed' };
    }
    case 'tt22_2021': {
      const learning = r.learningRating as SecondaryRating | null;
      const conduct = r.conductRating as SecondaryRating | null;
      if (learning === null || conduct === null) return null;
      if (r.daysAbsent !== null && r.daysAbsent > MAX_ABSENT_DAYS_SECONDARY) {
        return { promotion: 'repeat', reason: 'absences_over_limit' };
      }
      const learningOk = secondaryRank(learning) >= secondaryRank('pass');
      const conductOk = secondaryRank(conduct) >= secondaryRank('pass');
      if (learningOk && conductOk) return { promotion: 'promoted', reason: 'ratings_passed' };
      if (!learningOk && !conductOk) {
        return { promotion: 're_exam', reason: 'learning_and_conduct_not_passed' };
      }
      return {
        promotion: 're_exam',
        reason: learningOk ? 'conduct_not_passed' : 'learning_not_passed',
      };
    }
  }
}

/** Why the rollover leaves a student to the social worker instead of enrolling them. */
export const ROLLOVER_DECISIONS = {
  no_year_result: { vi: 'Chưa có kết quả cả năm', en: 'No whole-year result yet' },
  repeat: { vi: 'Ở lại lớp: ghi danh lại cùng lớp', en: 'Repeats: enrol again in the same grade' },
  re_exam: {
    vi: 'Chờ kiểm tra lại / rèn luyện hè',
    en: 'Awaiting re-examination or summer training',
  },
  finished_upper_secondary: {
    vi: 'Hoàn thành lớp 12: thi tốt nghiệp, học nghề, đại học hoặc ra khỏi cơ sở',
    en: 'Finished grade 12: graduation exam, vocational training, university or leaving',
  },
  finished_programme: {
    vi: 'Đã hoàn thành khóa học',
    en: 'Finished the programme',
  },
  grade_to_decide: {
    vi: 'Không có thang đánh giá chính thức: quyết định lớp tiếp theo',
    en: 'No official scale: decide the next grade',
  },
  dropped_out: { vi: 'Đã bỏ học', en: 'Dropped out' },
  suspended: { vi: 'Đang tạm nghỉ học', en: 'Suspended' },
  not_enrolled: { vi: 'Không đi học năm trước', en: 'Not enrolled last year' },
} as const;
export type RolloverDecision = keyof typeof ROLLOVER_DECISIONS;

export interface RolloverInput {
  level: SchoolLevel;
  grade: number | null;
  status: EnrollmentStatus | null;
  /** The whole-year promotion, if there is a year result. */
  promotion: Promotion | null;
  /** Date of birth (1 January of the birth year when only the year is known). */
  born: IsoDate | null;
  /** The school year being closed, "2026-2027". */
  fromYear: string;
}

export type RolloverStep =
  | { action: 'enrol'; level: SchoolLevel; grade: number | null; sameSchool: boolean }
  | { action: 'decide'; reason: RolloverDecision };

/** Vietnamese children start grade 1 in the calendar year they turn 6 (Luật Giáo dục 2019 Điều 28). */
export const PRIMARY_ENTRY_AGE = 6;

/**
 * What the school-year rollover does with one student's latest enrolment of the closing year:
 * enrol them in the next grade (the next level after grades 5 and 9, at a school still to be
 * named), keep a nursery child in nursery until the year they turn 6, continue a multi-year
 * programme without grades, or leave the case to the social worker with the reason.
 */
export function rolloverStep(input: RolloverInput): RolloverStep {
  const { level, grade, status } = input;
  if (level === 'not_enrolled') return { action: 'decide', reason: 'not_enrolled' };
  if (status === 'dropped_out') return { action: 'decide', reason: 'dropped_out' };
  if (status === 'suspended') return { action: 'decide', reason: 'suspended' };
  switch (level) {
    case 'nursery': {
      const nextStart = (parseSchoolYear(input.fromYear)?.start ?? 0) + 1;
      const birthYear = input.born ? Number(input.born.slice(0, 4)) : null;
      if (birthYear !== null && nextStart - birthYear >= PRIMARY_ENTRY_AGE) {
        return { action: 'enrol', level: 'primary', grade: 1, sameSchool: false };
      }
      return { action: 'enrol', level: 'nursery', grade: null, sameSchool: true };
    }
    case 'primary':
    case 'lower_secondary':
    case 'upper_secondary': {
      switch (input.promotion) {
        case null:
          return { action: 'decide', reason: 'no_year_result' };
        case 'repeat':
          return { action: 'decide', reason: 'repeat' };
        case 're_exam':
          return { action: 'decide', reason: 're_exam' };
        case 'promoted':
          break;
      }
      if (grade === null) return { action: 'decide', reason: 'grade_to_decide' };
      if (grade >= HIGHEST_GRADE) return { action: 'decide', reason: 'finished_upper_secondary' };
      const next = levelOfGrade(grade + 1);
      return { action: 'enrol', level: next, grade: grade + 1, sameSchool: next === level };
    }
    case 'vocational_intermediate':
    case 'college':
    case 'university':
    case 'continuing_education':
    case 'special_education': {
      if (status === 'completed') return { action: 'decide', reason: 'finished_programme' };
      // A graded programme without a national scale: the school decides the next grade.
      if (SCHOOL_LEVELS[level].grades !== null && grade !== null) {
        return { action: 'decide', reason: 'grade_to_decide' };
      }
      return { action: 'enrol', level, grade: null, sameSchool: true };
    }
  }
}
