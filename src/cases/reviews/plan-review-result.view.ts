import { ApiProperty } from '@nestjs/swagger';
import { InterventionPlanView } from '../plans/intervention-plan.view';
import { PlanReviewView } from './plan-review.view';

/** The answer of a plan review: the review, the plan reviewed, and the revision it made, if any. */
export class PlanReviewResultView {
  @ApiProperty({ type: PlanReviewView }) review!: PlanReviewView;
  @ApiProperty({ type: InterventionPlanView }) plan!: InterventionPlanView;
  @ApiProperty({ type: InterventionPlanView, nullable: true })
  revision!: InterventionPlanView | null;
}
