import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { CARE_STAFF } from './daily-care.roles';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import {
  IdempotencyClaim,
  IdempotencyClaimOf,
  Replayed,
} from '../common/idempotency/idempotency-claim';
import { RoundBatchDto, RoundQuery } from './dto/daily-record.dto';
import { RoundService } from './round.service';
import type { RoundSaved, RoundView } from './round.view';

/** The caretaker's round: every present resident with the shift's records, saved in one batch. */
@ApiTags('daily care')
@Controller()
export class RoundController {
  constructor(private readonly round: RoundService) {}

  @Get('daily-records')
  @ApiNotFoundResponse({ description: 'The `room` is not a room of your facility' })
  @Roles(...CARE_STAFF)
  @ApiOperation({
    summary: 'The round: every active resident (of a room) with the day’s records, gaps and diet',
  })
  view(@CurrentStaff() actor: FacilityActor, @Query() query: RoundQuery): Promise<RoundView> {
    return this.round.view(actor, query);
  }

  @Post('daily-records/batch')
  @ApiConflictResponse({
    description:
      'Every refused row is a resident not present or a shift already recorded; nothing saved',
  })
  @Roles(...CARE_STAFF)
  @Idempotent({ inTransaction: true })
  @ApiOperation({ summary: 'Save a whole round in one transaction: every row or none' })
  save(
    @CurrentStaff() actor: FacilityActor,
    @Body() dto: RoundBatchDto,
    @IdempotencyClaimOf() claim: IdempotencyClaim | null,
  ): Promise<RoundSaved | Replayed> {
    return this.round.save(actor, dto, claim);
  }
}
