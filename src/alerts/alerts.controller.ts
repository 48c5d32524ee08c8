import { ApiPage } from '../openapi/bounded-list.decorator';
import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff, FacilityActor } from '../auth/actor';
import { STAFF_ROLES } from '../auth/role';
import { Page } from '../common/http/pagination';
import { UuidParam } from '../common/http/uuid-param';
import { AcknowledgeDto, AlertQuery } from './alert.dto';
import { Alert } from './alert.entity';
import { AlertsService } from './alerts.service';

@ApiTags('alerts')
@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @Roles(...STAFF_ROLES)
  @ApiOperation({
    summary: 'Alerts of the kinds the caller’s role handles (default: open), newest first',
  })
  @ApiPage(Alert)
  list(@CurrentStaff() actor: FacilityActor, @Query() query: AlertQuery): Promise<Page<Alert>> {
    return this.alerts.list(actor, query);
  }

  @Post(':id/acknowledge')
  @ApiConflictResponse({ description: 'The alert is not open' })
  @Roles(...STAFF_ROLES)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Acknowledge with a note (who and when are recorded)' })
  acknowledge(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: AcknowledgeDto,
  ): Promise<Alert> {
    return this.alerts.acknowledge(actor, id, dto.note);
  }
}
