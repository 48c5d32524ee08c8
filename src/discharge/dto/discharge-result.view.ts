import { ApiProperty } from '@nestjs/swagger';
import { DischargeView } from './discharge.view';
import { FollowUpView } from './follow-up.view';

/** The answer of a discharge: the discharge and the follow-up visits planned with it. */
export class DischargeResultView {
  @ApiProperty({ type: DischargeView }) discharge!: DischargeView;
  // One per month of `followUpMonths` (at most 12).
  @ApiProperty({ type: [FollowUpView], maxItems: 12 }) followUps!: FollowUpView[];
}
