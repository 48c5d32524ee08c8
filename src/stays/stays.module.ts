import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { DischargeModule } from '../discharge/discharge.module';
import { HealthRecordsModule } from '../health/health-records.module';
import { ResidentsModule } from '../residents/residents.module';
import { AdmissionsController } from './admissions.controller';
import { DischargesController } from './discharges.controller';
import { StaysService } from './stays.service';

/** Admission, readmission and discharge with what each does in the other modules, in order. */
@Module({
  imports: [ResidentsModule, HealthRecordsModule, DischargeModule, CasesModule],
  controllers: [AdmissionsController, DischargesController],
  providers: [StaysService],
  exports: [StaysService],
})
export class StaysModule {}
