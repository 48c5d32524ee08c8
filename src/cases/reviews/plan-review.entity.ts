import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { GoalStatus } from '../case.enums';
import { InterventionPlan } from '../plans/intervention-plan.entity';

/** A goal of the plan reviewed, by its key, and its status at the review. */
export interface GoalReview {
  key: string;
  status: GoalStatus;
  note: string | null;
}

/** A review of an approved plan (step 4, theo dõi và rà soát): the status of each goal. */
@Entity('plan_review')
@Index(['facilityId', 'reviewedOn'])
export class PlanReview {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) @Index() planId!: string;
  @ManyToOne(() => InterventionPlan, { onDelete: 'RESTRICT' }) plan?: InterventionPlan;
  @Column({ type: 'uuid' }) caseId!: string;
  @Column({ type: 'date' }) reviewedOn!: string;
  @Column({ type: 'jsonb' })
  goals!: GoalReview[];
  @Column({ type: 'varchar', length: 4000, nullable: true }) summary!: string | null;
  /** The draft revision this review produced, if it revised the plan. */
  @Column({ type: 'uuid', nullable: true }) revisedPlanId!: string | null;
  @Column({ type: 'uuid' }) reviewedBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
