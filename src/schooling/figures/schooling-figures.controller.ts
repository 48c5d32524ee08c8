import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/access.decorators';
import { CurrentStaff } from '../../auth/actor';
import type { FacilityActor } from '../../identity/actor';
import { SCHOOLING_ROLES } from '../schooling.roles';
import { FiguresQuery } from './figures.dto';
import { SchoolingFiguresView } from './schooling-figures.view';
import { SchoolingFiguresService } from './schooling-figures.service';

/** The facility's figures of a school year. */
@ApiTags('schooling')
@Controller()
export class SchoolingFiguresController {
  constructor(private readonly figures: SchoolingFiguresService) {}

  @Get('schooling/figures')
  @Roles(...SCHOOLING_ROLES)
  @ApiOperation({
    summary:
      'Facility figures of a school year: students by level and status, dropouts, ratings per term, promotion rate, vocational',
  })
  @ApiOkResponse({ type: SchoolingFiguresView })
  forYear(
    @CurrentStaff() actor: FacilityActor,
    @Query() query: FiguresQuery,
  ): Promise<SchoolingFiguresView> {
    return this.figures.forYear(actor.facilityId, query.year);
  }
}
