import { Controller, Get, HttpCode, HttpStatus, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { MonthQuery } from './dto/discharge.dto';
import { MonthMovements, MovementsService } from './movements.service';

/** The month's movements: admissions, discharges, transfers, deaths. */
@ApiTags('discharge')
@Controller()
export class MovementsController {
  constructor(private readonly movements: MovementsService) {}

  @Get('movements')
  @Roles(Role.Admin)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary:
      'Admissions, discharges by ground, deaths, transfers and census of a month, from the stay history',
  })
  @ApiOkResponse({ type: MonthMovements })
  ofMonth(
    @CurrentStaff() actor: FacilityActor,
    @Query() query: MonthQuery,
  ): Promise<MonthMovements> {
    return this.movements.ofMonth(actor, query.month);
  }
}
