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
import { STAFF_ROLES } from '../identity/role';
import { ApiIfMatch, IfMatchVersion } from '../common/http/if-match.decorator';
import { Page, PageQuery } from '../common/http/pagination';
import { UuidParam } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { FiguresQuery } from './figures/figures.dto';
import { RolloverDto } from './rollover/rollover.dto';
import { RolloverView } from './rollover/rollover.view';
import { SchoolingFiguresView } from './figures/schooling-figures.view';
import { VocationalTrainingView } from './vocational/vocational-training.view';
import {
  CreateVocationalTrainingDto,
  UpdateVocationalTrainingDto,
} from './vocational/vocational-training.dto';
import { SCHOOLING_ROLES } from './schooling.roles';
import { RolloverService } from './rollover/rollover.service';
import { SchoolingFiguresService } from './figures/schooling-figures.service';
import { schoolingReference, SchoolingReference } from './schooling-reference';
import { VocationalTrainingsService } from './vocational/vocational-trainings.service';
import { WritableFields } from '../auth/field-rights.guard';

@ApiTags('schooling')
@Controller()
export class SchoolingController {
  constructor(
    private readonly trainings: VocationalTrainingsService,
    private readonly rollovers: RolloverService,
    private readonly figures: SchoolingFiguresService,
  ) {}

  @Get('residents/:id/vocational-trainings')
  @Roles(...SCHOOLING_ROLES)
  @ApiOperation({ summary: 'A resident’s vocational courses (học nghề), newest first' })
  @ApiPage(VocationalTrainingView)
  listTrainings(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Query() page: PageQuery,
  ): Promise<Page<VocationalTrainingView>> {
    return this.trainings.list(actor, id, page);
  }

  @Post('residents/:id/vocational-trainings')
  @Roles(...SCHOOLING_ROLES)
  @Idempotent()
  @ApiOperation({
    summary: 'Start (or record) a vocational course: course, institution, trade, dates',
  })
  @ApiCreatedResponse({ type: VocationalTrainingView })
  createTraining(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateVocationalTrainingDto,
  ): Promise<VocationalTrainingView> {
    return this.trainings.create(actor, id, dto);
  }

  @Patch('vocational-trainings/:id')
  @Roles(...SCHOOLING_ROLES)
  @WritableFields('vocationalTraining')
  @ApiIfMatch()
  @ApiOperation({ summary: 'Progress, certificate obtained, job placement after the course' })
  @ApiOkResponse({ type: VocationalTrainingView })
  updateTraining(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateVocationalTrainingDto,
  ): Promise<VocationalTrainingView> {
    return this.trainings.update(actor, id, version, dto);
  }

  @Post('schooling/rollover')
  @Roles(...SCHOOLING_ROLES)
  @Idempotent()
  @ApiOperation({
    summary:
      'Close a school year: promoted students are enrolled in the next grade of the next year ' +
      '(next level after grades 5 and 9); the others are listed with the decision they need',
  })
  @ApiCreatedResponse({ type: RolloverView })
  @ApiConflictResponse({ description: 'The year was already rolled over, or has no enrolments' })
  rollover(@CurrentStaff() actor: FacilityActor, @Body() dto: RolloverDto): Promise<RolloverView> {
    return this.rollovers.rollover(actor, dto.from, dto.reason);
  }

  @Get('schooling/figures')
  @Roles(...SCHOOLING_ROLES)
  @ApiOperation({
    summary:
      'Facility figures of a school year: students by level and status, dropouts, ratings per term, promotion rate, vocational',
  })
  @ApiOkResponse({ type: SchoolingFiguresView })
  figuresForYear(
    @CurrentStaff() actor: FacilityActor,
    @Query() query: FiguresQuery,
  ): Promise<SchoolingFiguresView> {
    return this.figures.forYear(actor.facilityId, query.year);
  }

  @Get('reference/schooling')
  @Roles(...STAFF_ROLES)
  @ApiOperation({
    summary:
      'Levels and grades, enrolment statuses, terms, the official rating scales with Vietnamese labels and sources',
  })
  reference(): SchoolingReference {
    return schoolingReference();
  }
}
