import {
  closingDay,
  nextSchoolYear,
  openingDay,
  parseSchoolYear,
  previousSchoolYear,
  schoolYearOf,
  schoolYearWindow,
} from './school-year';

describe('parseSchoolYear', () => {
  it.each<[string, { start: number; end: number } | null]>([
    ['2026-2027', { start: 2026, end: 2027 }],
    ['1999-2000', { start: 1999, end: 2000 }],
    ['2026-2028', null],
    ['2027-2026', null],
    ['2026-2026', null],
    ['2026/2027', null],
    ['26-27', null],
    ['2026-2027 ', null],
    ['1900-1901', null],
    ['', null],
  ])('%j → %p', (value, expected) => {
    expect(parseSchoolYear(value)).toEqual(expected);
  });
});

describe('school year arithmetic', () => {
  it.each<[string, string]>([
    ['2026-08-01', '2026-2027'],
    ['2026-09-05', '2026-2027'],
    ['2026-12-31', '2026-2027'],
    ['2027-01-01', '2026-2027'],
    ['2027-05-31', '2026-2027'],
    ['2027-07-31', '2026-2027'],
    ['2027-08-01', '2027-2028'],
  ])('%s belongs to %s', (date, year) => {
    expect(schoolYearOf(date)).toBe(year);
  });

  it('steps forward and back, and dates the year', () => {
    expect(nextSchoolYear('2026-2027')).toBe('2027-2028');
    expect(previousSchoolYear('2026-2027')).toBe('2025-2026');
    expect(openingDay('2026-2027')).toBe('2026-09-05');
    expect(closingDay('2026-2027')).toBe('2027-05-31');
    expect(schoolYearWindow('2026-2027')).toEqual({ from: '2026-08-01', to: '2027-07-31' });
  });

  it('refuses arithmetic on a malformed year', () => {
    expect(() => nextSchoolYear('2026-2028')).toThrow(RangeError);
  });
});
