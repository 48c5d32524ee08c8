import type { FieldError } from '../../common/errors/problem.exception';

interface LevelInfo {
  vi: string;
  en: string;
  /** The grades (lớp) the level teaches, or null where there are none. */
  grades: readonly [number, number] | null;
  /** Whether an enrolment at this level must name its grade. */
  gradeRequired: boolean;
}

/**
 * Levels of the Vietnamese education system (Luật Giáo dục 2019, Điều 6): early childhood,
 * general education in three levels with grades 1–12, vocational (trung cấp, cao đẳng),
 * higher education, continuing education; special education for children with disabilities.
 * `not_enrolled` records a year in which a child is at no school, with the reason.
 */
export const SCHOOL_LEVELS = {
  nursery: { vi: 'Mầm non', en: 'Nursery / kindergarten', grades: null, gradeRequired: false },
  primary: { vi: 'Tiểu học', en: 'Primary school', grades: [1, 5], gradeRequired: true },
  lower_secondary: {
    vi: 'Trung học cơ sở (THCS)',
    en: 'Lower secondary school',
    grades: [6, 9],
    gradeRequired: true,
  },
  upper_secondary: {
    vi: 'Trung học phổ thông (THPT)',
    en: 'Upper secondary school',
    grades: [10, 12],
    gradeRequired: true,
  },
  vocational_intermediate: {
    vi: 'Trung cấp',
    en: 'Vocational school (intermediate)',
    grades: null,
    gradeRequired: false,
  },
  college: { vi: 'Cao đẳng', en: 'College', grades: null, gradeRequired: false },
  university: { vi: 'Đại học', en: 'University', grades: null, gradeRequired: false },
  continuing_education: {
    vi: 'Giáo dục thường xuyên',
    en: 'Continuing education',
    grades: [1, 12],
    gradeRequired: false,
  },
  special_education: {
    vi: 'Giáo dục chuyên biệt (trẻ khuyết tật)',
    en: 'Special education',
    grades: [1, 12],
    gradeRequired: false,
  },
  not_enrolled: { vi: 'Không đi học', en: 'Not enrolled', grades: null, gradeRequired: false },
} as const satisfies Record<string, LevelInfo>;

export type SchoolLevel = keyof typeof SCHOOL_LEVELS;
export const SCHOOL_LEVEL_CODES = Object.keys(SCHOOL_LEVELS) as SchoolLevel[];

/** The general-education levels, in order: a promoted student moves up through them. */
export type GeneralLevel = 'primary' | 'lower_secondary' | 'upper_secondary';
export const HIGHEST_GRADE = 12;

/** Enrolment statuses; a `not_enrolled` year has none. */
export const ENROLLMENT_STATUSES = {
  studying: { vi: 'Đang học', en: 'Studying' },
  completed: { vi: 'Đã hoàn thành năm học / khóa học', en: 'Completed' },
  dropped_out: { vi: 'Bỏ học', en: 'Dropped out' },
  transferred: { vi: 'Chuyển trường', en: 'Transferred' },
  suspended: { vi: 'Tạm nghỉ học', en: 'Suspended' },
} as const;
export type EnrollmentStatus = keyof typeof ENROLLMENT_STATUSES;
export const ENROLLMENT_STATUS_CODES = Object.keys(ENROLLMENT_STATUSES) as EnrollmentStatus[];
/** At most one enrolment per resident and school year is in one of these (or `not_enrolled`). */
export const ACTIVE_STATUSES: readonly EnrollmentStatus[] = ['studying', 'suspended'];
/** Leaving a school needs the date it happened. */
export const ENDING_STATUSES: readonly EnrollmentStatus[] = ['dropped_out', 'transferred'];

/** Nội trú, bán trú (lunch and rest at school), or a day pupil. */
export const BOARDING_TYPES = ['boarding', 'semi_boarding', 'day'] as const;
export type BoardingType = (typeof BOARDING_TYPES)[number];

/** The general-education level that teaches a grade. */
export function levelOfGrade(grade: number): GeneralLevel {
  if (grade <= 5) return 'primary';
  if (grade <= 9) return 'lower_secondary';
  return 'upper_secondary';
}

/** A grade fits its level: required for primary (1–5), THCS (6–9), THPT (10–12); absent where none. */
export function checkGrade(level: SchoolLevel, grade: number | null): FieldError[] {
  const info: LevelInfo = SCHOOL_LEVELS[level];
  if (grade === null) {
    return info.gradeRequired
      ? [
          {
            field: 'grade',
            code: 'isDefined',
            text: {
              vi: `Cần lớp (${info.grades?.[0]}–${info.grades?.[1]}) cho cấp ${info.vi}`,
              en: `A grade (${info.grades?.[0]}–${info.grades?.[1]}) is required for ${info.en}`,
            },
          },
        ]
      : [];
  }
  if (!info.grades) {
    return [
      {
        field: 'grade',
        code: 'notApplicable',
        text: { vi: `Cấp ${info.vi} không có lớp`, en: `${info.en} has no grades` },
      },
    ];
  }
  const [min, max] = info.grades;
  if (grade < min || grade > max) {
    return [
      {
        field: 'grade',
        code: 'gradeOutsideLevel',
        text: {
          vi: `Lớp ${grade} không thuộc cấp ${info.vi} (lớp ${min}–${max})`,
          en: `Grade ${grade} is not taught at ${info.en} (grades ${min}–${max})`,
        },
      },
    ];
  }
  return [];
}
