import { Global, Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { HolidayDecisionJob } from './holiday-decision.job';

@Global()
@Module({
  imports: [JobsModule],
  controllers: [CalendarController],
  providers: [CalendarService, HolidayDecisionJob],
  exports: [CalendarService],
})
export class CalendarModule {}
