import {
  Body,
  Controller,
  HttpCode,
  HttpStatus,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { AdmitResidentDto } from '../residents/admission/admit-resident.dto';
import { ResidentView } from '../residents/register/resident.view';
import { IMPORT_MAX_BYTES, ImportQuery } from '../residents/import/import-request';
import { ImportResultView } from '../residents/import/import-result.view';
import type { ImportResult } from '../residents/import/import.service';
import { StaysService } from './stays.service';
import { INTAKE_ROLES } from '../residents/residents.roles';

/**
 * Admission and the register import, which begin stays: in residents' paths, here because each
 * runs other modules' work in its transaction (StaysService).
 */
@ApiTags('residents')
@Controller('residents')
export class AdmissionsController {
  constructor(private readonly stays: StaysService) {}

  @Post()
  @Roles(...INTAKE_ROLES)
  @Idempotent()
  @ApiOperation({
    summary:
      'Admit a resident: regular (dossier), emergency (intake, deadlines) or voluntary (contract)',
  })
  @ApiCreatedResponse({ type: ResidentView })
  @ApiConflictResponse({
    description: 'No free bed or room area; or likely duplicates (listed in `duplicates`)',
  })
  admit(
    @CurrentStaff() actor: FacilityActor,
    @Body() dto: AdmitResidentDto,
  ): Promise<ResidentView> {
    return this.stays.admit(actor, dto);
  }

  @Post('import')
  @Roles(Role.Admin)
  @HttpCode(HttpStatus.OK)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: IMPORT_MAX_BYTES, files: 1 } }))
  @ApiOperation({
    summary:
      'Import an existing register (CSV or XLSX): every row valid, or nothing imported. ?dryRun=true only checks',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { file: { type: 'string', format: 'binary', maxLength: IMPORT_MAX_BYTES } },
      required: ['file'],
    },
  })
  @ApiQuery({ name: 'dryRun', required: false, type: Boolean })
  @ApiOkResponse({
    description: 'The residents created (or that would be, in a dry run)',
    type: ImportResultView,
  })
  import(
    @CurrentStaff() actor: FacilityActor,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Query() query: ImportQuery,
  ): Promise<ImportResult> {
    return this.stays.importRegister(actor, file, query.dryRun ?? false);
  }
}
