import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  ManyToOne,
} from 'typeorm';
import { Resident } from '../residents/model/resident.entity';
import { ScheduleKind } from './health.enums';

/**
 * A recurring (or one-off) health task for one resident: every 6 months, yearly, HIV monitoring
 * at the nurse's interval, a planned vaccine dose on a fixed date.
 */
@Entity('health_schedule')
@Index(['facilityId', 'residentId'])
@Index('idx_health_schedule_due', ['nextDueOn'], { where: 'active' })
@Check(`"interval_months" > 0 OR "interval_days" > 0 OR "fixed_due_on" IS NOT NULL`)
@Check(`"grace_days" >= 0`)
export class HealthSchedule {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) residentId!: string;
  @ManyToOne(() => Resident, { onDelete: 'RESTRICT' }) resident?: Resident;
  @Column({ type: 'enum', enum: ScheduleKind, enumName: 'health_schedule_kind' })
  kind!: ScheduleKind;
  @Column({ type: 'int', nullable: true }) intervalMonths!: number | null;
  @Column({ type: 'int', nullable: true }) intervalDays!: number | null;
  /** A one-off task (a planned vaccine dose): done once, then inactive. */
  @Column({ type: 'date', nullable: true }) fixedDueOn!: string | null;
  @Column({ type: 'date', nullable: true }) nextDueOn!: string | null;
  @Column({ type: 'date', nullable: true }) lastDoneOn!: string | null;
  /** Days after the due date before it counts as overdue. */
  @Column({ type: 'int', default: 0 }) graceDays!: number;
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @Column({ type: 'varchar', length: 500, nullable: true }) note!: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) vaccineCode!: string | null;
  @Column({ type: 'int', nullable: true }) doseNo!: number | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
