import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { DashboardFigures } from './dashboard-figures.view';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@Controller()
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('dashboard')
  @Roles(Role.Admin)
  @ApiOperation({
    summary: "Today's census, open alerts by kind and overdue health tasks by kind of the facility",
  })
  @ApiOkResponse({ type: DashboardFigures })
  figures(@CurrentStaff() actor: FacilityActor): Promise<DashboardFigures> {
    return this.dashboard.figures(actor);
  }
}
