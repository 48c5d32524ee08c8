import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { ResidentsModule } from '../residents/residents.module';
import { MedicationRoundController, PrescriptionsController } from './medication.controller';
import { MedicationRoundService } from './medication-round.service';
import { MedicationAlertsJob } from './medication-alerts.job';
import { PrescriptionsService } from './prescriptions.service';

/** Medication administration (eMAR): prescriptions, the medication round, its alerts, medicine costs. */
@Module({
  imports: [ResidentsModule, JobsModule],
  controllers: [PrescriptionsController, MedicationRoundController],
  providers: [PrescriptionsService, MedicationRoundService, MedicationAlertsJob],
})
export class MedicationModule {}
