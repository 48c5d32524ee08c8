import { Body, Controller, Get, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { Role, STAFF_ROLES } from '../identity/role';
import { IF_MATCH_SCHEMA, OptionalIfMatchVersion } from '../common/http/if-match.decorator';
import { UuidParam } from '../common/http/uuid-param';
import { PutNutritionPlanDto } from './dto/nutrition.dto';
import { NutritionPlansService } from './nutrition-plans.service';
import { WritableFields } from '../auth/field-rights.guard';
import { NutritionPlanView } from './dto/nutrition-plan.view';

/** A resident's nutrition plan: the current one, its replacement, its history. */
@ApiTags('nutrition')
@Controller()
export class NutritionPlansController {
  constructor(private readonly plans: NutritionPlansService) {}

  @Get('residents/:id/nutrition-plan')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'The nutrition plan in force for a resident' })
  @ApiOkResponse({ type: NutritionPlanView })
  current(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
  ): Promise<NutritionPlanView> {
    return this.plans.current(actor, id);
  }

  @Put('residents/:id/nutrition-plan')
  @ApiConflictResponse({
    description: 'The resident is not present (discharged, transferred, dead)',
  })
  @Roles(Role.Nurse, Role.Admin)
  @WritableFields('nutritionPlan')
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The current plan version, e.g. "2"; absent or "0" only for the first plan',
    schema: IF_MATCH_SCHEMA,
  })
  @ApiOperation({ summary: 'Write the next version of the plan; the old one stays in history' })
  @ApiOkResponse({ type: NutritionPlanView })
  put(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @OptionalIfMatchVersion() version: number | undefined,
    @Body() dto: PutNutritionPlanDto,
  ): Promise<NutritionPlanView> {
    return this.plans.put(actor, id, version, dto);
  }

  @Get('residents/:id/nutrition-plan/history')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: "Every version of a resident's nutrition plan" })
  @ApiOkResponse({ type: [NutritionPlanView] })
  history(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
  ): Promise<NutritionPlanView[]> {
    return this.plans.history(actor, id);
  }
}
