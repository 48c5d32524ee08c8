import { ApiPage } from '../../common/http/bounded-list.decorator';
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/access.decorators';
import { CurrentStaff } from '../../auth/actor';
import type { FacilityActor } from '../../identity/actor';
import { Page, PageQuery } from '../../common/http/pagination';
import { UuidParam } from '../../common/http/uuid-param';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { CaseNotesService } from './case-notes.service';
import { CreateCaseNoteDto } from './note.dto';
import { CounsellingSessionView } from './counselling-session.view';
import { CASE_ROLES } from '../cases.roles';

/** Counselling sessions (case notes). */
@ApiTags('cases')
@Controller()
export class CaseNotesController {
  constructor(private readonly notes: CaseNotesService) {}

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
}
