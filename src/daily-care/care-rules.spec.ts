import { rdaEnergyKcal } from '../nutrition/energy-needs';
import { isSerious } from './incidents.service';
import { observationErrors, recordDateErrors, weekStart } from './care-rules';

describe('daily care rules', () => {
  it.each([
    ['2026-11-30', '2026-11-30'], // a Monday
    ['2026-12-01', '2026-11-30'],
    ['2026-12-06', '2026-11-30'], // a Sunday
    ['2026-12-07', '2026-12-07'],
    ['2027-01-01', '2026-12-28'], // across the new year
  ])('the week of %s starts on %s', (date, monday) => {
    expect(weekStart(date)).toBe(monday);
  });

  it('a record date may be neither in the future nor before the admission', () => {
    expect(recordDateErrors('d', '2026-11-21', '2026-11-20', null).map((e) => e.code)).toEqual([
      'futureDate',
    ]);
    expect(
      recordDateErrors('d', '2026-01-01', '2026-11-20', '2026-02-01').map((e) => e.code),
    ).toEqual(['beforeAdmission']);
    expect(recordDateErrors('d', '2026-11-20', '2026-11-20', '2026-11-20')).toEqual([]);
  });

  it('breakfast, lunch and dinner once; snacks and feeds may repeat; a handover needs a message', () => {
    const errors = observationErrors(
      {
        meals: [
          { meal: 'feed', intake: 'full' },
          { meal: 'feed', intake: 'partial' },
          { meal: 'lunch', intake: 'full' },
          { meal: 'lunch', intake: 'refused' },
        ],
        handover: true,
        handoverMessage: '  ',
      },
      'rows.2.',
    );
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['rows.2.meals.3.meal', 'duplicateMeal'],
      ['rows.2.handoverMessage', 'isDefined'],
    ]);
  });

  it.each([
    [{ kind: 'fall', severity: 'minor' }, false],
    [{ kind: 'fall', severity: 'serious' }, true],
    [{ kind: 'illness', severity: 'moderate', hospitalised: true }, true],
    [{ kind: 'running_away', severity: 'minor' }, true],
    [{ kind: 'suspected_abuse', severity: 'minor' }, true],
    [{ kind: 'death', severity: 'critical' }, true],
  ] as const)('%j is serious: %s', (incident, serious) => {
    expect(isSerious(incident)).toBe(serious);
  });
});

describe('Vietnamese RDA 2016 energy defaults', () => {
  it.each([
    ['2026-06-01', 'male', null], // 5 months: the nurse decides
    ['2025-01-01', 'female', 930], // 1 year
    ['2016-06-01', 'male', 2150], // 10 years
    ['2011-06-01', 'female', 2110], // 15 years
    ['1986-06-01', 'male', 2350], // 40 years
    ['1950-06-01', 'female', 1820], // 76 years
  ] as const)('born %s (%s) on 2026-11-20: %s kcal', (birth, sex, kcal) => {
    expect(rdaEnergyKcal(birth, sex, '2026-11-20')).toBe(kcal);
  });
});
