import { addDays, addMonths } from '../calendar/dates';
import type { FieldError } from '../common/errors/problem.exception';
import type { CaseEvent, CaseStep, NeedDomain, NeedLevel, ReviewFrequency } from './case.enums';
import { CASE_STEPS } from './case.enums';

/** Months between two reviews of a plan (TT 02/2020: monthly, quarterly, six-monthly, yearly). */
export const REVIEW_MONTHS: Record<ReviewFrequency, number> = {
  monthly: 1,
  quarterly: 3,
  six_monthly: 6,
  yearly: 12,
};

/** The next review of a plan reviewed (or started) on `from`. */
export function reviewDueAfter(from: string, frequency: ReviewFrequency): string {
  return addMonths(from, REVIEW_MONTHS[frequency]);
}

/** The initial safety assessment of an emergency admission is due within 24 hours: by the next day. */
export function safetyAssessmentDueOn(admittedOn: string): string {
  return addDays(admittedOn, 1);
}

const rank = (step: CaseStep): number => CASE_STEPS.indexOf(step);

/** The step an event leads to; steps only move forward, so a late event never moves a case back. */
export function nextStep(current: CaseStep, event: CaseEvent): CaseStep {
  if (current === 'closed') return 'closed';
  const target: CaseStep = (() => {
    switch (event) {
      case 'assessment_recorded':
        return 'planning';
      case 'plan_approved':
        return 'implementation';
      case 'review_recorded':
        return 'monitoring';
      case 'closed':
        return 'closed';
    }
  })();
  return rank(target) > rank(current) ? target : current;
}

export interface DomainScore {
  domain: NeedDomain;
  score?: number | null;
  level?: NeedLevel | null;
  notes?: string | null;
}

/** Each domain once, each with a score or a level; a safety assessment must assess safety. */
export function checkDomains(domains: DomainScore[], requireSafety: boolean): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  domains.forEach((d, i) => {
    if (seen.has(d.domain)) {
      errors.push({
        field: `domains.${i}.domain`,
        code: 'duplicateDomain',
        text: { vi: 'Lĩnh vực bị lặp lại', en: 'Domain given twice' },
      });
    }
    seen.add(d.domain);
    if ((d.score === undefined || d.score === null) && !d.level) {
      errors.push({
        field: `domains.${i}.score`,
        code: 'scoreOrLevel',
        text: { vi: 'Cần điểm hoặc mức độ nhu cầu', en: 'A score or a level is required' },
      });
    }
  });
  if (requireSafety && !seen.has('safety')) {
    errors.push({
      field: 'domains',
      code: 'safetyRequired',
      text: {
        vi: 'Đánh giá an toàn ban đầu phải có lĩnh vực an toàn',
        en: 'An initial safety assessment must assess the safety domain',
      },
    });
  }
  return errors;
}

/** Goal keys are unique in a plan, and every activity that names a goal names one of them. */
export function checkGoalKeys(
  goals: { key: string }[],
  refs: { goalKey?: string | null }[],
  refField: string,
): FieldError[] {
  const errors: FieldError[] = [];
  const keys = new Set<string>();
  goals.forEach((g, i) => {
    if (keys.has(g.key)) {
      errors.push({
        field: `goals.${i}.key`,
        code: 'duplicateGoal',
        text: { vi: 'Mã mục tiêu bị lặp lại', en: 'Goal key given twice' },
      });
    }
    keys.add(g.key);
  });
  refs.forEach((r, i) => {
    if (r.goalKey && !keys.has(r.goalKey)) errors.push(unknownGoal(`${refField}.${i}.goalKey`));
  });
  return errors;
}

/** Every goal a review gives a status to is a goal of the plan reviewed (`goals.N.key`). */
export function checkReviewedGoals(
  planGoals: { key: string }[],
  reviewed: { key: string }[],
): FieldError[] {
  const keys = new Set(planGoals.map((g) => g.key));
  return reviewed.flatMap((r, i) => {
    if (!keys.has(r.key)) return [unknownGoal(`goals.${i}.key`)];
    // a goal twice would leave its status to whichever item came first
    if (reviewed.findIndex((o) => o.key === r.key) < i) return [goalTwice(`goals.${i}.key`)];
    return [];
  });
}

function goalTwice(field: string): FieldError {
  return {
    field,
    code: 'duplicateGoal',
    text: { vi: 'Mục tiêu này đã được đánh giá ở trên', en: 'This goal is already reviewed above' },
  };
}

function unknownGoal(field: string): FieldError {
  return {
    field,
    code: 'unknownGoal',
    text: { vi: 'Không có mục tiêu này trong kế hoạch', en: 'No such goal in the plan' },
  };
}
