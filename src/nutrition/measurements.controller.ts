import { ApiPage } from '../common/http/bounded-list.decorator';
import { MEASUREMENT_RESULT_SCHEMA } from './dto/measurement-result.view';
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { Page } from '../common/http/pagination';
import { UuidParam } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { CreateMeasurementDto, MeasurementQuery } from './dto/nutrition.dto';
import { MeasurementResult, MeasurementsService } from './measurements.service';
import { MeasurementView } from './dto/measurement.view';

/** A resident's measurements (weight, height) with their growth figures. */
@ApiTags('nutrition')
@Controller()
export class MeasurementsController {
  constructor(private readonly measurements: MeasurementsService) {}

  @Get('residents/:id/measurements')
  @Roles(Role.Nurse, Role.Caretaker, Role.Admin)
  @ApiOperation({ summary: "A resident's measurements with BMI or growth z-scores and flags" })
  @ApiPage(MeasurementView)
  list(
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
  create(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateMeasurementDto,
  ): Promise<MeasurementResult> {
    return this.measurements.create(actor, id, dto);
  }
}
