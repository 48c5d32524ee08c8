import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { DietType, Texture } from '../nutrition.enums';
import {
  type Allergy,
  MAX_ALLERGIES,
  MAX_SUPPLEMENTS,
  SUPPLEMENT_MAX_LENGTH,
  type NutritionPlan,
} from '../nutrition-plan.entity';

/** NutritionPlan as the API answers it (schema name NutritionPlan; column bounds from the entity). */
@ApiSchema({ name: 'NutritionPlan' })
export class NutritionPlanView {
  id!: string;
  facilityId!: string;
  residentId!: string;
  /** 1 for the first plan, then 2, 3…: the ETag clients send back in If-Match. */
  version!: number;
  dietType!: DietType;
  texture!: Texture;
  @ApiProperty({ maxItems: MAX_ALLERGIES })
  allergies!: Allergy[];
  mealsPerDay!: number;
  energyKcal!: number | null;
  /** The Vietnamese RDA for the resident's age and sex when the plan was written (null for infants). */
  energyKcalRda!: number | null;
  @ApiProperty({
    maxItems: MAX_SUPPLEMENTS,
    items: { type: 'string', maxLength: SUPPLEMENT_MAX_LENGTH },
  })
  supplements!: string[];
  notes!: string | null;
  createdBy!: string;
  createdAt!: Date;
  supersededAt!: Date | null;
}

export function toNutritionPlanView(e: NutritionPlan): NutritionPlanView {
  return {
    id: e.id,
    facilityId: e.facilityId,
    residentId: e.residentId,
    version: e.version,
    dietType: e.dietType,
    texture: e.texture,
    allergies: e.allergies,
    mealsPerDay: e.mealsPerDay,
    energyKcal: e.energyKcal,
    energyKcalRda: e.energyKcalRda,
    supplements: e.supplements,
    notes: e.notes,
    createdBy: e.createdBy,
    createdAt: e.createdAt,
    supersededAt: e.supersededAt,
  };
}
