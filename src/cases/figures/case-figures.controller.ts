import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/access.decorators';
import { CurrentStaff } from '../../auth/actor';
import type { FacilityActor } from '../../identity/actor';
import { Role } from '../../identity/role';
import { CaseFigures, CaseFiguresService } from './case-figures.service';
import { MonthQuery } from '../case-file/case.dto';

/** A month's case-management figures (the admin's). */
@ApiTags('cases')
@Controller()
export class CaseFiguresController {
  constructor(private readonly figures: CaseFiguresService) {}

  @Get('cases/figures')
  // The social worker runs the cases: the month's counts are theirs too (no HIV in them).
  @Roles(Role.Admin, Role.SocialWorker)
  @ApiOperation({ summary: 'Counselling, case, assessment, plan and referral figures of a month' })
  @ApiOkResponse({ type: CaseFigures })
  monthFigures(
    @CurrentStaff() actor: FacilityActor,
    @Query() query: MonthQuery,
  ): Promise<CaseFigures> {
    return this.figures.ofMonth(actor, query.month);
  }
}
