import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/access.decorators';
import { CurrentStaff } from '../../auth/actor';
import type { FacilityActor } from '../../identity/actor';
import { WritableFields } from '../../auth/field-rights.guard';
import { ApiPage } from '../../common/http/bounded-list.decorator';
import { ApiIfMatch, IfMatchVersion } from '../../common/http/if-match.decorator';
import { Page, PageQuery } from '../../common/http/pagination';
import { UuidParam } from '../../common/http/uuid-param';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { SCHOOLING_ROLES } from '../schooling.roles';
import {
  CreateVocationalTrainingDto,
  UpdateVocationalTrainingDto,
} from './vocational-training.dto';
import { VocationalTrainingView } from './vocational-training.view';
import { VocationalTrainingsService } from './vocational-trainings.service';

/** A resident's vocational courses (học nghề). */
@ApiTags('schooling')
@Controller()
export class VocationalTrainingsController {
  constructor(private readonly trainings: VocationalTrainingsService) {}

  @Get('residents/:id/vocational-trainings')
  @Roles(...SCHOOLING_ROLES)
  @ApiOperation({ summary: 'A resident’s vocational courses (học nghề), newest first' })
  @ApiPage(VocationalTrainingView)
  list(
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
  create(
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
  update(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateVocationalTrainingDto,
  ): Promise<VocationalTrainingView> {
    return this.trainings.update(actor, id, version, dto);
  }
}
