import {
  addWorkingDays,
  holidayCalendar,
  HolidayCalendar,
  defaultDaysOff,
  statutoryHolidays,
  workingDaysBetween,
} from './working-days';

/** The rows the Residents migration inserts for Tết 2026 (the extra days of the government's notice). */
const TET_2026_OVERRIDES = [
  { date: '2026-02-18', kind: 'day_off' as const },
  { date: '2026-02-19', kind: 'day_off' as const },
  { date: '2026-02-20', kind: 'day_off' as const },
];

describe('holidayCalendar', () => {
  const plain = holidayCalendar([]);

  it.each([
    ['2026-11-23', true], // Monday
    ['2026-11-27', true], // Friday
    ['2026-11-28', false], // Saturday
    ['2026-11-29', false], // Sunday
    ['2026-01-01', false], // Tết Dương lịch, a Thursday
    ['2026-02-16', false], // Giao thừa, a Monday
    ['2026-02-17', false], // Tết Nguyên Đán
    ['2026-04-30', false], // Thursday
    ['2026-05-01', false], // Friday
    ['2026-09-02', false], // Quốc khánh, a Wednesday
    ['2026-11-20', true], // Teachers' Day is an observance, not a day off
  ])('%s is a working day: %s', (date, expected) => {
    expect(plain.isWorkingDay(date)).toBe(expected);
  });

  it('statutory holidays are the days of the law, not observances', () => {
    const days = statutoryHolidays(2026);
    expect(days.has('2026-02-17')).toBe(true);
    expect(days.has('2026-04-30')).toBe(true);
    expect(days.has('2026-02-10')).toBe(false); // Ông Táo: an observance
    expect(days.has('2026-11-20')).toBe(false);
  });

  it('an override turns a weekday off and a Saturday into a working day', () => {
    const cal = holidayCalendar([
      { date: '2026-11-24', kind: 'day_off' },
      { date: '2026-11-28', kind: 'working_day' },
    ]);
    expect(cal.isWorkingDay('2026-11-24')).toBe(false);
    expect(cal.isWorkingDay('2026-11-28')).toBe(true);
    expect(cal.isWorkingDay('2026-11-29')).toBe(false);
  });
});

describe('addWorkingDays', () => {
  const plain = holidayCalendar([]);
  const tet = holidayCalendar(TET_2026_OVERRIDES);

  it.each<[string, string, number, string, HolidayCalendar]>([
    ['within a week', '2026-11-23', 3, '2026-11-26', plain],
    ['from a Friday across the weekend', '2026-11-27', 1, '2026-11-30', plain],
    ['from a Thursday across the weekend', '2026-11-26', 2, '2026-11-30', plain],
    ['from a Saturday', '2026-11-28', 1, '2026-11-30', plain],
    ['ten working days: two weekends', '2026-11-23', 10, '2026-12-07', plain],
    ['zero days is the start day', '2026-11-28', 0, '2026-11-28', plain],
    // Tết 2026: 16–17 Feb from date-holidays, 18–20 Feb from the override rows.
    ['across Tết 2026', '2026-02-13', 1, '2026-02-23', tet],
    ['ten working days across Tết 2026', '2026-02-10', 10, '2026-03-03', tet],
    // 30/4 and 1/5 2026 are a Thursday and a Friday.
    ['across 30/4–1/5', '2026-04-29', 1, '2026-05-04', plain],
    ['across 30/4–1/5, three days', '2026-04-28', 3, '2026-05-05', plain],
    ['back: three working days before, across 30/4–1/5', '2026-05-05', -3, '2026-04-28', plain],
    ['back: over a weekend', '2026-12-08', -3, '2026-12-03', plain],
  ])('%s: %s + %i → %s', (_label, start, n, expected, cal) => {
    expect(addWorkingDays(start, n, cal)).toBe(expected);
  });

  it('without the override rows Tết 2026 still has its five days (computed)', () => {
    expect(addWorkingDays('2026-02-13', 1, plain)).toBe('2026-02-23');
  });

  it("counts a 'working_day' override on a Saturday", () => {
    // 26/4/2025 was worked in exchange for 2/5/2025.
    const cal = holidayCalendar([
      { date: '2025-04-26', kind: 'working_day' },
      { date: '2025-05-02', kind: 'day_off' },
    ]);
    expect(addWorkingDays('2025-04-25', 1, cal)).toBe('2025-04-26');
    expect(addWorkingDays('2025-04-25', 1, plain)).toBe('2025-04-28');
    // Sat 26, 28, 29 Apr; then 30/4 and 1/5 are holidays and 2/5 is swapped off: Monday 5 May.
    expect(addWorkingDays('2025-04-25', 3, cal)).toBe('2025-04-29');
    expect(addWorkingDays('2025-04-25', 4, cal)).toBe('2025-05-05');
    // Without the swap, Friday 2 May is the third working day.
    expect(addWorkingDays('2025-04-25', 3, plain)).toBe('2025-05-02');
  });
});

