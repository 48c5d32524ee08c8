import type { FieldError } from '../../common/errors/problem.exception';
import type { Text } from '../../common/errors/messages';
import type { SchoolLevel } from './levels';
import { parseSchoolYear } from './school-year';

/** Học kỳ I, học kỳ II, cả năm. */
export const SCHOOL_TERMS = ['HK1', 'HK2', 'year'] as const;
export type SchoolTerm = (typeof SCHOOL_TERMS)[number];
export const SCHOOL_TERM_LABELS: Record<SchoolTerm, Text> = {
  HK1: { vi: 'Học kỳ I', en: 'Semester 1' },
  HK2: { vi: 'Học kỳ II', en: 'Semester 2' },
  year: { vi: 'Cả năm', en: 'Whole year' },
};

type Labelled<K extends string> = Record<K, Text>;

/**
 * Primary (TT 27/2020/TT-BGDĐT): a pupil's education result. `outstanding` (Hoàn thành xuất sắc)
 * exists only in the whole-year summary; the three others at every term.
 */
export const PRIMARY_RATINGS = {
  outstanding: { vi: 'Hoàn thành xuất sắc', en: 'Outstanding' },
  excellent: { vi: 'Hoàn thành tốt', en: 'Completed well' },
  completed: { vi: 'Hoàn thành', en: 'Completed' },
  not_completed: { vi: 'Chưa hoàn thành', en: 'Not completed' },
} as const satisfies Labelled<string>;
export type PrimaryRating = keyof typeof PRIMARY_RATINGS;
/** Each subject (môn học, hoạt động giáo dục) of a primary pupil. */
export const PRIMARY_SUBJECT_RATINGS = ['excellent', 'completed', 'not_completed'] as const;
/** Qualities and competencies (phẩm chất, năng lực) of a primary pupil. */
export const PRIMARY_QUALITY_RATINGS = {
  good: { vi: 'Tốt', en: 'Good' },
  pass: { vi: 'Đạt', en: 'Satisfactory' },
  needs_effort: { vi: 'Cần cố gắng', en: 'Needs effort' },
} as const satisfies Labelled<string>;
export type PrimaryQualityRating = keyof typeof PRIMARY_QUALITY_RATINGS;

/**
 * Secondary (TT 22/2021/TT-BGDĐT): learning (kết quả học tập) and conduct (kết quả rèn luyện),
 * each on four levels, best first.
 */
export const SECONDARY_RATINGS = {
  good: { vi: 'Tốt', en: 'Good' },
  fair: { vi: 'Khá', en: 'Fair' },
  pass: { vi: 'Đạt', en: 'Pass' },
  fail: { vi: 'Chưa đạt', en: 'Not passed' },
} as const satisfies Labelled<string>;
export type SecondaryRating = keyof typeof SECONDARY_RATINGS;
/** Subjects assessed by comment (đánh giá bằng nhận xét) in secondary school. */
export const SECONDARY_SUBJECT_RATINGS = ['pass', 'fail'] as const;

export type RatingScaleCode = 'tt27_2020' | 'tt22_2021' | 'none';

export interface RatingScale {
  code: Exclude<RatingScaleCode, 'none'>;
  levels: readonly SchoolLevel[];
  /** The first school year the scale applies to (rolled out grade by grade before that). */
  effectiveFrom: string;
  source: string;
  fields: string[];
}

/**
 * The official scales as data with the year they took effect: a new circular is a new entry, and
 * every result keeps the code of the scale it was rated under. TT 27/2020 reached all primary
 * grades in 2024-2025, TT 22/2021 all secondary grades in 2024-2025; earlier years are taken to be
 * on them too (the older TT 30/2014 and TT 58/2011 scales are not modelled).
 */
export const RATING_SCALES: readonly RatingScale[] = [
  {
    code: 'tt27_2020',
    levels: ['primary'],
    effectiveFrom: '2020-2021',
    source: 'Thông tư 27/2020/TT-BGDĐT (đánh giá học sinh tiểu học), Điều 6–7, 11',
    fields: ['rating', 'qualitiesRating', 'subjects[].rating'],
  },
  {
    code: 'tt22_2021',
    levels: ['lower_secondary', 'upper_secondary'],
    effectiveFrom: '2021-2022',
    source: 'Thông tư 22/2021/TT-BGDĐT (đánh giá học sinh THCS, THPT), Điều 8–9 và xét lên lớp',
    fields: ['learningRating', 'conductRating', 'subjects[].rating'],
  },
];

/** The scale a level is rated on in a school year; `none` where there is no national scale. */
export function scaleFor(level: SchoolLevel, schoolYear: string): RatingScaleCode {
  const year = parseSchoolYear(schoolYear)?.start ?? 0;
  const candidates = RATING_SCALES.filter((s) => s.levels.includes(level)).sort((a, b) =>
    b.effectiveFrom.localeCompare(a.effectiveFrom),
  );
  const inForce = candidates.find((s) => (parseSchoolYear(s.effectiveFrom)?.start ?? 0) <= year);
  // A year before the first scale: the oldest one we know (see RATING_SCALES).
  return (inForce ?? candidates[candidates.length - 1])?.code ?? 'none';
}

/** Every rating code the API knows; which of them a result may use depends on its scale. */
export const RATING_CODES = [
  ...new Set([
    ...Object.keys(PRIMARY_RATINGS),
    ...Object.keys(PRIMARY_QUALITY_RATINGS),
    ...Object.keys(SECONDARY_RATINGS),
  ]),
];

