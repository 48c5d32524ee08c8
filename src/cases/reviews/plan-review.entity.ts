import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { GoalProgress } from '../case.enums';
import { InterventionPlan } from '../plans/intervention-plan.entity';

export interface GoalReview {
  goalKey: string;
  progress: GoalProgress;
  note: string | null;
}

/** A review of an approved plan (step 4, theo dõi và rà soát): progress per goal. */
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
  progress!: GoalReview[];
  @Column({ type: 'varchar', length: 4000, nullable: true }) summary!: string | null;
  /** The draft revision this review produced, if it revised the plan. */
  @Column({ type: 'uuid', nullable: true }) revisedPlanId!: string | null;
  @Column({ type: 'uuid' }) reviewedBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
