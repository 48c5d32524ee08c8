import { ApiPage } from '../common/http/bounded-list.decorator';
import { MEASUREMENT_RESULT_SCHEMA } from './dto/measurement-result.view';
import { Body, Controller, Get, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { Role, STAFF_ROLES } from '../identity/role';
import { IF_MATCH_SCHEMA, OptionalIfMatchVersion } from '../common/http/if-match.decorator';
import { Page } from '../common/http/pagination';
import { UuidParam } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { CreateMeasurementDto, MeasurementQuery, PutNutritionPlanDto } from './dto/nutrition.dto';
import { MeasurementResult, MeasurementsService } from './measurements.service';
import { NutritionPlansService } from './nutrition-plans.service';
import { WritableFields } from '../auth/field-rights.guard';
import { MeasurementView } from './dto/measurement.view';
import { NutritionPlanView } from './dto/nutrition-plan.view';

@ApiTags('nutrition')
@Controller()
export class NutritionController {
  constructor(
    private readonly plans: NutritionPlansService,
    private readonly measurements: MeasurementsService,
  ) {}

  @Get('residents/:id/nutrition-plan')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'The nutrition plan in force for a resident' })
  @ApiOkResponse({ type: NutritionPlanView })
  currentPlan(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
  ): Promise<NutritionPlanView> {
    return this.plans.current(actor, id);
  }

  @Put('residents/:id/nutrition-plan')
  @ApiConflictResponse({
    description: 'The resident is not present (discharged, transferred, dead)',
  })
  @Roles(Role.Nurse, Role.Admin)
  @WritableFields('nutritionPlan')
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The current plan version, e.g. "2"; absent or "0" only for the first plan',
    schema: IF_MATCH_SCHEMA,
  })
  @ApiOperation({ summary: 'Write the next version of the plan; the old one stays in history' })
  @ApiOkResponse({ type: NutritionPlanView })
  putPlan(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @OptionalIfMatchVersion() version: number | undefined,
    @Body() dto: PutNutritionPlanDto,
  ): Promise<NutritionPlanView> {
    return this.plans.put(actor, id, version, dto);
  }

  @Get('residents/:id/nutrition-plan/history')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: "Every version of a resident's nutrition plan" })
  @ApiOkResponse({ type: [NutritionPlanView] })
  planHistory(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
  ): Promise<NutritionPlanView[]> {
    return this.plans.history(actor, id);
  }

  @Get('residents/:id/measurements')
  @Roles(Role.Nurse, Role.Caretaker, Role.Admin)
  @ApiOperation({ summary: "A resident's measurements with BMI or growth z-scores and flags" })
  @ApiPage(MeasurementView)
  listMeasurements(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Query() query: MeasurementQuery,
  ): Promise<Page<MeasurementView>> {
    return this.measurements.list(actor, id, query);
  }

  @Post('residents/:id/measurements')
  @ApiConflictResponse({
    description: 'The resident is not present (discharged, transferred, dead)',
  })
  @Roles(Role.Nurse, Role.Caretaker)
  @Idempotent()
  @ApiCreatedResponse({ schema: MEASUREMENT_RESULT_SCHEMA })
  @ApiOperation({
    summary: 'Record a measurement: BMI for an adult, WHO z-scores and flags for a child',
  })
  createMeasurement(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateMeasurementDto,
  ): Promise<MeasurementResult> {
    return this.measurements.create(actor, id, dto);
  }
}
