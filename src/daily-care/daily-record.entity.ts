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
import { numericToNumber } from '../database/columns';
import { Resident } from '../residents/model/resident.entity';
import type {
  Hygiene,
  Meal,
  MealIntake,
  Medication,
  Mood,
  Shift,
  SleepQuality,
  Toileting,
} from './care.enums';

export interface MealEntry {
  meal: Meal;
  intake: MealIntake;
  note: string | null;
}

/** The most meal entries one daily record holds. */
export const MAX_MEALS = 8;

/**
 * What a caretaker saw of one resident in one shift (sổ theo dõi chăm sóc hằng ngày). One per
 * resident, date and shift. A correction keeps the previous state in `daily_record_revision`.
 */
@Entity('daily_record')
@Index(['residentId', 'recordDate', 'shift'], { unique: true })
@Index(['facilityId', 'recordDate', 'shift'])
export class DailyRecord {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) residentId!: string;
  @ManyToOne(() => Resident, { onDelete: 'RESTRICT' }) resident?: Resident;
  @Column({ type: 'date' }) recordDate!: string;
  @Column({ type: 'varchar', length: 10 }) shift!: Shift;
  @Column({ type: 'jsonb', default: () => `'[]'` })
  meals!: MealEntry[];
  @Column({ type: 'int', nullable: true }) fluidsMl!: number | null;
  @Column({ type: 'varchar', length: 15, nullable: true }) sleep!: SleepQuality | null;
  @Column({ type: 'numeric', precision: 3, scale: 1, nullable: true, transformer: numericToNumber })
  sleepHours!: number | null;
  @Column({ type: 'varchar', length: 15, nullable: true }) mood!: Mood | null;
  @Column({ type: 'varchar', length: 15, nullable: true }) hygiene!: Hygiene | null;
  @Column({ type: 'varchar', length: 15, nullable: true }) toileting!: Toileting | null;
  @Column({ type: 'varchar', length: 15, nullable: true }) medicationGiven!: Medication | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) medicationNote!: string | null;
  @Column({ type: 'numeric', precision: 3, scale: 1, nullable: true, transformer: numericToNumber })
  temperatureC!: number | null;
  @Column({ type: 'varchar', length: 2000, nullable: true }) behaviourNotes!: string | null;
  @Column({ type: 'varchar', length: 4000, nullable: true }) notes!: string | null;
  /** Something the next shift must know (bàn giao ca). */
  @Column({ type: 'boolean', default: false }) handover!: boolean;
  @Column({ type: 'varchar', length: 1000, nullable: true }) handoverMessage!: string | null;
  @Column({ type: 'uuid' }) createdBy!: string;
  @Column({ type: 'uuid', nullable: true }) updatedBy!: string | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
