import { Module } from '@nestjs/common';
import { ResidentsModule } from '../residents/residents.module';
import { MeasurementsService } from './measurements.service';
import { MeasurementsController } from './measurements.controller';
import { NutritionPlansController } from './nutrition-plans.controller';
import { NutritionPlansService } from './nutrition-plans.service';

/** Nutrition plans with their history, and measurements with growth screening. */
@Module({
  imports: [ResidentsModule],
  controllers: [NutritionPlansController, MeasurementsController],
  providers: [NutritionPlansService, MeasurementsService],
  exports: [MeasurementsService, NutritionPlansService],
})
export class NutritionModule {}
