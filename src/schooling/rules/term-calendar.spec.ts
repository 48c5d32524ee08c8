import { schoolYearOverOn, termOverOn } from './term-calendar';

describe('the ministry frame of a school year', () => {
  it.each([
    ['2026-2027', 'HK1', '2027-01-18'],
    ['2026-2027', 'HK2', '2027-05-31'],
    ['2026-2027', 'year', '2027-05-31'],
    ['2025-2026', 'HK1', '2026-01-18'],
  ] as const)('%s %s is over on %s', (year, term, on) => {
    expect(termOverOn(year, term)).toBe(on);
  });

  it('closes the year with its second semester', () => {
    expect(schoolYearOverOn('2026-2027')).toBe('2027-05-31');
  });

  it('refuses what is not a school year', () => {
    expect(() => termOverOn('2026-2028', 'HK1')).toThrow(RangeError);
  });
});
