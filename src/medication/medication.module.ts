import { Module } from '@nestjs/common';
import { ResidentsModule } from '../residents/residents.module';
import { MedicationRoundController, PrescriptionsController } from './medication.controller';
import { MedicationRoundService } from './medication-round.service';
import { PrescriptionsService } from './prescriptions.service';

/** Medication administration (eMAR): prescriptions, the medication round, its alerts, medicine costs. */
@Module({
  imports: [ResidentsModule],
  controllers: [PrescriptionsController, MedicationRoundController],
  providers: [PrescriptionsService, MedicationRoundService],
})
export class MedicationModule {}
