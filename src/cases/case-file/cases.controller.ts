import { ApiPage } from '../../openapi/bounded-list.decorator';
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
import { AssessmentsService } from '../assessments/assessments.service';
import { CaseFigures, CaseFiguresService } from '../figures/case-figures.service';
import { CaseNotesService } from '../notes/case-notes.service';
import { CasesService } from './cases.service';
import { CreateAssessmentDto } from '../assessments/assessment.dto';
import {
  CloseCaseDto,
  EvaluateCaseDto,
  MonthQuery,
  OpenCaseDto,
  UpdateCaseDto,
} from './case.dto';
import { CreateCaseNoteDto } from '../notes/note.dto';
import { CreateReferralDto, UpdateReferralDto } from '../referrals/referral.dto';
import { ReferralsService } from '../referrals/referrals.service';
import { WritableFields } from '../../auth/field-rights.guard';
import { CaseFileView } from './case-file.view';
import { CounsellingSessionView } from '../notes/counselling-session.view';
import { NeedsAssessmentView } from '../assessments/needs-assessment.view';
import { ReferralView } from '../referrals/referral.view';

/** Social workers and the admin run cases (API.md). */
export const CASE_ROLES = [Role.Admin, Role.SocialWorker];

@ApiTags('cases')
@Controller()
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly assessments: AssessmentsService,
    private readonly notes: CaseNotesService,
    private readonly referrals: ReferralsService,
    private readonly figures: CaseFiguresService,
  ) {}

  @Get('residents/:id/cases')
  @Roles(...CASE_ROLES)
  @ApiOperation({ summary: "A resident's cases (one per stay), newest first" })
  @ApiPage(CaseFileView)
  listCases(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Query() page: PageQuery,
  ): Promise<Page<CaseFileView>> {
    return this.cases.list(actor, id, page);
  }

  @Post('residents/:id/cases')
  @Roles(...CASE_ROLES)
  @Idempotent()
  @ApiOperation({
    summary: 'Open a case for the current stay (admission opens one already); 409 if one is open',
  })
  @ApiCreatedResponse({ type: CaseFileView })
  @ApiConflictResponse({ description: 'The stay has an open case; the resident has left' })
  openCase(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: OpenCaseDto,
  ): Promise<CaseFileView> {
    return this.cases.open(actor, id, dto);
  }

  @Get('cases/figures')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Counselling, case, assessment, plan and referral figures of a month' })
  @ApiOkResponse({ type: CaseFigures })
  monthFigures(
    @CurrentStaff() actor: FacilityActor,
    @Query() query: MonthQuery,
  ): Promise<CaseFigures> {
    return this.figures.ofMonth(actor, query.month);
  }

  @Get('cases/:id')
  @Roles(...CASE_ROLES)
  @ApiOperation({ summary: 'One case file' })
  @ApiOkResponse({ type: CaseFileView })
  getCase(@CurrentStaff() actor: FacilityActor, @UuidParam() id: string): Promise<CaseFileView> {
    return this.cases.get(actor, id);
  }

  @Patch('cases/:id')
  @Roles(...CASE_ROLES)
  @WritableFields('caseFile')
  @ApiIfMatch()
  @ApiOperation({ summary: 'Reassign the case worker (a social worker) or mark a protection case' })
  @ApiOkResponse({ type: CaseFileView })
  updateCase(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateCaseDto,
  ): Promise<CaseFileView> {
    return this.cases.update(actor, id, version, dto);
  }

  @Post('cases/:id/evaluation')
  @Roles(...CASE_ROLES)
  @HttpCode(HttpStatus.OK)
  @ApiIfMatch()
  @ApiOperation({ summary: 'Step 5: record the evaluation of the results (needed to close)' })
  @ApiOkResponse({ type: CaseFileView })
  evaluate(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: EvaluateCaseDto,
  ): Promise<CaseFileView> {
    return this.cases.evaluate(actor, id, version, dto);
  }

  @Post('cases/:id/close')
  @Roles(...CASE_ROLES)
  @HttpCode(HttpStatus.OK)
  @ApiIfMatch()
  @ApiOperation({ summary: 'Step 5: close the case; 409 without an evaluation' })
  @ApiOkResponse({ type: CaseFileView })
  @ApiConflictResponse({ description: 'No evaluation recorded; already closed' })
  close(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: CloseCaseDto,
  ): Promise<CaseFileView> {
    return this.cases.close(actor, id, version, dto);
  }

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

  @Get('residents/:id/case-notes')
  @Roles(...CASE_ROLES)
  @ApiOperation({
    summary:
      'Counselling sessions; notes of a protection case are sensitive (admin, social worker, nurse) and each read is audited',
  })
  @ApiPage(CounsellingSessionView)
  listNotes(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Query() page: PageQuery,
  ): Promise<Page<CounsellingSessionView>> {
    return this.notes.list(actor, id, page);
  }

  @Post('residents/:id/case-notes')
  @Roles(...CASE_ROLES)
  @Idempotent()
  @ApiOperation({ summary: 'Record a counselling session' })
  @ApiCreatedResponse({ type: CounsellingSessionView })
  createNote(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateCaseNoteDto,
  ): Promise<CounsellingSessionView> {
    return this.notes.create(actor, id, dto);
  }

  @Get('residents/:id/referrals')
  @Roles(...CASE_ROLES)
  @ApiOperation({ summary: "A resident's referrals to other services" })
  @ApiPage(ReferralView)
  listReferrals(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Query() page: PageQuery,
  ): Promise<Page<ReferralView>> {
    return this.referrals.list(actor, id, page);
  }

  @Post('residents/:id/referrals')
  @Roles(...CASE_ROLES)
  @Idempotent()
  @ApiOperation({
    summary:
      'Refer to another service; sharing personal data needs consent or the admin’s override (409)',
  })
  @ApiCreatedResponse({ type: ReferralView })
  @ApiConflictResponse({ description: 'Shares personal data without consent or override' })
  createReferral(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateReferralDto,
  ): Promise<ReferralView> {
    return this.referrals.create(actor, id, dto);
  }

  @Patch('referrals/:id')
  @Roles(...CASE_ROLES)
  @WritableFields('referral')
  @ApiOperation({ summary: 'Record the outcome of a referral, or correct its contact phone' })
  @ApiIfMatch()
  @ApiOkResponse({ type: ReferralView })
  updateReferral(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateReferralDto,
  ): Promise<ReferralView> {
    return this.referrals.update(actor, id, version, dto);
  }
}
