import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { GOAL_STATUSES } from '../case.enums';
import type { GoalStatus } from '../case.enums';
import { MAX_GOALS } from '../plans/intervention-plan.entity';
import { GOAL_KEY_LENGTH, GOAL_NOTE_LENGTH } from '../plans/plan.dto';
import type { PlanReview } from './plan-review.entity';

/** A goal of the plan reviewed, by its key, and its status at this review. */
export class GoalReviewView {
  @ApiProperty({ example: 'G1', maxLength: GOAL_KEY_LENGTH }) key!: string;
  @ApiProperty({ enum: GOAL_STATUSES }) status!: GoalStatus;
  @ApiProperty({ nullable: true, type: String, maxLength: GOAL_NOTE_LENGTH, example: null })
  note!: string | null;
}

/** PlanReview as the API answers it (schema name PlanReview; column bounds from the entity). */
@ApiSchema({ name: 'PlanReview' })
export class PlanReviewView {
  id!: string;
  facilityId!: string;
  planId!: string;
  caseId!: string;
  reviewedOn!: string;
  @ApiProperty({
    type: [GoalReviewView],
    maxItems: MAX_GOALS,
    description: 'The goals reviewed, each with its status at this review',
  })
  goals!: GoalReviewView[];
  summary!: string | null;
  /** The draft revision this review produced, if it revised the plan. */
  revisedPlanId!: string | null;
  reviewedBy!: string;
  createdAt!: Date;
}

export function toPlanReviewView(e: PlanReview): PlanReviewView {
  return {
    id: e.id,
    facilityId: e.facilityId,
    planId: e.planId,
    caseId: e.caseId,
    reviewedOn: e.reviewedOn,
    goals: e.goals,
    summary: e.summary,
    revisedPlanId: e.revisedPlanId,
    reviewedBy: e.reviewedBy,
    createdAt: e.createdAt,
  };
}
