import { validate } from 'class-validator';
import { decimalPlaces, IsDecimal, isCalendarDate, isMonth, isValidTimeZone } from './validators';

describe('isCalendarDate', () => {
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2026-12-31', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['1900-02-29', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['2026-01-00', false],
    ['2026-1-1', false],
    ['26-01-01', false],
    ['2026/01/01', false],
    ['2026-01-01T00:00:00Z', false],
    [' 2026-01-01', false],
    ['', false],
    ['1900-01-01', true],
    ['2199-12-31', true],
    ['1899-12-31', false],
    ['2200-01-01', false],
    ['0001-01-01', false],
    ['9999-12-31', false],
  ])('%j → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it.each([[null], [undefined], [20260101], [new Date('2026-01-01')], [['2026-01-01']]])(
    'refuses the non-string %p',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );
});

describe('isValidTimeZone', () => {
  it.each([
    ['Asia/Ho_Chi_Minh', true],
    ['Asia/Bangkok', true],
    ['UTC', true],
    ['Europe/Berlin', true],
    ['Mars/Olympus_Mons', false],
    ['Asia/Hanoi City', false],
    ['', false],
    [`Asia/${'x'.repeat(70)}`, false],
  ])('%j → %s', (value, expected) => {
    expect(isValidTimeZone(value)).toBe(expected);
  });

  it.each([[null], [undefined], [7], [{}]])('refuses the non-string %p', (value) => {
    expect(isValidTimeZone(value)).toBe(false);
  });
});

describe('decimalPlaces and IsDecimal', () => {
  it('counts decimal places, also of numbers written with an exponent', () => {
    expect(decimalPlaces(36)).toBe(0);
    expect(decimalPlaces(36.5)).toBe(1);
    expect(decimalPlaces(0.25)).toBe(2);
    expect(decimalPlaces(5e-323)).toBe(323);
    expect(decimalPlaces(1.5e-7)).toBe(8);
    expect(decimalPlaces(1e21)).toBe(0);
  });

  it('refuses (does not throw on) a tiny number written with an exponent', async () => {
    class Room {
      @IsDecimal(2) areaM2!: number;
    }
    const check = (v: unknown) => validate(Object.assign(new Room(), { areaM2: v }));
    expect(await check(36.25)).toHaveLength(0);
    expect((await check(-5e-323))[0]?.constraints).toHaveProperty('isNumber');
    expect((await check(36.255))[0]?.constraints).toHaveProperty('isNumber');
    expect((await check('36'))[0]?.constraints).toHaveProperty('isNumber');
    expect((await check(Infinity))[0]?.constraints).toHaveProperty('isNumber');
  });
});

describe('isMonth', () => {
  it.each([
    ['2026-01', true],
    ['2026-12', true],
    ['1900-01', true],
    ['2199-12', true],
    ['2026-13', false],
    ['2026-00', false],
    ['2026-1', false],
    ['26-01', false],
    ['2026-01-01', false],
    ['1899-12', false],
    ['2200-01', false],
    ['0000-01', false],
    ['9999-12', false],
    ['', false],
    [['2026-01'], false],
    [202601, false],
  ])('%j → %s', (value, expected) => {
    expect(isMonth(value)).toBe(expected);
  });
});
