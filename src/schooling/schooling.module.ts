import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { ResidentsModule } from '../residents/residents.module';
import { EnrollmentsController } from './enrollments/enrollments.controller';
import { EnrollmentsService } from './enrollments/enrollments.service';
import { ResultsController } from './results/results.controller';
import { ResultsService } from './results/results.service';
import { RolloverController } from './rollover/rollover.controller';
import { RolloverService } from './rollover/rollover.service';
import { SchoolingAlertsJob } from './figures/schooling-alerts.job';
import { SchoolingFiguresController } from './figures/schooling-figures.controller';
import { SchoolingReferenceController } from './schooling-reference.controller';
import { SchoolingFiguresService } from './figures/schooling-figures.service';
import { VocationalTrainingsController } from './vocational/vocational-trainings.controller';
import { VocationalTrainingsService } from './vocational/vocational-trainings.service';

/** Enrolments, term results and promotion, vocational training, the age rules, the figures. */
@Module({
  imports: [ResidentsModule, JobsModule],
  controllers: [
    EnrollmentsController,
    ResultsController,
    VocationalTrainingsController,
    RolloverController,
    SchoolingFiguresController,
    SchoolingReferenceController,
  ],
  providers: [
    EnrollmentsService,
    ResultsService,
    VocationalTrainingsService,
    RolloverService,
    SchoolingFiguresService,
    SchoolingAlertsJob,
  ],
  exports: [
    SchoolingFiguresService,
    EnrollmentsService,
    ResultsService,
    VocationalTrainingsService,
    RolloverService,
  ],
})
export class SchoolingModule {}
