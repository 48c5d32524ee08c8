import { Body, Controller, Get, Patch, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/access.decorators';
import { CurrentStaff } from '../../auth/actor';
import { WritableFields } from '../../auth/field-rights.guard';
import type { FacilityActor } from '../../identity/actor';
import { STAFF_ROLES } from '../../identity/role';
import { ApiIfMatch, IfMatchVersion } from '../../common/http/if-match.decorator';
import { Page } from '../../common/http/pagination';
import { UuidParam } from '../../common/http/uuid-param';
import { ApiPage } from '../../common/http/bounded-list.decorator';
import { ResidentQuery } from './resident-query.dto';
import { ResidentSummaryView, ResidentView } from './resident.view';
import { UpdateResidentDto } from './update-resident.dto';
import { ResidentsService } from './residents.service';

/** The register: the list, one resident, corrections (admission, discharge: src/stays). */
@ApiTags('residents')
@Controller('residents')
export class ResidentsController {
  constructor(private readonly residents: ResidentsService) {}

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
}
