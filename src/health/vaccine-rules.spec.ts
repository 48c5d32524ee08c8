import { catchUpPlan, doseProblems } from './vaccine-rules';

const dose = (
  vaccineCode: string,
  doseNo: number,
  dueAgeDays: number,
  minIntervalDays: number | null,
  minAgeDays: number,
  maxAgeDays: number | null,
) => ({ vaccineCode, doseNo, dueAgeDays, minIntervalDays, minAgeDays, maxAgeDays });

const PLAN = [
  dose('HEPB_BIRTH', 1, 0, null, 0, 7),
  dose('BCG', 1, 0, null, 0, 364),
  dose('OPV', 1, 60, null, 42, 1825),
  dose('OPV', 2, 90, 28, 42, 1825),
  dose('OPV', 3, 120, 28, 42, 1825),
  dose('MEASLES', 1, 270, null, 270, null),
];

describe('catchUpPlan', () => {
  it('admitted at birth: the plan’s own dates', () => {
    expect(
      catchUpPlan(PLAN, '2026-01-01', '2026-01-01').map((p) => `${p.dose.vaccineCode}/${p.dueOn}`),
    ).toEqual([
      'BCG/2026-01-01',
      'HEPB_BIRTH/2026-01-01',
      'OPV/2026-03-02',
      'OPV/2026-04-01',
      'OPV/2026-05-01',
      'MEASLES/2026-09-28',
    ]);
  });

  it('admitted at 5 months: no birth hepatitis B dose, BCG and OPV caught up from admission', () => {
    expect(
      catchUpPlan(PLAN, '2026-01-01', '2026-06-01').map(
        (p) => `${p.dose.vaccineCode}/${p.dose.doseNo}/${p.dueOn}`,
      ),
    ).toEqual([
      'BCG/1/2026-06-01',
      'OPV/1/2026-06-01',
      'OPV/2/2026-06-29',
      'OPV/3/2026-07-27',
      'MEASLES/1/2026-09-28',
    ]);
  });

  it('a first dose past its limit drops the later doses of its vaccine', () => {
    const planned = catchUpPlan(PLAN, '2020-01-01', '2026-06-01').map((p) => p.dose.vaccineCode);
    expect(planned).toEqual(['MEASLES']);
  });
});

describe('doseProblems', () => {
  it('measles at 5 months is below its minimum age', () => {
    expect(doseProblems(PLAN[5], '2026-01-01', '2026-06-01', null).map((e) => e.code)).toEqual([
      'belowMinAge',
    ]);
  });
  it('the birth dose at 30 days is too late; without a birth date, ages are not checked', () => {
    expect(doseProblems(PLAN[0], '2026-01-01', '2026-01-31', null).map((e) => e.code)).toEqual([
      'tooLate',
    ]);
    expect(doseProblems(PLAN[0], null, '2026-01-31', null)).toEqual([]);
  });
  it('OPV 2 twenty days after OPV 1 is too soon; 28 days is fine', () => {
    expect(
      doseProblems(PLAN[3], '2026-01-01', '2026-03-22', '2026-03-02').map((e) => e.code),
    ).toEqual(['intervalTooShort']);
    expect(doseProblems(PLAN[3], '2026-01-01', '2026-03-30', '2026-03-02')).toEqual([]);
  });
});
