import { Body, Controller, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../../auth/access.decorators';
import { CurrentStaff } from '../../auth/actor';
import { WritableFields } from '../../auth/field-rights.guard';
import type { FacilityActor } from '../../identity/actor';
import { ApiIfMatch, IfMatchVersion } from '../../common/http/if-match.decorator';
import { UuidParam } from '../../common/http/uuid-param';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { SCHOOLING_ROLES } from '../schooling.roles';
import { CreateResultDto, UpdateResultDto } from './result.dto';
import { SchoolResultView } from './school-result.view';
import { ResultsService } from './results.service';

/** Term results, which hang under an enrolment: recorded on it, corrected by their own id. */
@ApiTags('schooling')
@Controller()
export class ResultsController {
  constructor(private readonly results: ResultsService) {}

  @Post('enrollments/:id/results')
  @Roles(...SCHOOLING_ROLES)
  @Idempotent()
  @ApiOperation({
    summary:
      'Record a term result (HK1, HK2, year) on the scale of the level: primary `rating` (TT 27/2020), ' +
      'secondary `learningRating` + `conductRating` (TT 22/2021). The whole-year result answers ' +
      '`promotion` (promoted | repeat | re_exam). Labels: GET /reference/schooling',
  })
  @ApiCreatedResponse({ type: SchoolResultView })
  @ApiConflictResponse({
    description:
      'The term already has a result (existingResultId: correct it with PATCH); a not_enrolled or voided enrolment',
  })
  create(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: CreateResultDto,
  ): Promise<SchoolResultView> {
    return this.results.create(actor, id, dto);
  }

  @Patch('results/:id')
  @Roles(...SCHOOLING_ROLES)
  @WritableFields('termResult')
  @ApiIfMatch()
  @ApiOperation({
    summary: 'Correct a term result (e.g. after a re-examination); the promotion is recomputed',
  })
  @ApiOkResponse({ type: SchoolResultView })
  update(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateResultDto,
  ): Promise<SchoolResultView> {
    return this.results.update(actor, id, version, dto);
  }
}
