import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { ApiIfMatch, IfMatchVersion } from '../common/http/if-match.decorator';
import { UuidParam } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { CreateFollowUpDto, UpdateFollowUpDto } from './dto/discharge.dto';
import { FollowUpsService } from './follow-ups.service';
import { WritableFields } from '../auth/field-rights.guard';
import { FollowUpView } from './dto/follow-up.view';
import { DISCHARGE_ROLES } from './discharge.roles';

/** The follow-up visits after a discharge. */
@ApiTags('discharge')
@Controller()
export class FollowUpsController {
  constructor(private readonly followUps: FollowUpsService) {}

  @Get('discharges/:id/follow-ups')
  @Roles(...DISCHARGE_ROLES)
  @ApiOperation({ summary: 'Follow-up visits after a discharge' })
  @ApiOkResponse({ type: [FollowUpView] })
  list(@CurrentStaff() actor: FacilityActor, @UuidParam() id: string): Promise<FollowUpView[]> {
    return this.followUps.list(actor, id);
  }

  @Post('discharges/:id/follow-ups')
  @Roles(...DISCHARGE_ROLES)
  @ApiOperation({ summary: 'Record or plan a follow-up visit after a discharge' })
  @Idempotent()
  @ApiCreatedResponse({ type: FollowUpView })
  create(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateFollowUpDto,
  ): Promise<FollowUpView> {
    return this.followUps.create(actor, id, dto);
  }

  @Patch('follow-ups/:id')
  @Roles(...DISCHARGE_ROLES)
  @WritableFields('followUp')
  @ApiOperation({ summary: 'Change a follow-up visit' })
  @ApiIfMatch()
  @ApiOkResponse({ type: FollowUpView })
  update(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateFollowUpDto,
  ): Promise<FollowUpView> {
    return this.followUps.update(actor, id, version, dto);
  }
}
