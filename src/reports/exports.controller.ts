import { Controller, Get, Header, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { ApiFileResponse } from '../common/http/bounded-list.decorator';
import { ExportsService } from './exports.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The register exported as CSV or XLSX (no sensitive facts). */
@ApiTags('reports')
@Controller()
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('exports/residents.csv')
  @Roles(Role.Admin)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="so-theo-doi-doi-tuong.csv"')
  @ApiOperation({
    summary: 'The register as CSV (UTF-8 with BOM, Vietnamese headers); no sensitive facts',
  })
  @ApiFileResponse('text/csv', 'One row per resident of the facility')
  residentsCsv(@CurrentStaff() actor: FacilityActor): Promise<string> {
    return this.exports.residentsCsv(actor);
  }

  @Get('exports/residents.xlsx')
  @Roles(Role.Admin)
  @Header('Content-Type', XLSX)
  @Header('Content-Disposition', 'attachment; filename="so-theo-doi-doi-tuong.xlsx"')
  @ApiOperation({ summary: 'The register as XLSX (dates as dates); no sensitive facts' })
  @ApiFileResponse(XLSX, 'One row per resident of the facility')
  async residentsXlsx(@CurrentStaff() actor: FacilityActor): Promise<StreamableFile> {
    return new StreamableFile(await this.exports.residentsXlsx(actor));
  }
}
