import { Global, Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { CalendarController } from './holidays.controller';
import { CalendarService } from './holidays.service';
import { HolidayDecisionJob } from './holiday-decision.job';

@Global()
@Module({
  imports: [JobsModule],
  controllers: [CalendarController],
  providers: [CalendarService, HolidayDecisionJob],
  exports: [CalendarService],
})
export class CalendarModule {}
