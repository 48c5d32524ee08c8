import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Post,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/access.decorators';
import { CurrentActor, CurrentStaff } from '../auth/actor';
import type { Actor, FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { Page } from '../common/http/pagination';
import { UuidParam } from '../common/http/uuid-param';
import { ApiFileResponse, ApiPage } from '../common/http/bounded-list.decorator';
import { ReportView } from './report.view';
import { MonthlyReportDto, PeriodicReportDto, ReportQuery } from './dto/report.dto';
import { ReportsService } from './reports.service';

/** The monthly and periodic reports: generate, list, read, the archived PDF, finalise. */
@ApiTags('reports')
@Controller()
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post('reports/monthly')
  @ApiConflictResponse({
    description:
      'The census does not add up (start + admitted − left ≠ end): check the stay history',
  })
  @Roles(Role.Admin)
  @ApiOperation({
    summary:
      'Generate and archive the monthly report (PDF in Vietnamese); again for the same month needs a reason',
  })
  @ApiCreatedResponse({
    description: 'The report record (GET /reports/:id/pdf for the bytes)',
    type: ReportView,
  })
  monthly(
    @CurrentStaff() actor: FacilityActor,
    @Body() dto: MonthlyReportDto,
  ): Promise<ReportView> {
    return this.reports.generateMonthly(actor, dto);
  }

  @Post('reports/periodic')
  @ApiConflictResponse({
    description:
      'The census does not add up (start + admitted − left ≠ end): check the stay history',
  })
  @Roles(Role.Admin)
  @ApiOperation({
    summary:
      'Six-monthly (YYYY-H1, due 15/6) or annual (YYYY, due 15/12) report, ND 103/2017 Điều 51',
  })
  @ApiCreatedResponse({ description: 'The report record', type: ReportView })
  periodic(
    @CurrentStaff() actor: FacilityActor,
    @Body() dto: PeriodicReportDto,
  ): Promise<ReportView> {
    return this.reports.generatePeriodic(actor, dto);
  }

  @Get('reports')
  @Roles(Role.Admin, Role.Officer)
  @ApiOperation({
    summary: 'Admin: the facility’s reports; officer: final reports of the province',
  })
  @ApiPage(ReportView)
  list(@CurrentActor() actor: Actor, @Query() query: ReportQuery): Promise<Page<ReportView>> {
    return this.reports.list(actor, query);
  }

  @Get('reports/:id')
  @Roles(Role.Admin, Role.Officer)
  @ApiOperation({ summary: 'One archived report record' })
  @ApiOkResponse({ type: ReportView })
  get(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<ReportView> {
    return this.reports.get(actor, id);
  }

  @Get('reports/:id/pdf')
  @Roles(Role.Admin, Role.Officer)
  @ApiOperation({ summary: 'The archived PDF of a report, bytes unchanged since generation' })
  @ApiFileResponse('application/pdf', 'The PDF bytes, unchanged since generation', {
    'X-Content-SHA256': {
      description: 'SHA-256 of the bytes, recorded when the report was generated (hex)',
      required: true,
      schema: { type: 'string', pattern: '^[0-9a-f]{64}$', maxLength: 64 },
    },
  })
  async pdf(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.reports.pdf(actor, id);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    res.setHeader('X-Content-SHA256', file.sha256);
    return new StreamableFile(file.bytes);
  }

  @Post('reports/:id/finalise')
  @ApiConflictResponse({
    description: 'The report is already final, or a newer version of it exists',
  })
  @Roles(Role.Admin)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Finalise (chốt) the latest version; officers then see it' })
  finalise(@CurrentStaff() actor: FacilityActor, @UuidParam() id: string): Promise<ReportView> {
    return this.reports.finalise(actor, id);
  }
}
