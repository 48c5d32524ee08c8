import { Module } from '@nestjs/common';
import { ResidentsModule } from '../residents/residents.module';
import { PrescriptionsController } from './medication.controller';
import { PrescriptionsService } from './prescriptions.service';

/** Medication administration (eMAR): prescriptions, the medication round, its alerts, medicine costs. */
@Module({
  imports: [ResidentsModule],
  controllers: [PrescriptionsController],
  providers: [PrescriptionsService],
})
export class MedicationModule {}
