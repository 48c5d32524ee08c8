import { Body, Controller, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import { UuidParam } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { DischargeResultView } from '../discharge/dto/discharge-result.view';
import { DischargeDto, ReadmitDto } from '../discharge/dto/discharge.dto';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { ResidentView } from '../residents/register/resident.view';
import { StaysService } from './stays.service';
import { INTAKE_ROLES } from '../residents/residents.roles';

/**
 * Discharge and readmission, which end and begin stays: in residents' paths, here because each
 * runs other modules' work in its transaction (StaysService).
 */
@ApiTags('discharge')
@Controller('residents')
export class DischargesController {
  constructor(private readonly stays: StaysService) {}

  @Post(':id/readmit')
  @ApiConflictResponse({ description: 'The resident is in a status that cannot be readmitted' })
  @Roles(...INTAKE_ROLES)
  @Idempotent()
  @ApiOperation({ summary: 'Reopen the same register entry with a new admission' })
  @ApiCreatedResponse({ type: ResidentView })
  readmit(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: ReadmitDto,
  ): Promise<ResidentView> {
    return this.stays.readmit(actor, id, dto);
  }

  @Post(':id/discharge')
  @Roles(Role.Admin)
  @Idempotent()
  @ApiOperation({
    summary:
      'Discharge on a legal ground (ND 20/2021 Điều 30): frees the bed, stops schedules, plans follow-ups',
  })
  @ApiCreatedResponse({
    description: 'The discharge and its follow-up visits',
    type: DischargeResultView,
  })
  @ApiConflictResponse({ description: 'Not active/on leave; age rule' })
  discharge(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: DischargeDto,
  ): Promise<DischargeResultView> {
    return this.stays.discharge(actor, id, dto);
  }
}
