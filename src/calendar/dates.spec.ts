import { addDays, addMonths, ageOn, todayIn } from './dates';

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2026-11-23', 3, '2027-02-23'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-11-23', -120, '2016-11-23'],
    ['2026-05-31', 0, '2026-05-31'],
  ])('%s + %i months → %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i → %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('ageOn', () => {
  it.each([
    ['2016-11-23', '2026-11-23', 10],
    ['2016-11-24', '2026-11-23', 9],
    ['2016-12-01', '2026-11-23', 9],
    ['2016-10-31', '2026-11-23', 10],
    ['2026-11-23', '2026-11-23', 0],
    ['2024-02-29', '2025-02-28', 0],
    ['2024-02-29', '2025-03-01', 1],
    ['2024-02-29', '2028-02-29', 4],
    ['1946-01-01', '2026-11-23', 80],
  ])('born %s, on %s → %i', (birth, on, expected) => {
    expect(ageOn(birth, on)).toBe(expected);
  });
});

describe('todayIn', () => {
  const HCM = 'Asia/Ho_Chi_Minh'; // UTC+7, no daylight saving

  it.each([
    ['2026-11-22T16:59:59.999Z', '2026-11-22'],
    ['2026-11-22T17:00:00.000Z', '2026-11-23'],
    ['2026-11-22T00:00:00.000Z', '2026-11-22'],
    ['2025-12-31T16:59:59.000Z', '2025-12-31'],
    ['2025-12-31T17:00:00.000Z', '2026-01-01'],
    ['2028-02-28T17:30:00.000Z', '2028-02-29'],
  ])('at %s it is %s in Hồ Chí Minh City', (instant, expected) => {
    expect(todayIn(HCM, new Date(instant))).toBe(expected);
  });

  it('depends on the time zone at the same instant', () => {
    const instant = new Date('2026-11-22T20:00:00Z');
    expect(todayIn(HCM, instant)).toBe('2026-11-23');
    expect(todayIn('UTC', instant)).toBe('2026-11-22');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2026-11-22');
  });
});
