import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { PlanStatus, ReviewFrequency } from '../case.enums';
import {
  type PlanGoal,
  type PlanActivity,
  type PlanService,
  MAX_GOALS,
  MAX_ACTIVITIES,
  MAX_SERVICES,
  type InterventionPlan,
} from './intervention-plan.entity';

/** InterventionPlan as the API answers it (schema name InterventionPlan; column bounds from the entity). */
@ApiSchema({ name: 'InterventionPlan' })
export class InterventionPlanView {
  id!: string;
  facilityId!: string;
  caseId!: string;
  residentId!: string;
  revision!: number;
  previousPlanId!: string | null;
  status!: PlanStatus;
  startsOn!: string;
  endsOn!: string | null;
  reviewFrequency!: ReviewFrequency;
  @ApiProperty({ maxItems: MAX_GOALS })
  goals!: PlanGoal[];
  @ApiProperty({ maxItems: MAX_ACTIVITIES })
  activities!: PlanActivity[];
  @ApiProperty({ maxItems: MAX_SERVICES })
  services!: PlanService[];
  nextReviewOn!: string | null;
  approvedBy!: string | null;
  approvedOn!: string | null;
  createdBy!: string;
  version!: number;
  createdAt!: Date;
  updatedAt!: Date;
}

export function toInterventionPlanView(e: InterventionPlan): InterventionPlanView {
  return {
    id: e.id,
    facilityId: e.facilityId,
    caseId: e.caseId,
    residentId: e.residentId,
    revision: e.revision,
    previousPlanId: e.previousPlanId,
    status: e.status,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    reviewFrequency: e.reviewFrequency,
    goals: e.goals,
    activities: e.activities,
    services: e.services,
    nextReviewOn: e.nextReviewOn,
    approvedBy: e.approvedBy,
    approvedOn: e.approvedOn,
    createdBy: e.createdBy,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
