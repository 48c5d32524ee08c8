import { ApiSchema } from '@nestjs/swagger';
import type { FollowUp } from '../follow-up.entity';

/** FollowUp as the API answers it (schema name FollowUp; column bounds from the entity). */
@ApiSchema({ name: 'FollowUp' })
export class FollowUpView {
  id!: string;
  facilityId!: string;
  dischargeId!: string;
  residentId!: string;
  dueOn!: string;
  doneOn!: string | null;
  method!: 'visit' | 'phone' | null;
  livingSituation!: string | null;
  schoolingOrWork!: string | null;
  health!: string | null;
  riskLevel!: 'low' | 'medium' | 'high' | null;
  notes!: string | null;
  /** `readmitted`: the person came back into care before the visit was done; null while open or done. */
  closedOutcome!: 'readmitted' | null;
  closedOn!: string | null;
  version!: number;
  createdAt!: Date;
  updatedAt!: Date;
}

export function toFollowUpView(e: FollowUp): FollowUpView {
  return {
    id: e.id,
    facilityId: e.facilityId,
    dischargeId: e.dischargeId,
    residentId: e.residentId,
    dueOn: e.dueOn,
    doneOn: e.doneOn,
    method: e.method,
    livingSituation: e.livingSituation,
    schoolingOrWork: e.schoolingOrWork,
    health: e.health,
    riskLevel: e.riskLevel,
    notes: e.notes,
    closedOutcome: e.closedOutcome,
    closedOn: e.closedOn,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
