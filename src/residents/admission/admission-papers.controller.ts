import { Body, Controller, Patch } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/access.decorators';
import { CurrentStaff } from '../../auth/actor';
import { WritableFields } from '../../auth/field-rights.guard';
import type { FacilityActor } from '../../identity/actor';
import { ApiIfMatch, IfMatchVersion } from '../../common/http/if-match.decorator';
import { UuidParam } from '../../common/http/uuid-param';
import { INTAKE_ROLES } from '../residents.roles';
import { AdmissionView } from '../register/resident.view';
import { AdmissionPapersService } from './admission-papers.service';
import { UpdateAdmissionDto } from './update-admission.dto';

/** The papers of a resident's current admission completed after it. */
@ApiTags('residents')
@Controller('residents')
export class AdmissionPapersController {
  constructor(private readonly papers: AdmissionPapersService) {}

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
  update(
    @CurrentStaff() actor: FacilityActor,
    @UuidParam() id: string,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateAdmissionDto,
  ): Promise<AdmissionView> {
    return this.papers.update(actor, id, version, dto);
  }
}
