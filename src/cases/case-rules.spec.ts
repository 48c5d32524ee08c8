import {
  checkDomains,
  checkGoalKeys,
  checkReviewedGoals,
  nextStep,
  reviewDueAfter,
  safetyAssessmentDueOn,
} from './case-rules';
import type { CaseEvent, CaseStep } from './case.enums';

describe('nextStep', () => {
  const cases: [CaseStep, CaseEvent, CaseStep][] = [
    ['assessment', 'assessment_recorded', 'planning'],
    ['assessment', 'plan_approved', 'implementation'],
    ['planning', 'plan_approved', 'implementation'],
    ['implementation', 'review_recorded', 'monitoring'],
    ['monitoring', 'review_recorded', 'monitoring'],
    // never backwards: a reassessment or a revised plan does not move a monitored case back
    ['monitoring', 'assessment_recorded', 'monitoring'],
    ['monitoring', 'plan_approved', 'monitoring'],
    ['implementation', 'assessment_recorded', 'implementation'],
    ['planning', 'assessment_recorded', 'planning'],
    ['monitoring', 'closed', 'closed'],
    ['assessment', 'closed', 'closed'],
    // a closed case stays closed
    ['closed', 'assessment_recorded', 'closed'],
    ['closed', 'review_recorded', 'closed'],
  ];
  it.each(cases)('%s + %s → %s', (from, event, to) => {
    expect(nextStep(from, event)).toBe(to);
  });
});

describe('reviewDueAfter', () => {
  it.each([
    ['2026-01-31', 'monthly', '2026-02-28'],
    ['2026-11-10', 'monthly', '2026-12-10'],
    ['2026-11-30', 'quarterly', '2027-02-28'],
    ['2026-08-31', 'six_monthly', '2027-02-28'],
    ['2024-02-29', 'yearly', '2025-02-28'],
    ['2026-05-15', 'yearly', '2027-05-15'],
  ] as const)('%s, %s → %s', (from, frequency, due) => {
    expect(reviewDueAfter(from, frequency)).toBe(due);
  });
});

describe('safetyAssessmentDueOn', () => {
  it('is the day after the admission (24 hours)', () => {
    expect(safetyAssessmentDueOn('2026-12-31')).toBe('2027-01-01');
  });
});

describe('checkDomains', () => {
  it('accepts a score or a level for each domain', () => {
    expect(
      checkDomains(
        [
          { domain: 'safety', score: 2 },
          { domain: 'health', level: 'low' },
        ],
        true,
      ),
    ).toEqual([]);
  });
  it('refuses a domain twice, a domain with neither score nor level', () => {
    const errors = checkDomains(
      [
        { domain: 'health', score: 3 },
        { domain: 'health', notes: 'again' },
      ],
      false,
    );
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['domains.1.domain', 'duplicateDomain'],
      ['domains.1.score', 'scoreOrLevel'],
    ]);
  });
  it('requires the safety domain in a safety assessment only', () => {
    const domains = [{ domain: 'health' as const, score: 3 }];
    expect(checkDomains(domains, true).map((e) => e.code)).toEqual(['safetyRequired']);
    expect(checkDomains(domains, false)).toEqual([]);
  });
});

describe('checkGoalKeys', () => {
  it('refuses duplicate goal keys and references to unknown goals', () => {
    const errors = checkGoalKeys(
      [{ key: 'G1' }, { key: 'G1' }, { key: 'G2' }],
      [{ goalKey: 'G2' }, { goalKey: null }, { goalKey: 'G9' }],
      'activities',
    );
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['goals.1.key', 'duplicateGoal'],
      ['activities.2.goalKey', 'unknownGoal'],
    ]);
  });
});

describe('checkReviewedGoals', () => {
  it("refuses a goal that is not the plan's, named by the review's goals.N.key", () => {
    const errors = checkReviewedGoals(
      [{ key: 'G1' }, { key: 'G2' }],
      [{ key: 'G2' }, { key: 'G9' }, { key: 'G1' }],
    );
    expect(errors.map((e) => [e.field, e.code])).toEqual([['goals.1.key', 'unknownGoal']]);
  });

  it('refuses a goal reviewed twice, at its second item', () => {
    const errors = checkReviewedGoals(
      [{ key: 'G1' }, { key: 'G2' }],
      [{ key: 'G1' }, { key: 'G2' }, { key: 'G1' }],
    );
    expect(errors.map((e) => [e.field, e.code])).toEqual([['goals.2.key', 'duplicateGoal']]);
  });
});
