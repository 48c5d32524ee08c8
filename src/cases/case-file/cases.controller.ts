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
import { ApiIfMatch, IfMatchVersion } from '../../common/http/if-match.decorator';
import { Page, PageQuery } from '../../common/http/pagination';
import { UuidParam } from '../../common/http/uuid-param';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { CaseClosingService } from './case-closing.service';
import { CasesService } from './cases.service';
import { CloseCaseDto, EvaluateCaseDto, OpenCaseDto, UpdateCaseDto } from './case.dto';
import { WritableFields } from '../../auth/field-rights.guard';
import { CaseFileView } from './case-file.view';
import { CASE_ROLES } from '../cases.roles';

@ApiTags('cases')
@Controller()
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly closing: CaseClosingService,
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
  @ApiConflictResponse({ description: 'The case is closed' })
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
  @ApiConflictResponse({ description: 'The case is closed' })
  evaluate(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: EvaluateCaseDto,
  ): Promise<CaseFileView> {
    return this.closing.evaluate(actor, id, version, dto);
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
    return this.closing.close(actor, id, version, dto);
  }
}
