import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  VersionColumn,
  ManyToOne,
} from 'typeorm';
import { Resident } from '../residents/model/resident.entity';
import { numericToNumber } from '../database/columns';
import { ScheduleKind } from './health.enums';

export interface Diagnosis {
  icd10: string | null;
  text: string;
}

/** The most diagnoses one examination records. */
export const MAX_DIAGNOSES = 20;

/**
 * An exam record. Editable by its author for 24 hours; after that only an amendment (a new row
 * pointing at the original with `amendsId`) can correct it, and the original stays readable.
 */
@Entity('health_check')
@Index(['facilityId', 'examinedOn'])
@Index(['residentId', 'examinedOn'])
export class HealthCheck {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) residentId!: string;
  @ManyToOne(() => Resident, { onDelete: 'RESTRICT' }) resident?: Resident;
  @Column({ type: 'enum', enum: ScheduleKind, enumName: 'health_schedule_kind' })
  kind!: ScheduleKind;
  @Column({ type: 'date' }) examinedOn!: string;
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: numericToNumber })
  weightKg!: number | null;
  @Column({ type: 'numeric', precision: 5, scale: 1, nullable: true, transformer: numericToNumber })
  heightCm!: number | null;
  @Column({ type: 'numeric', precision: 3, scale: 1, nullable: true, transformer: numericToNumber })
  temperatureC!: number | null;
  @Column({ type: 'int', nullable: true }) pulse!: number | null;
  @Column({ type: 'int', nullable: true }) bpSystolic!: number | null;
  @Column({ type: 'int', nullable: true }) bpDiastolic!: number | null;
  @Column({ type: 'int', nullable: true }) spo2!: number | null;
  @Column({ type: 'varchar', length: 4000, nullable: true }) findings!: string | null;
  @Column({ type: 'jsonb', default: () => `'[]'` })
  diagnoses!: Diagnosis[];
  @Column({ type: 'varchar', length: 2000, nullable: true }) treatment!: string | null;
  @Column({ type: 'boolean', default: false }) referredToHospital!: boolean;
  @Column({ type: 'varchar', length: 200, nullable: true }) hospital!: string | null;
  @Column({ type: 'date', nullable: true }) nextDueOverride!: string | null;
  @Column({ type: 'varchar', length: 120 }) examiner!: string;
  @Column({ type: 'uuid', nullable: true }) scheduleId!: string | null;
  @Column({ type: 'uuid', nullable: true }) amendsId!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) amendmentReason!: string | null;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
