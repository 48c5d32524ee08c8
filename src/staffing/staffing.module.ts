import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { RotaService } from './rota.service';
import { StaffingAlertsJob } from './staffing-alerts.job';
import { RotaController } from './rota.controller';
import { StaffingController } from './staffing.controller';
import { StaffingService } from './staffing.service';

/** Staffing: the weekly rota, the TT 33/2017 ratios per shift, short-shift alerts. */
@Module({
  imports: [JobsModule],
  controllers: [RotaController, StaffingController],
  providers: [RotaService, StaffingService, StaffingAlertsJob],
  exports: [StaffingService],
})
export class StaffingModule {}
