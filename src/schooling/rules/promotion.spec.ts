import type { EnrollmentStatus, SchoolLevel } from './levels';
import {
  type Promotion,
  promotionOf,
  type PromotionReason,
  type RolloverInput,
  rolloverStep,
  type RolloverStep,
  type YearRatings,
} from './promotion';
import type { RatingScaleCode, SchoolTerm } from './rating-scales';

const ratings = (over: Partial<YearRatings>): YearRatings => ({
  rating: null,
  learningRating: null,
  conductRating: null,
  daysAbsent: null,
  ...over,
});

describe('promotionOf: what the whole-year result decides', () => {
  it.each<[RatingScaleCode, Partial<YearRatings>, Promotion, PromotionReason]>([
    // Primary, TT 27/2020 Điều 11
    ['tt27_2020', { rating: 'outstanding' }, 'promoted', 'programme_completed'],
    ['tt27_2020', { rating: 'excellent' }, 'promoted', 'programme_completed'],
    ['tt27_2020', { rating: 'completed' }, 'promoted', 'programme_completed'],
    ['tt27_2020', { rating: 'not_completed' }, 'repeat', 'primary_not_completed'],
    ['tt27_2020', { rating: 'completed', daysAbsent: 60 }, 'promoted', 'programme_completed'],
    // Secondary, TT 22/2021
    ['tt22_2021', { learningRating: 'good', conductRating: 'good' }, 'promoted', 'ratings_passed'],
    ['tt22_2021', { learningRating: 'pass', conductRating: 'pass' }, 'promoted', 'ratings_passed'],
    [
      'tt22_2021',
      { learningRating: 'fair', conductRating: 'pass', daysAbsent: 45 },
      'promoted',
      'ratings_passed',
    ],
    [
      'tt22_2021',
      { learningRating: 'fail', conductRating: 'good' },
      're_exam',
      'learning_not_passed',
    ],
    [
      'tt22_2021',
      { learningRating: 'good', conductRating: 'fail' },
      're_exam',
      'conduct_not_passed',
    ],
    [
      'tt22_2021',
      { learningRating: 'fail', conductRating: 'fail' },
      're_exam',
      'learning_and_conduct_not_passed',
    ],
    [
      'tt22_2021',
      { learningRating: 'good', conductRating: 'good', daysAbsent: 46 },
      'repeat',
      'absences_over_limit',
    ],
    [
      'tt22_2021',
      { learningRating: 'fail', conductRating: 'fail', daysAbsent: 80 },
      'repeat',
      'absences_over_limit',
    ],
  ])('%s %j → %s (%s)', (scale, over, promotion, reason) => {
    expect(promotionOf(scale, 'year', ratings(over))).toEqual({ promotion, reason });
  });

  it.each<[RatingScaleCode, SchoolTerm, Partial<YearRatings>]>([
    ['tt27_2020', 'HK1', { rating: 'not_completed' }],
    ['tt22_2021', 'HK2', { learningRating: 'fail', conductRating: 'fail' }],
    ['none', 'year', {}],
    ['tt22_2021', 'year', { learningRating: 'good' }],
    ['tt27_2020', 'year', {}],
  ])('%s %s %j decides nothing', (scale, term, over) => {
    expect(promotionOf(scale, term, ratings(over))).toBeNull();
  });
});

const step = (
  level: SchoolLevel,
  grade: number | null,
  promotion: Promotion | null,
  status: EnrollmentStatus | null = 'studying',
  born: string | null = '2015-03-10',
): RolloverStep => {
  const input: RolloverInput = { level, grade, status, promotion, born, fromYear: '2026-2027' };
  return rolloverStep(input);
};

describe('rolloverStep: the next year of one student', () => {
  it.each<[string, RolloverStep, RolloverStep]>([
    [
      'primary 3 promoted',
      step('primary', 3, 'promoted'),
      { action: 'enrol', level: 'primary', grade: 4, sameSchool: true },
    ],
    [
      'primary 5 promoted → THCS',
      step('primary', 5, 'promoted'),
      { action: 'enrol', level: 'lower_secondary', grade: 6, sameSchool: false },
    ],
    [
      'THCS 7 promoted',
      step('lower_secondary', 7, 'promoted', 'completed'),
      { action: 'enrol', level: 'lower_secondary', grade: 8, sameSchool: true },
    ],
    [
      'THCS 9 promoted → THPT',
      step('lower_secondary', 9, 'promoted'),
      { action: 'enrol', level: 'upper_secondary', grade: 10, sameSchool: false },
    ],
    [
      'THPT 11 promoted',
      step('upper_secondary', 11, 'promoted'),
      { action: 'enrol', level: 'upper_secondary', grade: 12, sameSchool: true },
    ],
    [
      'THPT 12 promoted',
      step('upper_secondary', 12, 'promoted'),
      { action: 'decide', reason: 'finished_upper_secondary' },
    ],
    ['primary repeat', step('primary', 2, 'repeat'), { action: 'decide', reason: 'repeat' }],
    [
      'THCS re-exam',
      step('lower_secondary', 8, 're_exam'),
      { action: 'decide', reason: 're_exam' },
    ],
    [
      'no year result',
      step('lower_secondary', 8, null),
      { action: 'decide', reason: 'no_year_result' },
    ],
    [
      'dropped out',
      step('lower_secondary', 8, 'promoted', 'dropped_out'),
      { action: 'decide', reason: 'dropped_out' },
    ],
    ['suspended', step('primary', 4, null, 'suspended'), { action: 'decide', reason: 'suspended' }],
    [
      'not enrolled',
      step('not_enrolled', null, null, null),
      { action: 'decide', reason: 'not_enrolled' },
    ],
    // Grade 1 in the calendar year the child turns 6: born 2021 → primary in 2027-2028.
    [
      'nursery, turns 6 in 2027',
      step('nursery', null, null, 'studying', '2021-11-30'),
      { action: 'enrol', level: 'primary', grade: 1, sameSchool: false },
    ],
    [
      'nursery, turns 5 in 2027',
      step('nursery', null, null, 'studying', '2022-01-01'),
      { action: 'enrol', level: 'nursery', grade: null, sameSchool: true },
    ],
    [
      'nursery, no birth date',
      step('nursery', null, null, 'studying', null),
      { action: 'enrol', level: 'nursery', grade: null, sameSchool: true },
    ],
    [
      'university continues',
      step('university', null, null),
      { action: 'enrol', level: 'university', grade: null, sameSchool: true },
    ],
    [
      'vocational school finished',
      step('vocational_intermediate', null, null, 'completed'),
      { action: 'decide', reason: 'finished_programme' },
    ],
    [
      'special education with a grade',
      step('special_education', 3, null),
      { action: 'decide', reason: 'grade_to_decide' },
    ],
    [
      'special education without grade',
      step('special_education', null, null),
      { action: 'enrol', level: 'special_education', grade: null, sameSchool: true },
    ],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});
