import { ApiPage } from '../../common/http/bounded-list.decorator';
import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/access.decorators';
import { CurrentStaff } from '../../auth/actor';
import type { FacilityActor } from '../../identity/actor';
import { ApiIfMatch, IfMatchVersion } from '../../common/http/if-match.decorator';
import { Page, PageQuery } from '../../common/http/pagination';
import { UuidParam } from '../../common/http/uuid-param';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { ChildrenMeetingsService } from './children-meetings.service';
import { CreateMeetingDto, UpdateMeetingDto } from './meeting.dto';
import { WritableFields } from '../../auth/field-rights.guard';
import { ChildrenMeetingView } from './children-meeting.view';
import { CASE_ROLES } from '../cases.roles';

/** The children's meetings of the centre. */
@ApiTags('cases')
@Controller()
export class ChildrenMeetingsController {
  constructor(private readonly meetings: ChildrenMeetingsService) {}

  @Get('children-meetings')
  @Roles(...CASE_ROLES)
  @ApiOperation({ summary: "The weekly children's meetings, newest first" })
  @ApiPage(ChildrenMeetingView)
  listMeetings(
    @CurrentStaff() actor: FacilityActor,
    @Query() page: PageQuery,
  ): Promise<Page<ChildrenMeetingView>> {
    return this.meetings.list(actor, page);
  }

  @Post('children-meetings')
  @Roles(...CASE_ROLES)
  @ApiOperation({ summary: "Record a weekly children's meeting" })
  @Idempotent()
  @ApiCreatedResponse({ type: ChildrenMeetingView })
  createMeeting(
    @CurrentStaff() actor: FacilityActor,
    @Body() dto: CreateMeetingDto,
  ): Promise<ChildrenMeetingView> {
    return this.meetings.create(actor, dto);
  }

  @Patch('children-meetings/:id')
  @Roles(...CASE_ROLES)
  @WritableFields('childrenMeeting')
  @ApiOperation({ summary: "Change a children's meeting record" })
  @ApiIfMatch()
  @ApiOkResponse({ type: ChildrenMeetingView })
  updateMeeting(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateMeetingDto,
  ): Promise<ChildrenMeetingView> {
    return this.meetings.update(actor, id, version, dto);
  }
}
