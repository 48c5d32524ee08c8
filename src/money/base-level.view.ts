import { ApiSchema } from '@nestjs/swagger';
import type { BaseLevel } from './base-level.entity';

/** BaseLevel as the API answers it (schema name BaseLevel; column bounds from the entity). */
@ApiSchema({ name: 'BaseLevel' })
export class BaseLevelView {
  id!: string;
  facilityId!: string | null;
  effectiveFrom!: string;
  /** đồng per month */
  amountVnd!: number;
  source!: string;
  createdBy!: string | null;
  createdAt!: Date;
}

export function toBaseLevelView(e: BaseLevel): BaseLevelView {
  return {
    id: e.id,
    facilityId: e.facilityId,
    effectiveFrom: e.effectiveFrom,
    amountVnd: e.amountVnd,
    source: e.source,
    createdBy: e.createdBy,
    createdAt: e.createdAt,
  };
}
