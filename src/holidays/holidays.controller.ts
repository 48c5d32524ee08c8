import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { CurrentStaff } from '../auth/actor';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { CalendarService } from './holidays.service';
import { HolidayYearQuery, RecordHolidayDecisionDto } from './holiday.dto';
import { HolidayYearView } from './holiday.view';

@ApiTags('facilities')
@Controller('facilities/current/holidays')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @Roles(Role.Admin)
  @ApiOperation({
    summary:
      'A year’s days off as the working-day deadlines count them: the law’s holidays, substitute days and the recorded decision',
  })
  year(
    @CurrentStaff() actor: FacilityActor,
    @Query() query: HolidayYearQuery,
  ): Promise<HolidayYearView> {
    return this.calendar.year(actor, query.year);
  }

  @Post()
  @Roles(Role.Admin)
  @Idempotent()
  @ApiOperation({
    summary:
      'Record (or replace) the year’s holiday decision: days added off, weekend days worked, the 2/9 companion day',
  })
  record(
    @CurrentStaff() actor: FacilityActor,
    @Body() dto: RecordHolidayDecisionDto,
  ): Promise<HolidayYearView> {
    return this.calendar.record(actor, dto);
  }
}
