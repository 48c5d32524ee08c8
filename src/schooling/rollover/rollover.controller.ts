import { Body, Controller, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/access.decorators';
import { CurrentStaff } from '../../auth/actor';
import type { FacilityActor } from '../../identity/actor';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { SCHOOLING_ROLES } from '../schooling.roles';
import { RolloverDto } from './rollover.dto';
import { RolloverView } from './rollover.view';
import { RolloverService } from './rollover.service';

/** The close of a school year: promotion into the next one. */
@ApiTags('schooling')
@Controller()
export class RolloverController {
  constructor(private readonly rollovers: RolloverService) {}

  @Post('schooling/rollover')
  @Roles(...SCHOOLING_ROLES)
  @Idempotent()
  @ApiOperation({
    summary:
      'Close a school year: promoted students are enrolled in the next grade of the next year ' +
      '(next level after grades 5 and 9); the others are listed with the decision they need',
  })
  @ApiCreatedResponse({ type: RolloverView })
  @ApiConflictResponse({ description: 'The year was already rolled over, or has no enrolments' })
  rollover(@CurrentStaff() actor: FacilityActor, @Body() dto: RolloverDto): Promise<RolloverView> {
    return this.rollovers.rollover(actor, dto.from, dto.reason);
  }
}
