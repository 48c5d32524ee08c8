import { ApiPage } from '../../common/http/bounded-list.decorator';
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/access.decorators';
import { CurrentStaff } from '../../auth/actor';
import type { FacilityActor } from '../../identity/actor';
import { Page, PageQuery } from '../../common/http/pagination';
import { UuidParam } from '../../common/http/uuid-param';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { AssessmentsService } from './assessments.service';
import { CreateAssessmentDto } from './assessment.dto';
import { NeedsAssessmentView } from './needs-assessment.view';
import { CASE_ROLES } from '../cases.roles';

/** Needs assessments and the initial safety assessment (steps 1–2). */
@ApiTags('cases')
@Controller()
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Get('residents/:id/assessments')
  @Roles(...CASE_ROLES)
  @ApiOperation({ summary: "A resident's needs assessments" })
  @ApiPage(NeedsAssessmentView)
  listAssessments(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Query() page: PageQuery,
  ): Promise<Page<NeedsAssessmentView>> {
    return this.assessments.list(actor, id, page);
  }

  @Post('residents/:id/assessments')
  @Roles(...CASE_ROLES)
  @Idempotent()
  @ApiOperation({
    summary: 'Needs assessment (moves step 1 to planning) or the 24-hour initial safety assessment',
  })
  @ApiCreatedResponse({ type: NeedsAssessmentView })
  createAssessment(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateAssessmentDto,
  ): Promise<NeedsAssessmentView> {
    return this.assessments.create(actor, id, dto);
  }
}
