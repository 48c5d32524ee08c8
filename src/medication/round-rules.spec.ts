import { exceedsMaxPer24h, localTime, shiftOfTime } from './round-rules';

const at = (s: string) => new Date(`2026-12-07T${s}:00+07:00`);
const nextDay = (s: string) => new Date(`2026-12-08T${s}:00+07:00`);

describe('as-needed maximum per 24 hours', () => {
  it.each<[string, Date[], number, boolean]>([
    ['two of two', [at('08:00'), at('20:00')], 2, false],
    ['three of two in a day', [at('08:00'), at('12:00'), at('20:00')], 2, true],
    [
      'the third after 24 hours of the first',
      [at('08:00'), at('20:00'), nextDay('08:00')],
      2,
      false,
    ],
    ['the third one minute early', [at('08:00'), at('20:00'), nextDay('07:59')], 2, true],
    ['a dose back-dated between two', [at('08:00'), nextDay('07:00'), at('20:00')], 2, true],
    ['none', [], 1, false],
  ])('%s', (_name, times, max, expected) => {
    expect(exceedsMaxPer24h(times, max)).toBe(expected);
  });
});

describe('the shift of a dose time', () => {
  it.each([
    ['05:59', 'night'],
    ['06:00', 'morning'],
    ['13:59', 'morning'],
    ['14:00', 'afternoon'],
    ['21:59', 'afternoon'],
    ['22:00', 'night'],
  ])('%s is %s', (time, shift) => {
    expect(shiftOfTime(time)).toBe(shift);
  });

  it('reads the local time of an instant', () => {
    expect(localTime(new Date('2026-12-07T00:30:00Z'), 'Asia/Ho_Chi_Minh')).toBe('07:30');
  });
});
