import { Module } from '@nestjs/common';
import { ResidentsModule } from '../residents/residents.module';
import { DailyCareController } from './daily-care.controller';
import { DailyRecordsService } from './daily-records.service';
import { IncidentsService } from './incidents.service';
import { MealsSummaryService } from './meals-summary.service';
import { RoundService } from './round.service';

/** The caretaker's work: daily records per shift, the room round, incidents, the meals summary. */
@Module({
  imports: [ResidentsModule],
  controllers: [DailyCareController],
  providers: [DailyRecordsService, RoundService, IncidentsService, MealsSummaryService],
  exports: [DailyRecordsService, IncidentsService],
})
export class DailyCareModule {}
