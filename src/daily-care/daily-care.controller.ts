import { ApiPage } from '../common/http/bounded-list.decorator';
import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
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
  RoundBatchDto,
  RoundQuery,
  UpdateDailyRecordDto,
} from './dto/daily-record.dto';
import { CreateIncidentDto } from './dto/incident.dto';
import { MealsSummaryQuery } from './dto/meals-summary.dto';
import { IncidentView } from './incident.view';
import { IncidentsService } from './incidents.service';
import { MealsSummary, MealsSummaryService } from './meals-summary.service';
import { RoundService } from './round.service';
import type { RoundSaved, RoundView } from './round.view';
import { WritableFields } from '../auth/field-rights.guard';

const CARE_STAFF = [Role.Caretaker, Role.Nurse, Role.Admin];

@ApiTags('daily care')
@Controller()
export class DailyCareController {
  constructor(
    private readonly records: DailyRecordsService,
    private readonly round: RoundService,
    private readonly incidents: IncidentsService,
    private readonly meals: MealsSummaryService,
  ) {}

  @Get('daily-records')
  @ApiNotFoundResponse({ description: 'The `room` is not a room of your facility' })
  @Roles(...CARE_STAFF)
  @ApiOperation({
    summary: 'The round: every active resident (of a room) with the day’s records, gaps and diet',
  })
  roundView(@CurrentStaff() actor: FacilityActor, @Query() query: RoundQuery): Promise<RoundView> {
    return this.round.view(actor, query);
  }

  @Post('daily-records/batch')
  @ApiConflictResponse({
    description:
      'Every refused row is a resident not present or a shift already recorded; nothing saved',
  })
  @Roles(...CARE_STAFF)
  @Idempotent({ inTransaction: true })
  @ApiOperation({ summary: 'Save a whole round in one transaction: every row or none' })
  saveRound(
    @CurrentStaff() actor: FacilityActor,
    @Body() dto: RoundBatchDto,
    @IdempotencyClaimOf() claim: IdempotencyClaim | null,
  ): Promise<RoundSaved | Replayed> {
    return this.round.save(actor, dto, claim);
  }

  @Get('residents/:id/daily-records')
  @Roles(...CARE_STAFF)
  @ApiOperation({ summary: "A resident's daily records, one per date and shift" })
  @ApiPage(DailyRecordView)
  listRecords(
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
  createRecord(
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
  updateRecord(
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

  @Get('residents/:id/incidents')
  @Roles(...CARE_STAFF, Role.SocialWorker)
  @ApiOperation({ summary: "A resident's incidents" })
  @ApiOkResponse({ type: [IncidentView] })
  listIncidents(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
  ): Promise<IncidentView[]> {
    return this.incidents.list(actor, id);
  }

  @Post('residents/:id/incidents')
  @ApiConflictResponse({
    description: 'The resident is not present (discharged, transferred, dead)',
  })
  @Roles(...CARE_STAFF)
  @Idempotent()
  @ApiCreatedResponse({ type: IncidentView })
  @ApiOperation({ summary: 'Record an incident; a serious one alerts the admin at once' })
  createIncident(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateIncidentDto,
  ): Promise<IncidentView> {
    return this.incidents.create(actor, id, dto);
  }

  @Get('meals-summary')
  @Roles(Role.Nurse, Role.Admin)
  @ApiOperation({ summary: 'Meals served and refused in a month; residents refusing many meals' })
  mealsSummary(
    @CurrentStaff() actor: FacilityActor,
    @Query() query: MealsSummaryQuery,
  ): Promise<MealsSummary> {
    return this.meals.summary(actor, query);
  }
}
