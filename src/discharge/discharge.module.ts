import { Module } from '@nestjs/common';
import { HealthRecordsModule } from '../health/health-records.module';
import { JobsModule } from '../jobs/jobs.module';
import { ResidentsModule } from '../residents/residents.module';
import { DischargeController } from './discharge.controller';
import { FollowUpsController } from './follow-ups.controller';
import { MovementsController } from './movements.controller';
import { ReintegrationController } from './reintegration.controller';
import { DischargeService } from './discharge.service';
import { FollowUpAlertsJob } from './follow-up-alerts.job';
import { FollowUpsService } from './follow-ups.service';
import { MovementsService } from './movements.service';
import { ReadmissionService } from './readmission.service';
import { ReintegrationService } from './reintegration.service';

@Module({
  imports: [ResidentsModule, HealthRecordsModule, JobsModule],
  controllers: [
    DischargeController,
    FollowUpsController,
    ReintegrationController,
    MovementsController,
  ],
  providers: [
    DischargeService,
    FollowUpsService,
    ReadmissionService,
    ReintegrationService,
    MovementsService,
    FollowUpAlertsJob,
  ],
  exports: [MovementsService, DischargeService, ReadmissionService],
})
export class DischargeModule {}
