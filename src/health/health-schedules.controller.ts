import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { ApiIfMatch, IfMatchVersion } from '../common/http/if-match.decorator';
import { UuidParam } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { CreateScheduleDto, UpdateScheduleDto } from './dto/schedule.dto';
import { SchedulesService } from './schedules.service';
import { WritableFields } from '../auth/field-rights.guard';
import { HealthScheduleView } from './dto/health-schedule.view';
import { HEALTH_ROLES } from './health.roles';

/** A resident's health schedules: check-ups, monitoring and doses planned. */
@ApiTags('health')
@Controller()
export class HealthSchedulesController {
  constructor(private readonly schedules: SchedulesService) {}

  @Get('residents/:id/health-schedules')
  @Roles(...HEALTH_ROLES)
  @ApiOperation({ summary: "A resident's health schedules (periodic exams and follow-ups)" })
  @ApiOkResponse({ type: [HealthScheduleView] })
  list(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
  ): Promise<HealthScheduleView[]> {
    return this.schedules.listForResident(actor, id);
  }

  @Post('residents/:id/health-schedules')
  @Roles(...HEALTH_ROLES)
  @ApiOperation({ summary: 'Plan a periodic exam or follow-up for a resident' })
  @Idempotent()
  @ApiCreatedResponse({ type: HealthScheduleView })
  create(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateScheduleDto,
  ): Promise<HealthScheduleView> {
    return this.schedules.create(actor, id, dto);
  }

  @Patch('health-schedules/:id')
  @Roles(...HEALTH_ROLES)
  @WritableFields('healthSchedule')
  @ApiOperation({ summary: 'Change a health schedule' })
  @ApiIfMatch()
  @ApiOkResponse({ type: HealthScheduleView })
  update(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateScheduleDto,
  ): Promise<HealthScheduleView> {
    return this.schedules.update(actor, id, version, dto);
  }
}
