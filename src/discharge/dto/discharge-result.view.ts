import { ApiProperty } from '@nestjs/swagger';
import { Discharge } from '../discharge.entity';
import type { DischargeResult } from '../discharge.service';
import { FollowUp } from '../follow-up.entity';

/** The answer of a discharge: the discharge and the follow-up visits planned with it. */
export class DischargeResultView implements DischargeResult {
  @ApiProperty({ type: Discharge }) discharge!: Discharge;
  // One per month of `followUpMonths` (at most 12).
  @ApiProperty({ type: [FollowUp], maxItems: 12 }) followUps!: FollowUp[];
}
