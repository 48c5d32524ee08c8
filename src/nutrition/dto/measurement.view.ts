import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { type GrowthAssessment, MEASUREMENT_FLAGS } from '../growth/z-scores';
import type { Position } from '../nutrition.enums';
import type { Measurement } from '../measurement.entity';

/** Measurement as the API answers it (schema name Measurement; column bounds from the entity). */
@ApiSchema({ name: 'Measurement' })
export class MeasurementView {
  id!: string;
  facilityId!: string;
  residentId!: string;
  measuredOn!: string;
  weightKg!: number | null;
  heightCm!: number | null;
  position!: Position | null;
  muacCm!: number | null;
  headCircumferenceCm!: number | null;
  /** Age in days on the day measured (from the birth date, or 1 July of the birth year). */
  ageDays!: number;
  ageEstimated!: boolean;
  growth!: GrowthAssessment;
  @ApiProperty({
    maxItems: MEASUREMENT_FLAGS.length,
    items: { type: 'string', enum: [...MEASUREMENT_FLAGS] },
  })
  flags!: string[];
  note!: string | null;
  createdBy!: string;
  createdAt!: Date;
}

export function toMeasurementView(e: Measurement): MeasurementView {
  return {
    id: e.id,
    facilityId: e.facilityId,
    residentId: e.residentId,
    measuredOn: e.measuredOn,
    weightKg: e.weightKg,
    heightCm: e.heightCm,
    position: e.position,
    muacCm: e.muacCm,
    headCircumferenceCm: e.headCircumferenceCm,
    ageDays: e.ageDays,
    ageEstimated: e.ageEstimated,
    growth: e.growth,
    flags: e.flags,
    note: e.note,
    createdBy: e.createdBy,
    createdAt: e.createdAt,
  };
}
