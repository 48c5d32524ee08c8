import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { HolidayOverride } from './holiday-override.entity';
import { HolidayCalendar, holidayCalendar } from './working-days';

@Injectable()
export class CalendarService {
  /** The working-day calendar with the override table as it is now (a few dozen rows). */
  async calendar(manager: EntityManager): Promise<HolidayCalendar> {
    const overrides = await manager.find(HolidayOverride);
    return holidayCalendar(overrides);
  }
}
