import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { StaffingDayView, StaffingQuery } from './dto/staffing.dto';
import { StaffingService } from './staffing.service';

/** A day's staffing against the care ratios. */
@ApiTags('staffing')
@Controller()
export class StaffingController {
  constructor(private readonly staffing: StaffingService) {}

  @Get('staffing')
  @Roles(Role.Admin, Role.Nurse)
  @ApiOperation({
    summary:
      'Carers per shift, social workers and medical staff required (TT 33/2017 Điều 5) vs assigned',
  })
  @ApiOkResponse({ type: StaffingDayView })
  day(
    @CurrentStaff() actor: FacilityActor,
    @Query() query: StaffingQuery,
  ): Promise<StaffingDayView> {
    return this.staffing.day(actor, query.date);
  }
}
