import { ApiPage } from '../../common/http/bounded-list.decorator';
import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../../auth/access.decorators';
import { CurrentStaff } from '../../auth/actor';
import type { FacilityActor } from '../../identity/actor';
import { Role } from '../../identity/role';
import { ApiIfMatch, IfMatchVersion } from '../../common/http/if-match.decorator';
import { Page, PageQuery } from '../../common/http/pagination';
import { UuidParam } from '../../common/http/uuid-param';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { CreatePlanDto, UpdatePlanDto } from './plan.dto';
import { PlansService } from './plans.service';
import { WritableFields } from '../../auth/field-rights.guard';
import { InterventionPlanView } from './intervention-plan.view';
import { CASE_ROLES } from '../cases.roles';

@ApiTags('cases')
@Controller()
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get('residents/:id/case-plans')
  @Roles(...CASE_ROLES)
  @ApiOperation({ summary: 'Intervention plans of a resident, every revision, newest first' })
  @ApiPage(InterventionPlanView)
  list(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Query() page: PageQuery,
  ): Promise<Page<InterventionPlanView>> {
    return this.plans.list(actor, id, page);
  }

  @Post('residents/:id/case-plans')
  @Roles(...CASE_ROLES)
  @Idempotent()
  @ApiOperation({
    summary: 'The first plan of the open case, as a draft (needs an assessment first)',
  })
  @ApiCreatedResponse({ type: InterventionPlanView })
  @ApiConflictResponse({ description: 'No assessment yet; the case has a plan already' })
  create(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreatePlanDto,
  ): Promise<InterventionPlanView> {
    return this.plans.create(actor, id, dto);
  }

  @Get('case-plans/:id')
  @Roles(...CASE_ROLES)
  @ApiOperation({ summary: 'One intervention plan' })
  @ApiOkResponse({ type: InterventionPlanView })
  get(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
  ): Promise<InterventionPlanView> {
    return this.plans.get(actor, id);
  }

  @Patch('case-plans/:id')
  @ApiConflictResponse({
    description: 'The plan is approved (it changes only through a review), or the case is closed',
  })
  @Roles(...CASE_ROLES)
  @WritableFields('casePlan')
  @ApiIfMatch()
  @ApiOperation({ summary: 'Edit a draft plan (an approved plan changes through a review)' })
  @ApiOkResponse({ type: InterventionPlanView })
  update(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdatePlanDto,
  ): Promise<InterventionPlanView> {
    return this.plans.update(actor, id, version, dto);
  }

  @Post('case-plans/:id/approve')
  @Roles(Role.Admin)
  @HttpCode(HttpStatus.OK)
  @ApiIfMatch()
  @ApiOperation({ summary: 'The admin approves a draft (a revision supersedes the plan in force)' })
  @ApiOkResponse({ type: InterventionPlanView })
  approve(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
  ): Promise<InterventionPlanView> {
    return this.plans.approve(actor, id, version);
  }
}
