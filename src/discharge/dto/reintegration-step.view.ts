import { ApiSchema } from '@nestjs/swagger';
import type { ReintegrationStepKind, ReintegrationStep } from '../reintegration-step.entity';

/** ReintegrationStep as the API answers it (schema name ReintegrationStep; column bounds from the entity). */
@ApiSchema({ name: 'ReintegrationStep' })
export class ReintegrationStepView {
  id!: string;
  facilityId!: string;
  residentId!: string;
  kind!: ReintegrationStepKind;
  description!: string;
  ownerId!: string;
  dueOn!: string;
  doneOn!: string | null;
  notes!: string | null;
  version!: number;
  createdAt!: Date;
  updatedAt!: Date;
}

export function toReintegrationStepView(e: ReintegrationStep): ReintegrationStepView {
  return {
    id: e.id,
    facilityId: e.facilityId,
    residentId: e.residentId,
    kind: e.kind,
    description: e.description,
    ownerId: e.ownerId,
    dueOn: e.dueOn,
    doneOn: e.doneOn,
    notes: e.notes,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
