/**
 * Case management (quản lý trường hợp), TT 02/2020/TT-BLĐTBXH: five steps — (1) collect information
 * and assess needs, (2) plan, (3) implement, (4) monitor and adjust, (5) evaluate and close.
 */
export const CASE_STEPS = [
  'assessment',
  'planning',
  'implementation',
  'monitoring',
  'closed',
] as const;
export type CaseStep = (typeof CASE_STEPS)[number];

/** What moves a case forward: steps follow what is recorded, never a hand-set value. */
export type CaseEvent = 'assessment_recorded' | 'plan_approved' | 'review_recorded' | 'closed';

/** Why a case closed. `discharged` is set by the discharge itself (the stay ended). */
export const CLOSURE_REASONS = ['goals_met', 'transferred', 'declined', 'other'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number] | 'discharged';

export const EVALUATION_OUTCOMES = ['goals_met', 'partly_met', 'not_met'] as const;
export type EvaluationOutcome = (typeof EVALUATION_OUTCOMES)[number];

/** Domains of a needs assessment (lĩnh vực đánh giá nhu cầu). */
export const NEED_DOMAINS = [
  'safety',
  'health',
  'nutrition',
  'education',
  'psychosocial',
  'family_relations',
  'legal_documents',
  'life_skills',
  'livelihood',
] as const;
export type NeedDomain = (typeof NEED_DOMAINS)[number];

/** Level of need in a domain; a score 1 (serious need) – 5 (no need) may be given instead or too. */
export const NEED_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export type NeedLevel = (typeof NEED_LEVELS)[number];

export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** `initial_safety`: within 24 hours of an emergency admission; `comprehensive`: step 1. */
export const ASSESSMENT_KINDS = ['initial_safety', 'comprehensive', 'reassessment'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

export const REVIEW_FREQUENCIES = ['monthly', 'quarterly', 'six_monthly', 'yearly'] as const;
export type ReviewFrequency = (typeof REVIEW_FREQUENCIES)[number];

export const PLAN_STATUSES = ['draft', 'approved', 'superseded'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** The state of a plan's goal: set when the plan is written, updated by each review. */
export const GOAL_STATUSES = ['not_started', 'in_progress', 'achieved', 'not_achieved'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const SESSION_TYPES = ['individual', 'group', 'family', 'crisis', 'therapy'] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

export const REFERRAL_KINDS = [
  'hospital',
  'school',
  'police',
  'court',
  'legal_aid',
  'other_centre',
  'ngo',
  'other',
] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

export const REFERRAL_OUTCOMES = [
  'pending',
  'accepted',
  'completed',
  'declined',
  'no_response',
] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

export const CONSENT_GIVERS = ['resident', 'guardian'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];
