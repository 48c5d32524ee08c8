import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { ResidentsModule } from '../residents/residents.module';
import { HealthChecksController } from './health-checks.controller';
import { HealthRecordsController } from './health-records.controller';
import { HealthSchedulesController } from './health-schedules.controller';
import { VaccinationsController } from './vaccinations.controller';
import { HealthChecksService } from './health-checks.service';
import { OverdueJob } from './overdue.job';
import { SchedulesService } from './schedules.service';
import { VaccinationsService } from './vaccinations.service';
import { VaccinePlanService } from './vaccine-plan.service';
import { WorklistService } from './worklist.service';

/** Health schedules, exams, vaccinations, the worklist and the overdue job ("health" is the probe module). */
@Module({
  imports: [ResidentsModule, JobsModule],
  controllers: [
    HealthSchedulesController,
    HealthChecksController,
    VaccinationsController,
    HealthRecordsController,
  ],
  providers: [
    SchedulesService,
    HealthChecksService,
    VaccinationsService,
    VaccinePlanService,
    WorklistService,
    OverdueJob,
  ],
  exports: [SchedulesService, WorklistService],
})
export class HealthRecordsModule {}
