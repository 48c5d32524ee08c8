import { Controller, Get, Header, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/access.decorators';
import { Role } from '../../identity/role';
import { ApiFileResponse } from '../../common/http/bounded-list.decorator';
import { templateCsv, templateXlsx } from './import-parser';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The import's templates; the import itself is AdmissionsController's POST /residents/import. */
@ApiTags('residents')
@Controller('residents/import')
export class ImportController {
  @Get('template.xlsx')
  @Roles(Role.Admin)
  @Header('Content-Type', XLSX)
  @Header('Content-Disposition', 'attachment; filename="mai-am-mau-nhap-doi-tuong.xlsx"')
  @ApiOperation({ summary: 'The import template with the column layout and an example row' })
  @ApiFileResponse(XLSX, 'The header row and an example row')
  async templateXlsx(): Promise<StreamableFile> {
    return new StreamableFile(await templateXlsx());
  }

  @Get('template.csv')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'The CSV template for the bulk import' })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="mai-am-mau-nhap-doi-tuong.csv"')
  @ApiFileResponse('text/csv', 'The header row and an example row, UTF-8 with BOM')
  templateCsv(): string {
    return templateCsv();
  }
}
