import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { UuidParam } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { CreateVaccinationDto } from './dto/health-check.dto';
import { VaccinationsService } from './vaccinations.service';
import { VaccinationView } from './dto/vaccination.view';
import { HEALTH_ROLES } from './health.roles';

/** A resident's vaccinations (doses given). */
@ApiTags('health')
@Controller()
export class VaccinationsController {
  constructor(private readonly vaccinations: VaccinationsService) {}

  @Get('residents/:id/vaccinations')
  @Roles(...HEALTH_ROLES)
  @ApiOperation({ summary: "A resident's vaccinations" })
  @ApiOkResponse({ type: [VaccinationView] })
  list(@CurrentStaff() actor: FacilityActor, @UuidParam() id: string): Promise<VaccinationView[]> {
    return this.vaccinations.list(actor, id);
  }

  @Post('residents/:id/vaccinations')
  @Roles(Role.Nurse)
  @Idempotent()
  @ApiOperation({
    summary: 'Record a dose; closes the planned dose. Duplicate or out-of-order: 409',
  })
  @ApiCreatedResponse({ type: VaccinationView })
  create(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateVaccinationDto,
  ): Promise<VaccinationView> {
    return this.vaccinations.create(actor, id, dto);
  }
}
