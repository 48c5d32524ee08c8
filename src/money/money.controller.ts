import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { BaseLevelService, CreateBaseLevelDto } from './base-level.service';
import { BaseLevelView } from './base-level.view';

@ApiTags('facilities')
@Controller('facilities/current/base-levels')
export class MoneyController {
  constructor(private readonly levels: BaseLevelService) {}

  @Get()
  @Roles(Role.Admin)
  @ApiOperation({
    summary: 'Social-assistance base levels: national and the province’s own, with effective dates',
  })
  list(@CurrentStaff() actor: FacilityActor): Promise<BaseLevelView[]> {
    return this.levels.list(actor);
  }

  @Post()
  @Roles(Role.Admin)
  @Idempotent()
  @ApiOperation({ summary: 'Record a higher base level set by the province, from a date' })
  create(
    @CurrentStaff() actor: FacilityActor,
    @Body() dto: CreateBaseLevelDto,
  ): Promise<BaseLevelView> {
    return this.levels.create(actor, dto);
  }
}
