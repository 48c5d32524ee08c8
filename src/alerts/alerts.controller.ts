import { ApiPage } from '../common/http/bounded-list.decorator';
import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { STAFF_ROLES } from '../identity/role';
import { Page } from '../common/http/pagination';
import { UuidParam } from '../common/http/uuid-param';
import { AcknowledgeDto, AlertQuery } from './alert.dto';
import { AlertsService } from './alerts.service';
import { AlertView } from './alert.view';

@ApiTags('alerts')
@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @Roles(...STAFF_ROLES)
  @ApiOperation({
    summary: 'Alerts of the kinds the caller’s role handles (default: open), newest first',
  })
  @ApiPage(AlertView)
  list(@CurrentStaff() actor: FacilityActor, @Query() query: AlertQuery): Promise<Page<AlertView>> {
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
  ): Promise<AlertView> {
    return this.alerts.acknowledge(actor, id, dto.note);
  }
}
