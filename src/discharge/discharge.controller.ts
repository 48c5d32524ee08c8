import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { ApiIfMatch, IfMatchVersion } from '../common/http/if-match.decorator';
import { UuidParam } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { ApiBoundedList } from '../common/http/bounded-list.decorator';
import { DischargeService, MAX_DISCHARGES_LISTED } from './discharge.service';
import { DischargeView } from './dto/discharge.view';
import {
  CreateFollowUpDto,
  CreateStepDto,
  MonthQuery,
  UpdateFollowUpDto,
  UpdateStepDto,
} from './dto/discharge.dto';
import { FollowUpsService } from './follow-ups.service';
import { MonthMovements, MovementsService } from './movements.service';
import { ReintegrationService } from './reintegration.service';
import { WritableFields } from '../auth/field-rights.guard';
import { FollowUpView } from './dto/follow-up.view';
import { ReintegrationStepView } from './dto/reintegration-step.view';
import { DISCHARGE_ROLES } from './discharge.roles';

@ApiTags('discharge')
@Controller()
export class DischargeController {
  constructor(
    private readonly followUps: FollowUpsService,
    private readonly reintegration: ReintegrationService,
    private readonly movements: MovementsService,
    private readonly discharges: DischargeService,
  ) {}

  @Get('residents/:id/discharges')
  @Roles(...DISCHARGE_ROLES)
  @ApiOperation({
    summary: "A resident's discharges, newest first (their ids lead to the follow-ups)",
  })
  @ApiBoundedList(DischargeView, MAX_DISCHARGES_LISTED)
  listDischarges(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
  ): Promise<DischargeView[]> {
    return this.discharges.listFor(actor, id);
  }

  @Get('discharges/:id/follow-ups')
  @Roles(...DISCHARGE_ROLES)
  @ApiOperation({ summary: 'Follow-up visits after a discharge' })
  @ApiOkResponse({ type: [FollowUpView] })
  listFollowUps(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
  ): Promise<FollowUpView[]> {
    return this.followUps.list(actor, id);
  }

  @Post('discharges/:id/follow-ups')
  @Roles(...DISCHARGE_ROLES)
  @ApiOperation({ summary: 'Record or plan a follow-up visit after a discharge' })
  @Idempotent()
  @ApiCreatedResponse({ type: FollowUpView })
  createFollowUp(
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
  updateFollowUp(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateFollowUpDto,
  ): Promise<FollowUpView> {
    return this.followUps.update(actor, id, version, dto);
  }

  @Get('residents/:id/reintegration-steps')
  @Roles(...DISCHARGE_ROLES)
  @ApiOperation({ summary: "A resident's reintegration steps" })
  @ApiOkResponse({ type: [ReintegrationStepView] })
  listSteps(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
  ): Promise<ReintegrationStepView[]> {
    return this.reintegration.list(actor, id);
  }

  @Post('residents/:id/reintegration-steps')
  @Roles(...DISCHARGE_ROLES)
  @ApiOperation({ summary: 'Add a reintegration step' })
  @Idempotent()
  @ApiCreatedResponse({ type: ReintegrationStepView })
  createStep(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateStepDto,
  ): Promise<ReintegrationStepView> {
    return this.reintegration.create(actor, id, dto);
  }

  @Patch('reintegration-steps/:id')
  @Roles(...DISCHARGE_ROLES)
  @WritableFields('reintegrationStep')
  @ApiOperation({ summary: 'Change a reintegration step' })
  @ApiIfMatch()
  @ApiOkResponse({ type: ReintegrationStepView })
  updateStep(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateStepDto,
  ): Promise<ReintegrationStepView> {
    return this.reintegration.update(actor, id, version, dto);
  }

  @Get('movements')
  @Roles(Role.Admin)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary:
      'Admissions, discharges by ground, deaths, transfers and census of a month, from the stay history',
  })
  @ApiOkResponse({ type: MonthMovements })
  monthMovements(
    @CurrentStaff() actor: FacilityActor,
    @Query() query: MonthQuery,
  ): Promise<MonthMovements> {
    return this.movements.ofMonth(actor, query.month);
  }
}
