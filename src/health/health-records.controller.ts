import { ApiPage } from '../common/http/bounded-list.decorator';
import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { ApiIfMatch, IfMatchVersion } from '../common/http/if-match.decorator';
import { Page } from '../common/http/pagination';
import { UuidParam } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import {
  AmendHealthCheckDto,
  CreateHealthCheckDto,
  CreateVaccinationDto,
} from './dto/health-check.dto';
import { CreateScheduleDto, UpdateScheduleDto, WorklistQuery } from './dto/schedule.dto';
import { HealthChecksService } from './health-checks.service';
import { SchedulesService } from './schedules.service';
import { VaccinationsService } from './vaccinations.service';
import { WorklistItem, WorklistService } from './worklist.service';
import { WritableFields } from '../auth/field-rights.guard';
import { HealthCheckResultView } from './dto/health-check-result.view';
import { HealthCheckView } from './dto/health-check.view';
import { HealthScheduleView } from './dto/health-schedule.view';
import { VaccinationView } from './dto/vaccination.view';
import { HEALTH_ROLES } from './health.roles';

@ApiTags('health')
@Controller()
export class HealthRecordsController {
  constructor(
    private readonly schedules: SchedulesService,
    private readonly checks: HealthChecksService,
    private readonly vaccinations: VaccinationsService,
    private readonly worklist: WorklistService,
  ) {}

  @Get('residents/:id/health-schedules')
  @Roles(...HEALTH_ROLES)
  @ApiOperation({ summary: "A resident's health schedules (periodic exams and follow-ups)" })
  @ApiOkResponse({ type: [HealthScheduleView] })
  listSchedules(
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
  createSchedule(
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
  updateSchedule(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateScheduleDto,
  ): Promise<HealthScheduleView> {
    return this.schedules.update(actor, id, version, dto);
  }

  @Get('residents/:id/health-checks')
  @Roles(...HEALTH_ROLES)
  @ApiOperation({ summary: "A resident's health checks" })
  @ApiOkResponse({ type: [HealthCheckView] })
  listChecks(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
  ): Promise<HealthCheckView[]> {
    return this.checks.list(actor, id);
  }

  @Post('residents/:id/health-checks')
  @Roles(Role.Nurse)
  @Idempotent()
  @ApiOperation({
    summary: 'Record an exam; the matching schedule advances in the same transaction',
  })
  createCheck(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateHealthCheckDto,
  ): Promise<HealthCheckResultView> {
    return this.checks.create(actor, id, dto);
  }

  @Post('health-checks/:id/amendments')
  @Roles(Role.Nurse)
  @Idempotent()
  @ApiOperation({ summary: 'Correct an exam record by an amendment; the original stays unchanged' })
  amendCheck(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: AmendHealthCheckDto,
  ): Promise<HealthCheckView> {
    return this.checks.amend(actor, id, dto);
  }

  @Get('residents/:id/vaccinations')
  @Roles(...HEALTH_ROLES)
  @ApiOperation({ summary: "A resident's vaccinations" })
  @ApiOkResponse({ type: [VaccinationView] })
  listVaccinations(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
  ): Promise<VaccinationView[]> {
    return this.vaccinations.list(actor, id);
  }

  @Post('residents/:id/vaccinations')
  @Roles(Role.Nurse)
  @Idempotent()
  @ApiOperation({
    summary: 'Record a dose; closes the planned dose. Duplicate or out-of-order: 409',
  })
  @ApiCreatedResponse({ type: VaccinationView })
  createVaccination(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateVaccinationDto,
  ): Promise<VaccinationView> {
    return this.vaccinations.create(actor, id, dto);
  }

  @Get('health-worklist')
  @Roles(...HEALTH_ROLES)
  @ApiOperation({ summary: 'Overdue / due / upcoming health tasks, most overdue first' })
  @ApiPage(WorklistItem)
  worklistOf(
    @CurrentStaff() actor: FacilityActor,
    @Query() query: WorklistQuery,
  ): Promise<Page<WorklistItem>> {
    return this.worklist.list(actor, query);
  }
}
