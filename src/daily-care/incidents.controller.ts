import { Body, Controller, Get, Post } from '@nestjs/common';
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
import { Role } from '../identity/role';
import { CARE_STAFF } from './daily-care.roles';
import { UuidParam } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { CreateIncidentDto } from './dto/incident.dto';
import { IncidentView } from './incident.view';
import { IncidentsService } from './incidents.service';

/** A resident's incidents. */
@ApiTags('daily care')
@Controller()
export class IncidentsController {
  constructor(private readonly incidents: IncidentsService) {}

  @Get('residents/:id/incidents')
  @Roles(...CARE_STAFF, Role.SocialWorker)
  @ApiOperation({ summary: "A resident's incidents" })
  @ApiOkResponse({ type: [IncidentView] })
  list(@CurrentStaff() actor: FacilityActor, @UuidParam() id: string): Promise<IncidentView[]> {
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
  create(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateIncidentDto,
  ): Promise<IncidentView> {
    return this.incidents.create(actor, id, dto);
  }
}
