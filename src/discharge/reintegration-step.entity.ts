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
import { Resident } from '../residents/model/resident.entity';

export const REINTEGRATION_STEP_KINDS = [
  'family_assessment',
  'trial_home_stay',
  'school_transfer',
  'documents',
  'other',
] as const;
export type ReintegrationStepKind = (typeof REINTEGRATION_STEP_KINDS)[number];

/** A step of the plan that prepares a planned discharge; an overdue step raises an alert. */
@Entity('reintegration_step')
@Index(['facilityId', 'dueOn'])
export class ReintegrationStep {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) @Index() residentId!: string;
  @ManyToOne(() => Resident, { onDelete: 'RESTRICT' }) resident?: Resident;
  @Column({ type: 'varchar', length: 20 }) kind!: ReintegrationStepKind;
  @Column({ type: 'varchar', length: 500 }) description!: string;
  @Column({ type: 'uuid' }) ownerId!: string;
  @Column({ type: 'date' }) dueOn!: string;
  @Column({ type: 'date', nullable: true }) doneOn!: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) notes!: string | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
