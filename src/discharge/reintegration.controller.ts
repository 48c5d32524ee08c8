import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { ApiIfMatch, IfMatchVersion } from '../common/http/if-match.decorator';
import { UuidParam } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { CreateStepDto, UpdateStepDto } from './dto/discharge.dto';
import { ReintegrationService } from './reintegration.service';
import { WritableFields } from '../auth/field-rights.guard';
import { ReintegrationStepView } from './dto/reintegration-step.view';
import { DISCHARGE_ROLES } from './discharge.roles';

/** A resident's reintegration steps (tái hòa nhập cộng đồng). */
@ApiTags('discharge')
@Controller()
export class ReintegrationController {
  constructor(private readonly reintegration: ReintegrationService) {}

  @Get('residents/:id/reintegration-steps')
  @Roles(...DISCHARGE_ROLES)
  @ApiOperation({ summary: "A resident's reintegration steps" })
  @ApiOkResponse({ type: [ReintegrationStepView] })
  list(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
  ): Promise<ReintegrationStepView[]> {
    return this.reintegration.list(actor, id);
  }

  @Post('residents/:id/reintegration-steps')
  @Roles(...DISCHARGE_ROLES)
  @ApiOperation({ summary: 'Add a reintegration step' })
  @Idempotent()
  @ApiCreatedResponse({ type: ReintegrationStepView })
  create(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateStepDto,
  ): Promise<ReintegrationStepView> {
    return this.reintegration.create(actor, id, dto);
  }

  @Patch('reintegration-steps/:id')
  @Roles(...DISCHARGE_ROLES)
  @WritableFields('reintegrationStep')
  @ApiOperation({ summary: 'Change a reintegration step' })
  @ApiIfMatch()
  @ApiOkResponse({ type: ReintegrationStepView })
  update(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateStepDto,
  ): Promise<ReintegrationStepView> {
    return this.reintegration.update(actor, id, version, dto);
  }
}
