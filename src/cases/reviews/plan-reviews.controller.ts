import { ApiPage } from '../../common/http/bounded-list.decorator';
import { PlanReviewResultView } from './plan-review-result.view';
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/access.decorators';
import { CurrentStaff } from '../../auth/actor';
import type { FacilityActor } from '../../identity/actor';
import { Page, PageQuery } from '../../common/http/pagination';
import { UuidParam } from '../../common/http/uuid-param';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { CreateReviewDto } from '../plans/plan.dto';
import { PlanReviewView } from './plan-review.view';
import { PlanReviewsService } from './plan-reviews.service';
import { CASE_ROLES } from '../cases.roles';

/** Reviews of an intervention plan (step 4), which may revise it. */
@ApiTags('cases')
@Controller()
export class PlanReviewsController {
  constructor(private readonly reviews: PlanReviewsService) {}

  @Get('case-plans/:id/reviews')
  @Roles(...CASE_ROLES)
  @ApiOperation({ summary: 'Reviews of an intervention plan' })
  @ApiPage(PlanReviewView)
  listReviews(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Query() page: PageQuery,
  ): Promise<Page<PlanReviewView>> {
    return this.reviews.list(actor, id, page);
  }

  @Post('case-plans/:id/reviews')
  @ApiConflictResponse({
    description:
      'The plan is not the approved one in force, a revision awaits approval, or the case is closed',
  })
  @Roles(...CASE_ROLES)
  @Idempotent()
  @ApiOperation({
    summary: 'Review the plan in force: the status of each goal; optionally a revision',
  })
  @ApiCreatedResponse({ type: PlanReviewResultView })
  review(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateReviewDto,
  ): Promise<PlanReviewResultView> {
    return this.reviews.review(actor, id, dto);
  }
}
