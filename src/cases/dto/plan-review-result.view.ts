import { ApiProperty } from '@nestjs/swagger';
import { InterventionPlan } from '../intervention-plan.entity';
import { PlanReview } from '../plan-review.entity';

/** The answer of a plan review: the review, the plan reviewed, and the revision it made, if any. */
export class PlanReviewResultView {
  @ApiProperty({ type: PlanReview }) review!: PlanReview;
  @ApiProperty({ type: InterventionPlan }) plan!: InterventionPlan;
  @ApiProperty({ type: InterventionPlan, nullable: true }) revision!: InterventionPlan | null;
}
