import { ApiPage } from '../../common/http/bounded-list.decorator';
import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
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
import { ApiIfMatch, IfMatchVersion } from '../../common/http/if-match.decorator';
import { Page, PageQuery } from '../../common/http/pagination';
import { UuidParam } from '../../common/http/uuid-param';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { CreateEnrollmentDto, UpdateEnrollmentDto } from './enrollment.dto';
import { EnrollmentView } from './enrollment.view';
import { EnrollmentsService } from './enrollments.service';
import { WritableFields } from '../../auth/field-rights.guard';
import { SCHOOLING_ROLES } from '../schooling.roles';

/**
 * A resident's school enrolments (term results: results/). Schooling is the social worker's
 * (SPEC.md); the director sees and corrects everything.
 */
@ApiTags('schooling')
@Controller()
export class EnrollmentsController {
  constructor(private readonly enrollments: EnrollmentsService) {}

  @Get('residents/:id/enrollments')
  @Roles(...SCHOOLING_ROLES)
  @ApiOperation({
    summary: 'A resident’s enrolments, newest school year first, with their results',
  })
  @ApiPage(EnrollmentView)
  list(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Query() page: PageQuery,
  ): Promise<Page<EnrollmentView>> {
    return this.enrollments.list(actor, id, page);
  }

  @Post('residents/:id/enrollments')
  @Roles(...SCHOOLING_ROLES)
  @Idempotent()
  @ApiOperation({
    summary:
      'Enrol a resident for a school year (level, grade checked against the level, school, dates); ' +
      'level not_enrolled with notEnrolledReason records a year at no school',
  })
  @ApiCreatedResponse({ type: EnrollmentView })
  @ApiConflictResponse({
    description:
      'An active enrolment for the year exists (existingEnrollmentId); resident not present',
  })
  create(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateEnrollmentDto,
  ): Promise<EnrollmentView> {
    return this.enrollments.create(actor, id, dto);
  }

  @Get('enrollments/:id')
  @Roles(...SCHOOLING_ROLES)
  @ApiOperation({ summary: 'One school enrolment' })
  @ApiOkResponse({ type: EnrollmentView })
  get(@CurrentStaff() actor: FacilityActor, @UuidParam() id: string): Promise<EnrollmentView> {
    return this.enrollments.get(actor, id);
  }

  @Patch('enrollments/:id')
  @ApiConflictResponse({
    description:
      'The enrolment is voided; results rated on its level forbid a change of level; or another active enrolment of that year',
  })
  @Roles(...SCHOOLING_ROLES)
  @WritableFields('enrollment')
  @ApiIfMatch()
  @ApiOperation({
    summary:
      'Correct an enrolment or change its status (dropped_out, transferred need endDate); voidReason voids it',
  })
  @ApiOkResponse({ type: EnrollmentView })
  update(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateEnrollmentDto,
  ): Promise<EnrollmentView> {
    return this.enrollments.update(actor, id, version, dto);
  }
}