describe('workingDaysBetween', () => {
  it('counts from the day after the start up to and including the end', () => {
    const tet = holidayCalendar(TET_2026_OVERRIDES);
    expect(workingDaysBetween('2026-02-13', '2026-02-23', tet)).toBe(1);
    expect(workingDaysBetween('2026-11-23', '2026-11-30', holidayCalendar([]))).toBe(5);
    expect(workingDaysBetween('2026-11-30', '2026-11-23', holidayCalendar([]))).toBe(0);
  });

  it('stops counting once past stopAfter, however far apart the dates are', () => {
    const plain = holidayCalendar([]);
    expect(workingDaysBetween('2026-11-23', '2026-11-30', plain, 2)).toBe(3);
    expect(workingDaysBetween('1900-01-01', '2199-12-31', plain, 7)).toBe(8);
    expect(workingDaysBetween('2026-11-23', '2026-11-30', plain, 7)).toBe(5);
  });
});

describe('the statutory calendar computed for any year (BLLĐ 2019 Điều 112)', () => {
  const plain = holidayCalendar([]);

  it('Tết, from the Vietnamese lunar calendar: the last day of the year and four days after', () => {
    expect([...statutoryHolidays(2026).keys()].filter((d) => d < '2026-03-01')).toEqual([
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
    expect(statutoryHolidays(2027).get('2027-02-06')).toMatch(/Tết Nguyên Đán/);
    expect(statutoryHolidays(2028).get('2028-01-26')).toMatch(/Tết Nguyên Đán/);
    // 2007: Vietnam's Tết (UTC+7) was a day before China's.
    expect(statutoryHolidays(2007).get('2007-02-17')).toMatch(/mùng 1/);
  });

  it('Giỗ Tổ Hùng Vương on the 10th of the 3rd lunar month', () => {
    expect(statutoryHolidays(2026).get('2026-04-26')).toMatch(/Giỗ Tổ/);
    expect(statutoryHolidays(2027).get('2027-04-16')).toMatch(/Giỗ Tổ/);
  });

  it('Quốc khánh has two days: the day before 2/9, or the day after when that is a Sunday', () => {
    expect(statutoryHolidays(2026).has('2026-09-01')).toBe(true);
    expect(statutoryHolidays(2024).has('2024-09-03')).toBe(true); // 2/9/2024 was a Monday
    expect(statutoryHolidays(2024).has('2024-09-01')).toBe(false);
  });

  it('a holiday on a weekend gives the next working day off: Giỗ Tổ 2026 is a Sunday', () => {
    expect(plain.isWorkingDay('2026-04-27')).toBe(false);
    expect(plain.isWorkingDay('2026-04-28')).toBe(true);
    expect(defaultDaysOff(2026).get('2026-04-27')).toMatch(/Nghỉ bù/);
  });

  it('an emergency admission on Friday 24/4/2026: the 10th working day is 13/5, not 12/5', () => {
    // 27/4 (substitute), 30/4 and 1/5 are off: 28, 29/4, 4–8/5, 11, 12, 13/5.
    expect(addWorkingDays('2026-04-24', 10, plain)).toBe('2026-05-13');
  });

  it('Tết 2027 begins on a Saturday: two substitute days after the five', () => {
    const off = defaultDaysOff(2027);
    for (const d of ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'])
      expect(plain.isWorkingDay(d)).toBe(false);
    expect(plain.isWorkingDay('2027-02-12')).toBe(true);
    expect(off.get('2027-02-10')).toMatch(/Nghỉ bù/);
  });

  it('1/1 on a Saturday is taken on Monday 3/1', () => {
    expect(plain.isWorkingDay('2028-01-03')).toBe(false); // 1/1/2028 is a Saturday
    expect(plain.isWorkingDay('2028-01-04')).toBe(true);
  });
});
