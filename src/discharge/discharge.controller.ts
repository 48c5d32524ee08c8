import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { UuidParam } from '../common/http/uuid-param';
import { ApiBoundedList } from '../common/http/bounded-list.decorator';
import { DischargeService, MAX_DISCHARGES_LISTED } from './discharge.service';
import { DischargeView } from './dto/discharge.view';
import { DISCHARGE_ROLES } from './discharge.roles';

/** A resident's discharges (the discharge itself: POST /residents/:id/discharge, src/stays). */
@ApiTags('discharge')
@Controller()
export class DischargeController {
  constructor(private readonly discharges: DischargeService) {}

  @Get('residents/:id/discharges')
  @Roles(...DISCHARGE_ROLES)
  @ApiOperation({
    summary: "A resident's discharges, newest first (their ids lead to the follow-ups)",
  })
  @ApiBoundedList(DischargeView, MAX_DISCHARGES_LISTED)
  list(@CurrentStaff() actor: FacilityActor, @UuidParam() id: string): Promise<DischargeView[]> {
    return this.discharges.listFor(actor, id);
  }
}
