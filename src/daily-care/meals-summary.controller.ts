import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { MealsSummaryQuery } from './dto/meals-summary.dto';
import { MealsSummary, MealsSummaryService } from './meals-summary.service';

/** The month's meals: served, refused, and who refuses many. */
@ApiTags('daily care')
@Controller()
export class MealsSummaryController {
  constructor(private readonly meals: MealsSummaryService) {}

  @Get('meals-summary')
  @Roles(Role.Nurse, Role.Admin)
  @ApiOperation({ summary: 'Meals served and refused in a month; residents refusing many meals' })
  summary(
    @CurrentStaff() actor: FacilityActor,
    @Query() query: MealsSummaryQuery,
  ): Promise<MealsSummary> {
    return this.meals.summary(actor, query);
  }
}
