import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff, FacilityActor } from '../auth/actor';
import { Role } from '../auth/role';
import { ApiIfMatch, IfMatchVersion } from '../common/http/if-match.decorator';
import { UuidParam } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { ResidentView } from '../residents/dto/resident.view';
import { DischargeResult, DischargeService, MAX_DISCHARGES_LISTED } from './discharge.service';
import { Discharge } from './discharge.entity';
import { ApiBoundedList } from '../openapi/bounded-list.decorator';
import { DischargeResultView } from './dto/discharge-result.view';
import {
  CreateFollowUpDto,
  CreateStepDto,
  DischargeDto,
  MonthQuery,
  ReadmitDto,
  UpdateFollowUpDto,
  UpdateStepDto,
} from './dto/discharge.dto';
import { FollowUp } from './follow-up.entity';
import { FollowUpsService } from './follow-ups.service';
import { MonthMovements, MovementsService } from './movements.service';
import { ReadmissionService } from './readmission.service';
import { ReintegrationStep } from './reintegration-step.entity';
import { ReintegrationService } from './reintegration.service';
import { WritableFields } from '../auth/field-rights.guard';

const CASE_ROLES = [Role.Admin, Role.SocialWorker];

@ApiTags('discharge')
@Controller()
export class DischargeController {
  constructor(
    private readonly discharges: DischargeService,
    private readonly followUps: FollowUpsService,
    private readonly readmissions: ReadmissionService,
    private readonly reintegration: ReintegrationService,
    private readonly movements: MovementsService,
  ) {}

  @Post('residents/:id/discharge')
  @Roles(Role.Admin)
  @Idempotent()
  @ApiOperation({
    summary:
      'Discharge on a legal ground (ND 20/2021 Điều 30): frees the bed, stops schedules, plans follow-ups',
  })
  @ApiCreatedResponse({
    description: 'The discharge and its follow-up visits',
    type: DischargeResultView,
  })
  @ApiConflictResponse({ description: 'Not active/on leave; age rule' })
  discharge(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: DischargeDto,
  ): Promise<DischargeResult> {
    return this.discharges.discharge(actor, id, dto);
  }

  @Get('residents/:id/discharges')
  @Roles(...CASE_ROLES)
  @ApiOperation({ summary: "A resident's discharges, newest first (their ids lead to the follow-ups)" })
  @ApiBoundedList(Discharge, MAX_DISCHARGES_LISTED)
  listDischarges(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
  ): Promise<Discharge[]> {
    return this.discharges.listFor(actor, id);
  }

  @Post('residents/:id/readmit')
  @ApiConflictResponse({ description: 'The resident is in a status that cannot be readmitted' })
  @Roles(...CASE_ROLES)
  @Idempotent()
  @ApiOperation({ summary: 'Reopen the same register entry with a new admission' })
  @ApiCreatedResponse({ type: ResidentView })
  readmit(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: ReadmitDto,
  ): Promise<ResidentView> {
    return this.readmissions.readmit(actor, id, dto);
  }

  @Get('discharges/:id/follow-ups')
  @Roles(...CASE_ROLES)
  @ApiOperation({ summary: 'Follow-up visits after a discharge' })
  @ApiOkResponse({ type: [FollowUp] })
  listFollowUps(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
  ): Promise<FollowUp[]> {
    return this.followUps.list(actor, id);
  }

  @Post('discharges/:id/follow-ups')
  @Roles(...CASE_ROLES)
  @ApiOperation({ summary: 'Record or plan a follow-up visit after a discharge' })
  @Idempotent()
  @ApiCreatedResponse({ type: FollowUp })
  createFollowUp(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateFollowUpDto,
  ): Promise<FollowUp> {
    return this.followUps.create(actor, id, dto);
  }

  @Patch('follow-ups/:id')
  @Roles(...CASE_ROLES)
  @WritableFields('followUp')
  @ApiOperation({ summary: 'Change a follow-up visit' })
  @ApiIfMatch()
  @ApiOkResponse({ type: FollowUp })
  updateFollowUp(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateFollowUpDto,
  ): Promise<FollowUp> {
    return this.followUps.update(actor, id, version, dto);
  }

  @Get('residents/:id/reintegration-steps')
  @Roles(...CASE_ROLES)
  @ApiOperation({ summary: "A resident's reintegration steps" })
  @ApiOkResponse({ type: [ReintegrationStep] })
  listSteps(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
  ): Promise<ReintegrationStep[]> {
    return this.reintegration.list(actor, id);
  }

  @Post('residents/:id/reintegration-steps')
  @Roles(...CASE_ROLES)
  @ApiOperation({ summary: 'Add a reintegration step' })
  @Idempotent()
  @ApiCreatedResponse({ type: ReintegrationStep })
  createStep(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateStepDto,
  ): Promise<ReintegrationStep> {
    return this.reintegration.create(actor, id, dto);
  }

  @Patch('reintegration-steps/:id')
  @Roles(...CASE_ROLES)
  @WritableFields('reintegrationStep')
  @ApiOperation({ summary: 'Change a reintegration step' })
  @ApiIfMatch()
  @ApiOkResponse({ type: ReintegrationStep })
  updateStep(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateStepDto,
  ): Promise<ReintegrationStep> {
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
