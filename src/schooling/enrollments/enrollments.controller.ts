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
import { CreateResultDto, UpdateResultDto } from '../results/result.dto';
import { EnrollmentView } from './enrollment.view';
import { SchoolResultView } from '../results/school-result.view';
import { EnrollmentsService } from './enrollments.service';
import { ResultsService } from '../results/results.service';
import { WritableFields } from '../../auth/field-rights.guard';
import { SCHOOLING_ROLES } from '../schooling.roles';

/** Schooling is the social worker's (SPEC.md); the director sees and corrects everything. */

@ApiTags('schooling')
@Controller()
export class EnrollmentsController {
  constructor(
    private readonly enrollments: EnrollmentsService,
    private readonly results: ResultsService,
  ) {}

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

  @Post('enrollments/:id/results')
  @Roles(...SCHOOLING_ROLES)
  @Idempotent()
  @ApiOperation({
    summary:
      'Record a term result (HK1, HK2, year) on the scale of the level: primary `rating` (TT 27/2020), ' +
      'secondary `learningRating` + `conductRating` (TT 22/2021). The whole-year result answers ' +
      '`promotion` (promoted | repeat | re_exam). Labels: GET /reference/schooling',
  })
  @ApiCreatedResponse({ type: SchoolResultView })
  @ApiConflictResponse({
    description:
      'The term already has a result (existingResultId: correct it with PATCH); a not_enrolled or voided enrolment',
  })
  createResult(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateResultDto,
  ): Promise<SchoolResultView> {
    return this.results.create(actor, id, dto);
  }

  @Patch('results/:id')
  @Roles(...SCHOOLING_ROLES)
  @WritableFields('termResult')
  @ApiIfMatch()
  @ApiOperation({
    summary: 'Correct a term result (e.g. after a re-examination); the promotion is recomputed',
  })
  @ApiOkResponse({ type: SchoolResultView })
  updateResult(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateResultDto,
  ): Promise<SchoolResultView> {
    return this.results.update(actor, id, version, dto);
  }
}
