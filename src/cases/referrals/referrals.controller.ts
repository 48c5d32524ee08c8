import { ApiPage } from '../../common/http/bounded-list.decorator';
import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../../auth/access.decorators';
import { CurrentStaff } from '../../auth/actor';
import type { FacilityActor } from '../../identity/actor';
import { ApiIfMatch, IfMatchVersion } from '../../common/http/if-match.decorator';
import { Page, PageQuery } from '../../common/http/pagination';
import { UuidParam } from '../../common/http/uuid-param';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { CreateReferralDto, UpdateReferralDto } from './referral.dto';
import { ReferralsService } from './referrals.service';
import { WritableFields } from '../../auth/field-rights.guard';
import { ReferralView } from './referral.view';
import { CASE_ROLES } from '../cases.roles';

/** Referrals to other services, with consent. */
@ApiTags('cases')
@Controller()
export class ReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  @Get('residents/:id/referrals')
  @Roles(...CASE_ROLES)
  @ApiOperation({ summary: "A resident's referrals to other services" })
  @ApiPage(ReferralView)
  listReferrals(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Query() page: PageQuery,
  ): Promise<Page<ReferralView>> {
    return this.referrals.list(actor, id, page);
  }

  @Post('residents/:id/referrals')
  @Roles(...CASE_ROLES)
  @Idempotent()
  @ApiOperation({
    summary:
      'Refer to another service; sharing personal data needs consent or the admin’s override (409)',
  })
  @ApiCreatedResponse({ type: ReferralView })
  @ApiConflictResponse({ description: 'Shares personal data without consent or override' })
  createReferral(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateReferralDto,
  ): Promise<ReferralView> {
    return this.referrals.create(actor, id, dto);
  }

  @Patch('referrals/:id')
  @Roles(...CASE_ROLES)
  @WritableFields('referral')
  @ApiOperation({ summary: 'Record the outcome of a referral, or correct its contact phone' })
  @ApiIfMatch()
  @ApiOkResponse({ type: ReferralView })
  updateReferral(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateReferralDto,
  ): Promise<ReferralView> {
    return this.referrals.update(actor, id, version, dto);
  }
}
