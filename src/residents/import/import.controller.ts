import {
  Controller,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { Roles } from '../../auth/access.decorators';
import { CurrentStaff, FacilityActor } from '../../auth/actor';
import { Role } from '../../auth/role';
import { ApiFileResponse } from '../../openapi/bounded-list.decorator';
import { templateCsv, templateXlsx } from './import-parser';
import { ImportResultView } from './import-result.view';
import { ImportResult, ImportService } from './import.service';

export class ImportQuery {
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean()
  dryRun?: boolean;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The largest register file accepted (a larger upload is refused before it is read). */
const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

@ApiTags('residents')
@Controller('residents/import')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @Post()
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
    return this.imports.import(actor, file, query.dryRun ?? false);
  }

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
