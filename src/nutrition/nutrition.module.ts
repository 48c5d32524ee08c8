import { Module } from '@nestjs/common';
import { ResidentsModule } from '../residents/residents.module';
import { MeasurementsService } from './measurements.service';
import { NutritionController } from './nutrition.controller';
import { NutritionPlansService } from './nutrition-plans.service';

/** Nutrition plans with their history, and measurements with growth screening. */
@Module({
  imports: [ResidentsModule],
  controllers: [NutritionController],
  providers: [NutritionPlansService, MeasurementsService],
  exports: [MeasurementsService, NutritionPlansService],
})
export class NutritionModule {}
