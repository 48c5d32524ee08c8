import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { GoalStatus, NeedDomain, PlanStatus, ReviewFrequency } from '../case.enums';
import { CaseFile } from '../case-file/case-file.entity';

export interface PlanGoal {
  /** Short key, unique in the plan ("G1"), named by activities and reviews. */
  key: string;
  domain: NeedDomain;
  goal: string;
  indicator: string | null;
  status: GoalStatus;
}

export interface PlanActivity {
  description: string;
  goalKey: string | null;
  /** The staff member responsible. */
  ownerId: string;
  dueOn: string;
  done: boolean;
}

export interface PlanService {
  name: string;
  /** internal: given by the centre; referred: by another organisation (see referrals). */
  provision: 'internal' | 'referred';
  provider: string | null;
}

/** The most goals, activities and services one plan version holds. */
export const MAX_GOALS = 30;
export const MAX_ACTIVITIES = 100;
export const MAX_SERVICES = 30;

/**
 * An intervention plan (kế hoạch can thiệp, step 2). A draft is edited with PATCH and approved by
 * the admin; a review may revise it: the revision is a new row (`revision` + 1, `previousPlanId`),
 * a draft until approved, when the plan it revises becomes `superseded`.
 */
@Entity('intervention_plan')
@Index(['facilityId', 'status', 'nextReviewOn'])
@Index(['caseId', 'revision'], { unique: true })
export class InterventionPlan {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) caseId!: string;
  @ManyToOne(() => CaseFile, { onDelete: 'RESTRICT' }) case?: CaseFile;
  @Column({ type: 'uuid' }) @Index() residentId!: string;
  @Column({ type: 'int' }) revision!: number;
  @Column({ type: 'uuid', nullable: true }) previousPlanId!: string | null;
  @Column({ type: 'varchar', length: 12 }) status!: PlanStatus;
  @Column({ type: 'date' }) startsOn!: string;
  @Column({ type: 'date', nullable: true }) endsOn!: string | null;
  @Column({ type: 'varchar', length: 12 }) reviewFrequency!: ReviewFrequency;
  @Column({ type: 'jsonb' })
  goals!: PlanGoal[];
  @Column({ type: 'jsonb', default: () => `'[]'` })
  activities!: PlanActivity[];
  @Column({ type: 'jsonb', default: () => `'[]'` })
  services!: PlanService[];
  @Column({ type: 'date', nullable: true }) nextReviewOn!: string | null;
  @Column({ type: 'uuid', nullable: true }) approvedBy!: string | null;
  @Column({ type: 'date', nullable: true }) approvedOn!: string | null;
  @Column({ type: 'uuid' }) createdBy!: string;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
