import { ApiPage } from '../common/http/bounded-list.decorator';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { Page } from '../common/http/pagination';
import { AuditQuery } from './audit.dto';
import { AuditLogView } from './audit-log.view';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Audit trail of the own facility, newest first' })
  @ApiPage(AuditLogView)
  list(
    @CurrentStaff() actor: FacilityActor,
    @Query() query: AuditQuery,
  ): Promise<Page<AuditLogView>> {
    return this.audit.list(actor, query);
  }
}
