import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { numericToNumber } from '../database/columns';
import { Resident } from '../residents/model/resident.entity';
import { type GrowthAssessment } from './growth/z-scores';
import type { Position } from './nutrition.enums';

/**
 * Weight, length/height, MUAC and head circumference on a day, with the growth assessment
 * computed when it was recorded (WHO z-scores and flags for a child, BMI class for an adult).
 */
@Entity('measurement')
@Index(['residentId', 'measuredOn'])
@Index(['facilityId', 'measuredOn'])
export class Measurement {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) residentId!: string;
  @ManyToOne(() => Resident, { onDelete: 'RESTRICT' }) resident?: Resident;
  @Column({ type: 'date' }) measuredOn!: string;
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: numericToNumber })
  weightKg!: number | null;
  @Column({ type: 'numeric', precision: 4, scale: 1, nullable: true, transformer: numericToNumber })
  heightCm!: number | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) position!: Position | null;
  @Column({ type: 'numeric', precision: 3, scale: 1, nullable: true, transformer: numericToNumber })
  muacCm!: number | null;
  @Column({ type: 'numeric', precision: 3, scale: 1, nullable: true, transformer: numericToNumber })
  headCircumferenceCm!: number | null;
  /** Age in days on the day measured (from the birth date, or 1 July of the birth year). */
  @Column({ type: 'int' }) ageDays!: number;
  @Column({ type: 'boolean', default: false }) ageEstimated!: boolean;
  @Column({ type: 'jsonb' }) growth!: GrowthAssessment;
  @Column({ type: 'varchar', array: true, length: 30, default: () => `'{}'` })
  flags!: string[];
  @Column({ type: 'varchar', length: 500, nullable: true }) note!: string | null;
  @Column({ type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
