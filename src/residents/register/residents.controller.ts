import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/access.decorators';
import { CurrentStaff } from '../../auth/actor';
import type { FacilityActor } from '../../identity/actor';
import { Role, STAFF_ROLES } from '../../identity/role';
import { ApiIfMatch, IfMatchVersion } from '../../common/http/if-match.decorator';
import { Page } from '../../common/http/pagination';
import { UuidParam } from '../../common/http/uuid-param';
import { ApiBoundedList, ApiPage } from '../../common/http/bounded-list.decorator';
import { CheckDuplicatesDto } from '../duplicates/check-duplicates.dto';
import { DuplicateCandidateView } from '../duplicates/duplicate-candidate.view';
import { DUPLICATE_CANDIDATES } from '../duplicates/duplicates.queries';
import { DuplicatesService } from '../duplicates/duplicates.service';
import { ResidentQuery } from './resident-query.dto';
import { AdmissionView, ResidentSummaryView, ResidentView } from './resident.view';
import { StatusChangeDto, UpdateAdmissionDto, UpdateResidentDto } from './update-resident.dto';
import { AdmissionPapersService } from '../admission/admission-papers.service';
import { ResidentsService } from './residents.service';
import { StatusChangesService } from './status-changes.service';
import { WritableFields } from '../../auth/field-rights.guard';

const INTAKE_ROLES = [Role.Admin, Role.SocialWorker];

@ApiTags('residents')
@Controller('residents')
export class ResidentsController {
  constructor(
    private readonly residents: ResidentsService,
    private readonly papers: AdmissionPapersService,
    private readonly duplicatesService: DuplicatesService,
    private readonly statusChanges: StatusChangesService,
  ) {}

  @Get()
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: 'The register (sổ theo dõi đối tượng); q ignores diacritics and case' })
  @ApiPage(ResidentSummaryView)
  list(
    @CurrentStaff() actor: FacilityActor,
    @Query() query: ResidentQuery,
  ): Promise<Page<ResidentSummaryView>> {
    return this.residents.list(actor, query);
  }

  @Post('check-duplicates')
  @Roles(...INTAKE_ROLES)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Likely duplicates in the whole register, discharged people included' })
  @ApiBoundedList(DuplicateCandidateView, DUPLICATE_CANDIDATES)
  checkDuplicates(
    @CurrentStaff() actor: FacilityActor,
    @Body() dto: CheckDuplicatesDto,
  ): Promise<DuplicateCandidateView[]> {
    return this.duplicatesService.check(actor, dto);
  }

  @Get(':id')
  @Roles(...STAFF_ROLES)
  @ApiOperation({
    summary:
      'One resident; `sensitive` only for admin, nurse, social_worker (and the read is audited)',
  })
  @ApiOkResponse({ type: ResidentView })
  get(@CurrentStaff() actor: FacilityActor, @UuidParam() id: string): Promise<ResidentView> {
    return this.residents.get(actor, id);
  }

  @Patch(':id')
  @ApiConflictResponse({
    description: 'The personal ID belongs to another person of the register (in `duplicates`)',
  })
  @Roles(...STAFF_ROLES)
  @WritableFields('resident')
  @ApiIfMatch()
  @ApiOperation({
    summary: 'Correct or complete the record; `sensitive` needs admin, nurse or social_worker',
  })
  @ApiOkResponse({ type: ResidentView })
  update(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateResidentDto,
  ): Promise<ResidentView> {
    return this.residents.update(actor, id, version, dto);
  }

  @Patch(':id/admission')
  @ApiConflictResponse({ description: 'The resident is not in care (no current admission)' })
  @Roles(...INTAKE_ROLES)
  @WritableFields('admission')
  @ApiIfMatch()
  @ApiOperation({
    summary:
      "Complete the current admission's papers: the decision (number, date) of an emergency intake, documents that arrived; closes the dossier alert once the decision is on record",
  })
  @ApiOkResponse({ type: AdmissionView })
  async updateAdmission(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateAdmissionDto,
  ): Promise<AdmissionView> {
    await this.papers.update(actor, id, version, dto);
    const { admission } = await this.residents.get(actor, id);
    if (!admission) throw new Error('The admission just updated is gone');
    return admission;
  }

  @Get(':id/duplicates')
  @Roles(...INTAKE_ROLES)
  @ApiOperation({ summary: 'Likely duplicates of this resident, discharged people included' })
  @ApiBoundedList(DuplicateCandidateView, DUPLICATE_CANDIDATES)
  duplicates(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
  ): Promise<DuplicateCandidateView[]> {
    return this.duplicatesService.of(actor, id);
  }

  @Post(':id/status-changes')
  @Roles(...INTAKE_ROLES)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Leave, return from leave, transfer out (discharge has its own route)' })
  @ApiOkResponse({ type: ResidentView })
  @ApiConflictResponse({ description: 'The move is impossible from the current status' })
  changeStatus(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @Body() dto: StatusChangeDto,
  ): Promise<ResidentView> {
    return this.statusChanges.changeStatus(actor, id, dto);
  }
}
