import type { SchoolLevel } from './levels';
import {
  checkRatings,
  type RatingInput,
  type RatingScaleCode,
  scaleFor,
  type SchoolTerm,
  secondaryRank,
} from './rating-scales';

describe('scaleFor: the official scale of a level', () => {
  it.each<[SchoolLevel, string, RatingScaleCode]>([
    ['primary', '2026-2027', 'tt27_2020'],
    ['primary', '2020-2021', 'tt27_2020'],
    ['primary', '2015-2016', 'tt27_2020'],
    ['lower_secondary', '2026-2027', 'tt22_2021'],
    ['upper_secondary', '2025-2026', 'tt22_2021'],
    ['nursery', '2026-2027', 'none'],
    ['vocational_intermediate', '2026-2027', 'none'],
    ['college', '2026-2027', 'none'],
    ['university', '2026-2027', 'none'],
    ['continuing_education', '2026-2027', 'none'],
    ['special_education', '2026-2027', 'none'],
    ['not_enrolled', '2026-2027', 'none'],
  ])('%s in %s → %s', (level, year, scale) => {
    expect(scaleFor(level, year)).toBe(scale);
  });
});

const input = (over: Partial<RatingInput> = {}): RatingInput => ({
  rating: null,
  learningRating: null,
  conductRating: null,
  qualitiesRating: null,
  subjects: [],
  ...over,
});

const errors = (scale: RatingScaleCode, term: SchoolTerm, over: Partial<RatingInput>) =>
  checkRatings(scale, term, input(over)).map((e) => `${e.field}:${e.code}`);

describe('checkRatings: a rating belongs to the scale of the level', () => {
  it.each<[RatingScaleCode, SchoolTerm, Partial<RatingInput>, string[]]>([
    // Primary, TT 27/2020
    ['tt27_2020', 'HK1', { rating: 'excellent' }, []],
    ['tt27_2020', 'HK2', { rating: 'completed', qualitiesRating: 'needs_effort' }, []],
    ['tt27_2020', 'year', { rating: 'not_completed' }, []],
    ['tt27_2020', 'year', { rating: 'outstanding', qualitiesRating: 'good' }, []],
    ['tt27_2020', 'HK1', { rating: 'outstanding' }, ['rating:yearOnly']],
    ['tt27_2020', 'HK1', { rating: 'good' }, ['rating:wrongScale']],
    ['tt27_2020', 'year', { rating: 'pass' }, ['rating:wrongScale']],
    ['tt27_2020', 'HK1', {}, ['rating:isDefined']],
    [
      'tt27_2020',
      'HK1',
      { rating: 'completed', learningRating: 'good' },
      ['learningRating:wrongScale'],
    ],
    [
      'tt27_2020',
      'HK1',
      { rating: 'completed', conductRating: 'pass' },
      ['conductRating:wrongScale'],
    ],
    [
      'tt27_2020',
      'HK1',
      { rating: 'completed', qualitiesRating: 'fair' },
      ['qualitiesRating:wrongScale'],
    ],
    // Secondary, TT 22/2021
    ['tt22_2021', 'HK1', { learningRating: 'good', conductRating: 'good' }, []],
    ['tt22_2021', 'year', { learningRating: 'fail', conductRating: 'fair' }, []],
    [
      'tt22_2021',
      'HK2',
      { learningRating: 'excellent', conductRating: 'good' },
      ['learningRating:wrongScale'],
    ],
    [
      'tt22_2021',
      'HK2',
      { learningRating: 'good', conductRating: 'completed' },
      ['conductRating:wrongScale'],
    ],
    ['tt22_2021', 'HK2', { learningRating: 'good' }, ['conductRating:isDefined']],
    ['tt22_2021', 'HK2', {}, ['learningRating:isDefined', 'conductRating:isDefined']],
    [
      'tt22_2021',
      'year',
      { rating: 'completed', learningRating: 'pass', conductRating: 'pass' },
      ['rating:wrongScale'],
    ],
    [
      'tt22_2021',
      'HK1',
      { learningRating: 'pass', conductRating: 'pass', qualitiesRating: 'good' },
      ['qualitiesRating:wrongScale'],
    ],
    // No national scale
    ['none', 'year', {}, []],
    ['none', 'HK1', { rating: 'completed' }, ['rating:wrongScale']],
    [
      'none',
      'HK1',
      { learningRating: 'good', conductRating: 'good' },
      ['learningRating:wrongScale', 'conductRating:wrongScale'],
    ],
  ])('%s %s %j → %j', (scale, term, over, expected) => {
    expect(errors(scale, term, over)).toEqual(expected);
  });

  it.each<[RatingScaleCode, RatingInput['subjects'], string[]]>([
    ['tt27_2020', [{ subject: 'Toán', score: 9, rating: 'excellent' }], []],
    [
      'tt27_2020',
      [{ subject: 'Đạo đức', score: null, rating: 'pass' }],
      ['subjects.0.rating:wrongScale'],
    ],
    [
      'tt22_2021',
      [
        { subject: 'Ngữ văn', score: 6.8, rating: null },
        { subject: 'Âm nhạc', score: null, rating: 'pass' },
      ],
      [],
    ],
    [
      'tt22_2021',
      [{ subject: 'Âm nhạc', score: null, rating: 'good' }],
      ['subjects.0.rating:wrongScale'],
    ],
    ['tt22_2021', [{ subject: 'Toán', score: null, rating: null }], ['subjects.0.score:isDefined']],
    [
      'tt22_2021',
      [
        { subject: 'Toán', score: 7, rating: null },
        { subject: ' toán', score: 8, rating: null },
      ],
      ['subjects.1.subject:duplicateSubject'],
    ],
    ['none', [{ subject: 'Kỹ thuật điện', score: 8, rating: null }], []],
    [
      'none',
      [{ subject: 'Kỹ thuật điện', score: null, rating: 'pass' }],
      ['subjects.0.rating:wrongScale'],
    ],
  ])('%s subjects %j → %j', (scale, subjects, expected) => {
    const base =
      scale === 'tt27_2020'
        ? { rating: 'completed' }
        : scale === 'tt22_2021'
          ? { learningRating: 'pass', conductRating: 'pass' }
          : {};
    expect(errors(scale, 'HK1', { ...base, subjects })).toEqual(expected);
  });

  it('lists the allowed codes in the message', () => {
    const [error] = checkRatings('tt27_2020', 'HK1', input({ rating: 'good' }));
    expect(error?.text?.en).toBe(
      'Not a rating of the primary (TT 27/2020) scale; use one of: excellent, completed, not_completed',
    );
  });
});

describe('secondaryRank', () => {
  it('orders Tốt > Khá > Đạt > Chưa đạt', () => {
    expect(['good', 'fair', 'pass', 'fail'].map((r) => secondaryRank(r as 'good'))).toEqual([
      3, 2, 1, 0,
    ]);
  });
});