export interface SubjectResult {
  /** Môn học, e.g. "Toán", "Tiếng Việt", "Ngữ văn". */
  subject: string;
  /** 0–10: a primary end-of-term test score or a secondary subject average (ĐTBmhk / ĐTBmcn). */
  score: number | null;
  /** For subjects assessed by comment: primary T/H/C, secondary Đạt/Chưa đạt. */
  rating: string | null;
}

export interface RatingInput {
  rating: string | null;
  learningRating: string | null;
  conductRating: string | null;
  qualitiesRating: string | null;
  subjects: SubjectResult[];
}

const SCALE_NAME: Record<RatingScaleCode, Text> = {
  tt27_2020: { vi: 'tiểu học (TT 27/2020)', en: 'primary (TT 27/2020)' },
  tt22_2021: { vi: 'THCS/THPT (TT 22/2021)', en: 'secondary (TT 22/2021)' },
  none: { vi: 'không có thang đánh giá chính thức', en: 'no official rating scale' },
};

function wrongScale(field: string, scale: RatingScaleCode, allowed: readonly string[]): FieldError {
  const list = allowed.join(', ');
  return {
    field,
    code: 'wrongScale',
    text:
      allowed.length > 0
        ? {
            vi: `Mức đánh giá không thuộc thang ${SCALE_NAME[scale].vi}; dùng một trong: ${list}`,
            en: `Not a rating of the ${SCALE_NAME[scale].en} scale; use one of: ${list}`,
          }
        : {
            vi: `Cấp học này ${SCALE_NAME[scale].vi}: không ghi mức đánh giá`,
            en: `This level has ${SCALE_NAME[scale].en}: leave the rating out`,
          },
  };
}

const required = (field: string, scale: RatingScaleCode): FieldError => ({
  field,
  code: 'isDefined',
  text: {
    vi: `Bắt buộc với thang ${SCALE_NAME[scale].vi}`,
    en: `Required on the ${SCALE_NAME[scale].en} scale`,
  },
});

/** Which fields a scale uses, and the codes each accepts at a term. */
function allowedFor(
  scale: RatingScaleCode,
  term: SchoolTerm,
): Record<'rating' | 'learningRating' | 'conductRating' | 'qualitiesRating', readonly string[]> & {
  subject: readonly string[];
  required: readonly ('rating' | 'learningRating' | 'conductRating')[];
} {
  switch (scale) {
    case 'tt27_2020': {
      const primary = Object.keys(PRIMARY_RATINGS) as PrimaryRating[];
      return {
        rating: term === 'year' ? primary : primary.filter((r) => r !== 'outstanding'),
        learningRating: [],
        conductRating: [],
        qualitiesRating: Object.keys(PRIMARY_QUALITY_RATINGS),
        subject: PRIMARY_SUBJECT_RATINGS,
        required: ['rating'],
      };
    }
    case 'tt22_2021':
      return {
        rating: [],
        learningRating: Object.keys(SECONDARY_RATINGS),
        conductRating: Object.keys(SECONDARY_RATINGS),
        qualitiesRating: [],
        subject: SECONDARY_SUBJECT_RATINGS,
        required: ['learningRating', 'conductRating'],
      };
    case 'none':
      return {
        rating: [],
        learningRating: [],
        conductRating: [],
        qualitiesRating: [],
        subject: [],
        required: [],
      };
  }
}

/**
 * A result uses its scale's fields and codes only: a primary pupil has `rating` (and optionally
 * `qualitiesRating`), a secondary student `learningRating` and `conductRating`; a level without a
 * national scale (nursery, vocational, university, …) records remarks, scores and absences only.
 */
export function checkRatings(
  scale: RatingScaleCode,
  term: SchoolTerm,
  input: RatingInput,
): FieldError[] {
  const allowed = allowedFor(scale, term);
  const errors: FieldError[] = [];
  for (const field of ['rating', 'learningRating', 'conductRating', 'qualitiesRating'] as const) {
    const value = input[field];
    if (value === null) {
      if ((allowed.required as readonly string[]).includes(field))
        errors.push(required(field, scale));
    } else if (!allowed[field].includes(value)) {
      if (field === 'rating' && value === 'outstanding' && scale === 'tt27_2020') {
        errors.push({
          field,
          code: 'yearOnly',
          text: {
            vi: 'Hoàn thành xuất sắc chỉ dùng cho kết quả cả năm',
            en: 'Outstanding is given for the whole year only',
          },
        });
      } else {
        errors.push(wrongScale(field, scale, allowed[field]));
      }
    }
  }
  input.subjects.forEach((s, i) => {
    if (s.rating !== null && !allowed.subject.includes(s.rating)) {
      errors.push(wrongScale(`subjects.${i}.rating`, scale, allowed.subject));
    }
    if (s.rating === null && s.score === null) {
      errors.push({
        field: `subjects.${i}.score`,
        code: 'isDefined',
        text: { vi: 'Cần điểm hoặc mức đánh giá', en: 'A score or a rating is required' },
      });
    }
  });
  const names = input.subjects.map((s) => s.subject.trim().toLocaleLowerCase('vi'));
  names.forEach((n, i) => {
    if (names.indexOf(n) !== i) {
      errors.push({
        field: `subjects.${i}.subject`,
        code: 'duplicateSubject',
        text: { vi: 'Môn học bị lặp', en: 'The subject is listed twice' },
      });
    }
  });
  return errors;
}

/** Rank of a secondary rating: 3 = Tốt … 0 = Chưa đạt. */
export function secondaryRank(rating: SecondaryRating): number {
  return 3 - (Object.keys(SECONDARY_RATINGS) as SecondaryRating[]).indexOf(rating);
}
