import fc from 'fast-check';
import { parseIsoDate } from '../calendar/dates';
import { nextDueAfter } from './schedules.service';

const months = (intervalMonths: number) => ({ intervalMonths, intervalDays: null });
const days = (intervalDays: number) => ({ intervalMonths: null, intervalDays });

const isoDate = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const dayDiff = (from: string, to: string) =>
  Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / 86_400_000);

describe('nextDueAfter', () => {
  it('adds calendar months: the 6-monthly and the yearly check-up', () => {
    expect(nextDueAfter(months(6), '2026-01-15')).toBe('2026-07-15');
    expect(nextDueAfter(months(6), '2026-11-20')).toBe('2027-05-20');
    expect(nextDueAfter(months(12), '2026-03-01')).toBe('2027-03-01');
    expect(nextDueAfter(months(1), '2026-12-31')).toBe('2027-01-31');
  });

  it('clamps to the last day of a shorter month, leap years included', () => {
    expect(nextDueAfter(months(6), '2026-08-31')).toBe('2027-02-28');
    expect(nextDueAfter(months(6), '2027-08-31')).toBe('2028-02-29');
    expect(nextDueAfter(months(12), '2028-02-29')).toBe('2029-02-28');
    expect(nextDueAfter(months(48), '2028-02-29')).toBe('2032-02-29');
    expect(nextDueAfter(months(1), '2026-01-31')).toBe('2026-02-28');
    expect(nextDueAfter(months(3), '2026-05-31')).toBe('2026-08-31');
  });

  it('adds days across month, year and leap day', () => {
    expect(nextDueAfter(days(90), '2026-11-20')).toBe('2027-02-18');
    expect(nextDueAfter(days(10), '2026-12-25')).toBe('2027-01-04');
    expect(nextDueAfter(days(1), '2028-02-28')).toBe('2028-02-29');
    expect(nextDueAfter(days(1), '2027-02-28')).toBe('2027-03-01');
    expect(nextDueAfter(days(365), '2028-01-01')).toBe('2028-12-31');
  });

  it('has no next date for a task without an interval (a one-off)', () => {
    expect(nextDueAfter({ intervalMonths: null, intervalDays: null }, '2026-11-20')).toBeNull();
    expect(nextDueAfter({ intervalMonths: 0, intervalDays: 0 }, '2026-11-20')).toBeNull();
  });

  it('months: later than the done date, same day of month unless the month is shorter', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 120 }), (done, n) => {
        const next = nextDueAfter(months(n), done);
        expect(next).not.toBeNull();
        const [y, m, d] = done.split('-').map(Number) as [number, number, number];
        const [ny, nm, nd] = (next as string).split('-').map(Number) as [number, number, number];
        expect(next).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect((next as string) > done).toBe(true);
        // exactly n months on
        expect(ny * 12 + nm - (y * 12 + m)).toBe(n);
        // the same day, or the last day of a month too short for it
        const lastOfMonth = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
        expect(nd).toBe(Math.min(d, lastOfMonth));
      }),
    );
  });

  it('days: exactly n days later', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 3650 }), (done, n) => {
        const next = nextDueAfter(days(n), done);
        expect(next).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(dayDiff(done, next as string)).toBe(n);
      }),
    );
  });
});
