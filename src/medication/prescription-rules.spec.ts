import {
  inForceOn,
  normalizeTimes,
  prescriptionErrors,
  PrescriptionFacts,
} from './prescription-rules';

const scheduled: PrescriptionFacts = {
  medicineName: 'Paracetamol',
  times: ['07:00', '19:00'],
  asNeeded: false,
  prnReason: null,
  maxPer24h: null,
  startDate: '2026-12-01',
  endDate: null,
  sensitive: false,
  caretakerLabel: null,
};
const prn: PrescriptionFacts = {
  ...scheduled,
  times: [],
  asNeeded: true,
  prnReason: 'Sốt trên 38,5°C',
  maxPer24h: 4,
};
const codes = (p: PrescriptionFacts) => prescriptionErrors(p).map((e) => `${e.field}:${e.code}`);

describe('prescription rules', () => {
  it.each<[string, PrescriptionFacts, string[]]>([
    ['a scheduled prescription', scheduled, []],
    ['an as-needed prescription', prn, []],
    ['scheduled without times', { ...scheduled, times: [] }, ['times:isDefined']],
    ['scheduled with a PRN reason', { ...scheduled, prnReason: 'đau' }, ['prnReason:onlyAsNeeded']],
    ['scheduled with a maximum', { ...scheduled, maxPer24h: 2 }, ['maxPer24h:onlyAsNeeded']],
    ['as needed with times', { ...prn, times: ['08:00'] }, ['times:notForAsNeeded']],
    ['as needed without a reason', { ...prn, prnReason: ' ' }, ['prnReason:isDefined']],
    ['as needed without a maximum', { ...prn, maxPer24h: null }, ['maxPer24h:isDefined']],
    ['a bad time', { ...scheduled, times: ['25:00'] }, ['times.0:isTime']],
    ['the end before the start', { ...scheduled, endDate: '2026-11-30' }, ['endDate:beforeStart']],
    ['the end on the start', { ...scheduled, endDate: '2026-12-01' }, []],
    ['sensitive without a label', { ...scheduled, sensitive: true }, ['caretakerLabel:isDefined']],
    [
      'sensitive with a label naming it',
      { ...scheduled, sensitive: true, caretakerLabel: 'Viên PARACETAMOL trắng' },
      ['caretakerLabel:namesMedicine'],
    ],
    [
      'sensitive with a neutral label',
      { ...scheduled, sensitive: true, caretakerLabel: 'Thuốc túi xanh' },
      [],
    ],
  ])('%s', (_name, facts, expected) => {
    expect(codes(facts)).toEqual(expected);
  });

  it('sorts times and drops repeats', () => {
    expect(normalizeTimes(['19:00', '07:00', '19:00'])).toEqual(['07:00', '19:00']);
  });

  it.each([
    ['2026-11-30', false],
    ['2026-12-01', true],
    ['2026-12-10', true],
    ['2026-12-11', false],
  ])('in force on %s: %s', (date, expected) => {
    expect(inForceOn({ startDate: '2026-12-01', endDate: '2026-12-10' }, date)).toBe(expected);
  });
});
