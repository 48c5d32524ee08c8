import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/access.decorators';
import { CurrentStaff } from '../../auth/actor';
import type { FacilityActor } from '../../identity/actor';
import { ApiBoundedList } from '../../common/http/bounded-list.decorator';
import { UuidParam } from '../../common/http/uuid-param';
import { INTAKE_ROLES } from '../residents.roles';
import { CheckDuplicatesDto } from './check-duplicates.dto';
import { DuplicateCandidateView } from './duplicate-candidate.view';
import { DUPLICATE_CANDIDATES } from './duplicates.queries';
import { DuplicatesService } from './duplicates.service';

/** Likely duplicates in the register: before an admission, and of a resident already in it. */
@ApiTags('residents')
@Controller('residents')
export class DuplicatesController {
  constructor(private readonly duplicates: DuplicatesService) {}

  @Post('check-duplicates')
  @Roles(...INTAKE_ROLES)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Likely duplicates in the whole register, discharged people included' })
  @ApiBoundedList(DuplicateCandidateView, DUPLICATE_CANDIDATES)
  check(
    @CurrentStaff() actor: FacilityActor,
    @Body() dto: CheckDuplicatesDto,
  ): Promise<DuplicateCandidateView[]> {
    return this.duplicates.check(actor, dto);
  }

  @Get(':id/duplicates')
  @Roles(...INTAKE_ROLES)
  @ApiOperation({ summary: 'Likely duplicates of this resident, discharged people included' })
  @ApiBoundedList(DuplicateCandidateView, DUPLICATE_CANDIDATES)
  ofResident(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
  ): Promise<DuplicateCandidateView[]> {
    return this.duplicates.of(actor, id);
  }
}
