import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentActor } from '../auth/actor';
import type { Actor } from '../identity/actor';
import { Role } from '../identity/role';
import { ProvinceSummaryView } from './dto/province-summary.view';
import { ProvinceQuery } from './dto/report.dto';
import { ProvinceService } from './province.service';

/** The province officer's summary of the final monthly reports. */
@ApiTags('reports')
@Controller()
export class ProvinceController {
  constructor(private readonly province: ProvinceService) {}

  @Get('province/summary')
  @Roles(Role.Officer)
  @ApiOperation({
    summary: 'Census and composition per facility of the province, from final monthly reports',
  })
  @ApiOkResponse({ type: ProvinceSummaryView })
  summary(
    @CurrentActor() actor: Actor,
    @Query() query: ProvinceQuery,
  ): Promise<ProvinceSummaryView> {
    return this.province.summary(actor, query.month);
  }
}
