import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { MAX_GOALS } from '../plans/intervention-plan.entity';
import type { GoalReview, PlanReview } from './plan-review.entity';

/** PlanReview as the API answers it (schema name PlanReview; column bounds from the entity). */
@ApiSchema({ name: 'PlanReview' })
export class PlanReviewView {
  id!: string;
  facilityId!: string;
  planId!: string;
  caseId!: string;
  reviewedOn!: string;
  @ApiProperty({ maxItems: MAX_GOALS, description: 'One entry per goal of the plan reviewed' })
  progress!: GoalReview[];
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
    progress: e.progress,
    summary: e.summary,
    revisedPlanId: e.revisedPlanId,
    reviewedBy: e.reviewedBy,
    createdAt: e.createdAt,
  };
}
