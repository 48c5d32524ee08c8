import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { UuidParam } from '../common/http/uuid-param';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { AmendHealthCheckDto, CreateHealthCheckDto } from './dto/health-check.dto';
import { HealthChecksService } from './health-checks.service';
import { HealthCheckResultView } from './dto/health-check-result.view';
import { HealthCheckView } from './dto/health-check.view';
import { HEALTH_ROLES } from './health.roles';

/** A resident's health checks and their amendments. */
@ApiTags('health')
@Controller()
export class HealthChecksController {
  constructor(private readonly checks: HealthChecksService) {}

  @Get('residents/:id/health-checks')
  @Roles(...HEALTH_ROLES)
  @ApiOperation({ summary: "A resident's health checks" })
  @ApiOkResponse({ type: [HealthCheckView] })
  list(@CurrentStaff() actor: FacilityActor, @UuidParam() id: string): Promise<HealthCheckView[]> {
    return this.checks.list(actor, id);
  }

  @Post('residents/:id/health-checks')
  @Roles(Role.Nurse)
  @Idempotent()
  @ApiOperation({
    summary: 'Record an exam; the matching schedule advances in the same transaction',
  })
  create(
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
  amend(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: AmendHealthCheckDto,
  ): Promise<HealthCheckView> {
    return this.checks.amend(actor, id, dto);
  }
}
