import { ApiPage } from '../common/http/bounded-list.decorator';
import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { CARE_STAFF } from './daily-care.roles';
import { ApiIfMatch, IfMatchVersion } from '../common/http/if-match.decorator';
import { Page } from '../common/http/pagination';
import { UuidParam } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import {
  IdempotencyClaim,
  IdempotencyClaimOf,
  Replayed,
} from '../common/idempotency/idempotency-claim';
import { DailyRecordRevisionView, DailyRecordView } from './daily-record.view';
import { DailyRecordsService } from './daily-records.service';
import {
  CreateDailyRecordDto,
  ResidentRecordsQuery,
  UpdateDailyRecordDto,
} from './dto/daily-record.dto';
import { WritableFields } from '../auth/field-rights.guard';

/** One resident's daily records: list, write, correct (keeping the original), revisions. */
@ApiTags('daily care')
@Controller()
export class DailyRecordsController {
  constructor(private readonly records: DailyRecordsService) {}

  @Get('residents/:id/daily-records')
  @Roles(...CARE_STAFF)
  @ApiOperation({ summary: "A resident's daily records, one per date and shift" })
  @ApiPage(DailyRecordView)
  list(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Query() query: ResidentRecordsQuery,
  ): Promise<Page<DailyRecordView>> {
    return this.records.list(actor, id, query);
  }

  @Post('residents/:id/daily-records')
  @ApiConflictResponse({
    description:
      'A record exists for that date and shift (existingId, existingVersion); or the resident is not present',
  })
  @Roles(...CARE_STAFF)
  @Idempotent({ inTransaction: true })
  @ApiCreatedResponse({ type: DailyRecordView })
  @ApiOperation({ summary: 'One record per resident, date and shift; a second one is a 409' })
  create(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateDailyRecordDto,
    @IdempotencyClaimOf() claim: IdempotencyClaim | null,
  ): Promise<DailyRecordView | Replayed> {
    return this.records.create(actor, id, dto, claim);
  }

  @Patch('daily-records/:id')
  @Roles(...CARE_STAFF)
  @WritableFields('dailyRecord')
  @ApiIfMatch()
  @ApiOkResponse({ type: DailyRecordView })
  @ApiOperation({
    summary:
      'Correct a record: its author on its day, else a nurse or an admin; the original is kept',
  })
  update(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateDailyRecordDto,
  ): Promise<DailyRecordView> {
    return this.records.update(actor, id, version, dto);
  }

  @Get('daily-records/:id/revisions')
  @Roles(...CARE_STAFF)
  @ApiOperation({ summary: 'Earlier states of a corrected daily record' })
  @ApiOkResponse({ type: [DailyRecordRevisionView] })
  revisions(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
  ): Promise<DailyRecordRevisionView[]> {
    return this.records.revisions(actor, id);
  }
}
