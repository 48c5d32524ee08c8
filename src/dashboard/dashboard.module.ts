import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { HealthRecordsModule } from '../health/health-records.module';
import { ResidentsModule } from '../residents/residents.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

/** The director's figures of the day (the 12-month movements stay in discharge's /movements). */
@Module({
  imports: [AlertsModule, HealthRecordsModule, ResidentsModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
