import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/access.decorators';
import { CurrentStaff } from '../../auth/actor';
import type { FacilityActor } from '../../identity/actor';
import { WritableFields } from '../../auth/field-rights.guard';
import { Role } from '../../identity/role';
import { ApiIfMatch, IfMatchVersion } from '../../common/http/if-match.decorator';
import { Page } from '../../common/http/pagination';
import { ApiPage } from '../../common/http/bounded-list.decorator';
import {
  OutgoingDocumentView,
  RegisterQuery,
  RegisterSettingsView,
  UpdateRegisterSettingsDto,
} from './document-register.dto';
import { DocumentRegisterService } from './document-register.service';

@ApiTags('reports')
@Controller('document-register')
export class DocumentRegisterController {
  constructor(private readonly register: DocumentRegisterService) {}

  @Get()
  @Roles(Role.Admin)
  @ApiOperation({
    summary:
      'The outgoing-document register (ND 30/2020): numbers sequential within the year, given when a report is finalised',
  })
  @ApiPage(OutgoingDocumentView)
  list(
    @CurrentStaff() actor: FacilityActor,
    @Query() query: RegisterQuery,
  ): Promise<Page<OutgoingDocumentView>> {
    return this.register.list(actor, query);
  }

  @Get('settings')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'The symbol after the number of the facility’s reports' })
  @ApiOkResponse({ type: RegisterSettingsView })
  settings(@CurrentStaff() actor: FacilityActor): Promise<RegisterSettingsView> {
    return this.register.settings(actor);
  }

  @Put('settings')
  @Roles(Role.Admin)
  @WritableFields('documentRegister')
  @ApiIfMatch()
  @ApiOperation({
    summary:
      'Set the symbol ("BC-TTBTXH-HY"); If-Match "0" the first time; issued numbers keep theirs',
  })
  @ApiOkResponse({ type: RegisterSettingsView })
  updateSettings(
    @CurrentStaff() actor: FacilityActor,
    @IfMatchVersion() version: number,
    @Body() dto: UpdateRegisterSettingsDto,
  ): Promise<RegisterSettingsView> {
    return this.register.updateSettings(actor, version, dto);
  }
}
