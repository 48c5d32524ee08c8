import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { DischargeModule } from '../discharge/discharge.module';
import { JobsModule } from '../jobs/jobs.module';
import { MedicationModule } from '../medication/medication.module';
import { StaffingModule } from '../staffing/staffing.module';
import { SchoolingModule } from '../schooling/schooling.module';
import { ExportsService } from './exports.service';
import { DocumentRegisterController } from './register/document-register.controller';
import { DocumentRegisterService } from './register/document-register.service';
import { MonthlyDraftJob } from './monthly-draft.job';
import { MonthlyFiguresService } from './monthly-figures.service';
import { ProvinceService } from './province.service';
import { ExportsController } from './exports.controller';
import { ProvinceController } from './province.controller';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  imports: [
    CasesModule,
    DischargeModule,
    JobsModule,
    MedicationModule,
    SchoolingModule,
    StaffingModule,
  ],
  controllers: [
    ReportsController,
    ExportsController,
    ProvinceController,
    DocumentRegisterController,
  ],
  providers: [
    DocumentRegisterService,
    ReportsService,
    MonthlyFiguresService,
    ExportsService,
    ProvinceService,
    MonthlyDraftJob,
  ],
  exports: [ReportsService, MonthlyFiguresService],
})
export class ReportsModule {}
