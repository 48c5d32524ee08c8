import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { WritableFields } from '../auth/field-rights.guard';
import { IF_MATCH_SCHEMA, OptionalIfMatchVersion } from '../common/http/if-match.decorator';
import { Role } from '../identity/role';
import { PutRotaDto, RotaView, WeekQuery } from './dto/staffing.dto';
import { RotaService } from './rota.service';

const STAFF = [Role.Admin, Role.SocialWorker, Role.Nurse, Role.Caretaker];

/** The week's rota (staff assignments per shift). */
@ApiTags('staffing')
@Controller()
export class RotaController {
  constructor(private readonly rota: RotaService) {}

  @Get('staff-assignments')
  @Roles(...STAFF)
  @ApiOperation({
    summary: "A week's rota: the admin reads all of it, everyone else their own shifts",
  })
  @ApiOkResponse({ type: RotaView })
  week(@CurrentStaff() actor: FacilityActor, @Query() query: WeekQuery): Promise<RotaView> {
    return this.rota.get(actor, query.week);
  }

  @Put('staff-assignments')
  @Roles(Role.Admin)
  @WritableFields('rota')
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The version read; absent or "0" for a week without a rota',
    schema: IF_MATCH_SCHEMA,
  })
  @ApiOperation({ summary: "Write a week's rota at once (replaces the week's assignments)" })
  @ApiOkResponse({ type: RotaView })
  putWeek(
    @CurrentStaff() actor: FacilityActor,
    @Query() query: WeekQuery,
    @OptionalIfMatchVersion() version: number | undefined,
    @Body() dto: PutRotaDto,
  ): Promise<RotaView> {
    return this.rota.put(actor, query.week, version, dto);
  }
}
