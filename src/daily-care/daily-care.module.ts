import { Module } from '@nestjs/common';
import { ResidentsModule } from '../residents/residents.module';
import { DailyRecordsController } from './daily-records.controller';
import { IncidentsController } from './incidents.controller';
import { MealsSummaryController } from './meals-summary.controller';
import { RoundController } from './round.controller';
import { DailyRecordsService } from './daily-records.service';
import { IncidentsService } from './incidents.service';
import { MealsSummaryService } from './meals-summary.service';
import { RoundService } from './round.service';

/** The caretaker's work: daily records per shift, the room round, incidents, the meals summary. */
@Module({
  imports: [ResidentsModule],
  controllers: [
    RoundController,
    DailyRecordsController,
    IncidentsController,
    MealsSummaryController,
  ],
  providers: [DailyRecordsService, RoundService, IncidentsService, MealsSummaryService],
  exports: [DailyRecordsService, IncidentsService],
})
export class DailyCareModule {}
