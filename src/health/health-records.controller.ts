import { ApiPage } from '../common/http/bounded-list.decorator';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { Page } from '../common/http/pagination';
import { WorklistQuery } from './dto/schedule.dto';
import { WorklistItem, WorklistService } from './worklist.service';
import { HEALTH_ROLES } from './health.roles';

/**
 * The health worklist of the facility. The class keeps its name: the web client names the
 * operation `HealthRecordsController_worklistOf`.
 */
@ApiTags('health')
@Controller()
export class HealthRecordsController {
  constructor(private readonly worklist: WorklistService) {}

  @Get('health-worklist')
  @Roles(...HEALTH_ROLES)
  @ApiOperation({ summary: 'Overdue / due / upcoming health tasks, most overdue first' })
  @ApiPage(WorklistItem)
  worklistOf(
    @CurrentStaff() actor: FacilityActor,
    @Query() query: WorklistQuery,
  ): Promise<Page<WorklistItem>> {
    return this.worklist.list(actor, query);
  }
}
