import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/access.decorators';
import { CurrentStaff } from '../../auth/actor';
import type { FacilityActor } from '../../identity/actor';
import { UuidParam } from '../../common/http/uuid-param';
import { INTAKE_ROLES } from '../residents.roles';
import { ResidentView } from '../register/resident.view';
import { StatusChangeDto } from './status-change.dto';
import { StatusChangesService } from './status-changes.service';

/** A resident's moves within a stay: leave, return, transfer out. */
@ApiTags('residents')
@Controller('residents')
export class StatusChangesController {
  constructor(private readonly statusChanges: StatusChangesService) {}

  @Post(':id/status-changes')
  @Roles(...INTAKE_ROLES)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Leave, return from leave, transfer out (discharge has its own route)' })
  @ApiOkResponse({ type: ResidentView })
  @ApiConflictResponse({ description: 'The move is impossible from the current status' })
  change(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: StatusChangeDto,
  ): Promise<ResidentView> {
    return this.statusChanges.changeStatus(actor, id, dto);
  }
}
