import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { WritableFields } from '../auth/field-rights.guard';
import { ApiIfMatch, IfMatchVersion } from '../common/http/if-match.decorator';
import { UuidParam } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import {
  CreatePrescriptionDto,
  PrescriptionListQuery,
  PrescriptionRevisionView,
  PrescriptionView,
  StopPrescriptionDto,
  UpdatePrescriptionDto,
} from './dto/prescription.dto';
import {
  MedicationRoundBatchDto,
  MedicationRoundQuery,
  MedicationRoundSaved,
  MedicationRoundView,
} from './dto/medication-round.dto';
import { MedicationRoundService } from './medication-round.service';
import {
  CreateMedicinePurchaseDto,
  MedicinePurchasesView,
  MedicinePurchaseView,
  MonthQuery,
} from './dto/medicine-purchase.dto';
import { MedicineCostsService } from './medicine-costs.service';
import { PRESCRIBERS, ROUND_STAFF } from './medication.roles';
import { MAX_LISTED, PrescriptionsService } from './prescriptions.service';
import { ApiBoundedList } from '../common/http/bounded-list.decorator';

@ApiTags('medication')
@Controller()
export class PrescriptionsController {
  constructor(private readonly prescriptions: PrescriptionsService) {}

  @Get('residents/:id/prescriptions')
  @Roles(...PRESCRIBERS)
  @ApiOperation({ summary: "A resident's prescriptions, current first; stopped ones stay listed" })
  @ApiBoundedList(PrescriptionView, MAX_LISTED)
  list(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Query() query: PrescriptionListQuery,
  ): Promise<PrescriptionView[]> {
    return this.prescriptions.list(actor, id, query);
  }

  @Post('residents/:id/prescriptions')
  @Roles(...PRESCRIBERS)
  @Idempotent()
  @ApiConflictResponse({ description: 'The resident is not present' })
  @ApiCreatedResponse({ type: PrescriptionView })
  @ApiOperation({
    summary: 'Prescribe: scheduled times, or as needed with a reason and a 24-hour maximum',
  })
  create(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreatePrescriptionDto,
  ): Promise<PrescriptionView> {
    return this.prescriptions.create(actor, id, dto);
  }

  @Get('prescriptions/:id')
  @Roles(...PRESCRIBERS)
  @ApiOkResponse({ type: PrescriptionView })
  @ApiOperation({ summary: 'One prescription' })
  get(@CurrentStaff() actor: FacilityActor, @UuidParam() id: string): Promise<PrescriptionView> {
    return this.prescriptions.get(actor, id);
  }

  @Patch('prescriptions/:id')
  @Roles(...PRESCRIBERS)
  @WritableFields('prescription')
  @ApiIfMatch()
  @ApiConflictResponse({ description: 'The prescription is stopped' })
  @ApiOkResponse({ type: PrescriptionView })
  @ApiOperation({ summary: 'Change a prescription; the earlier version is kept as a revision' })
  update(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdatePrescriptionDto,
  ): Promise<PrescriptionView> {
    return this.prescriptions.update(actor, id, version, dto);
  }

  @Post('prescriptions/:id/stop')
  @HttpCode(HttpStatus.OK)
  @Roles(...PRESCRIBERS)
  @ApiIfMatch()
  @ApiConflictResponse({ description: 'The prescription is already stopped' })
  @ApiOkResponse({ type: PrescriptionView })
  @ApiOperation({ summary: 'Stop a prescription with a reason (it is never deleted)' })
  stop(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: StopPrescriptionDto,
  ): Promise<PrescriptionView> {
    return this.prescriptions.stop(actor, id, version, dto);
  }

  @Get('prescriptions/:id/revisions')
  @Roles(...PRESCRIBERS)
  @ApiBoundedList(PrescriptionRevisionView, MAX_LISTED)
  @ApiOperation({ summary: 'Earlier versions of a prescription, newest first' })
  revisions(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
  ): Promise<PrescriptionRevisionView[]> {
    return this.prescriptions.revisions(actor, id);
  }
}

@ApiTags('medication')
@Controller('medication-round')
export class MedicationRoundController {
  constructor(private readonly round: MedicationRoundService) {}

  @Get()
  @Roles(...ROUND_STAFF)
  @ApiForbiddenResponse({ description: 'A caretaker asked for a room outside their assignment' })
  @ApiNotFoundResponse({ description: 'The `room` is not a room of your facility' })
  @ApiOperation({
    summary:
      'The doses due for a room and a time (what to give and when), with what was recorded; as-needed medicines',
  })
  @ApiOkResponse({ type: MedicationRoundView })
  view(
    @CurrentStaff() actor: FacilityActor,
    @Query() query: MedicationRoundQuery,
  ): Promise<MedicationRoundView> {
    return this.round.view(actor, query);
  }

  @Post('batch')
  @Roles(...ROUND_STAFF)
  @Idempotent()
  @ApiForbiddenResponse({ description: 'A row is for a room outside the caretaker’s assignment' })
  @ApiConflictResponse({
    description:
      'A dose already recorded, a prescription not in force, a resident not present, or an as-needed maximum reached; nothing saved',
  })
  @ApiCreatedResponse({ type: MedicationRoundSaved })
  @ApiOperation({
    summary: 'Record doses (given / refused / held / not available), each once; every row or none',
  })
  save(
    @CurrentStaff() actor: FacilityActor,
    @Body() dto: MedicationRoundBatchDto,
  ): Promise<MedicationRoundSaved> {
    return this.round.save(actor, dto);
  }
}

@ApiTags('medication')
@Controller('medicine-purchases')
export class MedicinePurchasesController {
  constructor(private readonly costs: MedicineCostsService) {}

  @Get()
  @Roles(...PRESCRIBERS)
  @ApiOperation({
    summary: "A month's medicine purchases and its cost per resident against the 100,000 đ ceiling",
  })
  @ApiOkResponse({ type: MedicinePurchasesView })
  list(
    @CurrentStaff() actor: FacilityActor,
    @Query() query: MonthQuery,
  ): Promise<MedicinePurchasesView> {
    return this.costs.list(actor, query.month);
  }

  @Post()
  @Roles(...PRESCRIBERS)
  @Idempotent()
  @ApiCreatedResponse({ type: MedicinePurchaseView })
  @ApiOperation({ summary: 'Record a purchase of medicines (an invoice)' })
  create(
    @CurrentStaff() actor: FacilityActor,
    @Body() dto: CreateMedicinePurchaseDto,
  ): Promise<MedicinePurchaseView> {
    return this.costs.create(actor, dto);
  }
}
