import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { ResidentsModule } from '../residents/residents.module';
import {
  MedicationRoundController,
  MedicinePurchasesController,
  PrescriptionsController,
} from './medication.controller';
import { MedicineCostsService } from './medicine-costs.service';
import { MedicationRoundService } from './medication-round.service';
import { MedicationAlertsJob } from './medication-alerts.job';
import { PrescriptionsService } from './prescriptions.service';

/** Medication administration (eMAR): prescriptions, the medication round, its alerts, medicine costs. */
@Module({
  imports: [ResidentsModule, JobsModule],
  controllers: [PrescriptionsController, MedicationRoundController, MedicinePurchasesController],
  providers: [
    PrescriptionsService,
    MedicationRoundService,
    MedicationAlertsJob,
    MedicineCostsService,
  ],
  exports: [MedicineCostsService],
})
export class MedicationModule {}
