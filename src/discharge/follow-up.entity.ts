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
import { Discharge } from './discharge.entity';

/** A post-discharge follow-up visit or call (TT 02/2020: at least 6 months). */
@Entity('follow_up')
@Index(['facilityId', 'dueOn'])
export class FollowUp {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) @Index() dischargeId!: string;
  @ManyToOne(() => Discharge, { onDelete: 'RESTRICT' }) discharge?: Discharge;
  @Column({ type: 'uuid' }) residentId!: string;
  @Column({ type: 'date' }) dueOn!: string;
  @Column({ type: 'date', nullable: true }) doneOn!: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) method!: 'visit' | 'phone' | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) livingSituation!: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) schoolingOrWork!: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) health!: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) riskLevel!:
    'low' | 'medium' | 'high' | null;
  @Column({ type: 'varchar', length: 2000, nullable: true }) notes!: string | null;
  /**
   * Why a visit not done is no longer due: `readmitted` when the person came back into care (the
   * readmission closes the last stay's open visits). Null while the visit is open or done.
   */
  @Column({ type: 'varchar', length: 20, nullable: true }) closedOutcome!: 'readmitted' | null;
  @Column({ type: 'date', nullable: true }) closedOn!: string | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
