import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Resident } from '../../residents/model/resident.entity';

/** Trình độ đào tạo nghề (Luật Giáo dục nghề nghiệp 2014): under 3 months, sơ cấp, trung cấp, cao đẳng. */
export const VOCATIONAL_PROGRAMME_LEVELS = {
  short_course: { vi: 'Đào tạo dưới 3 tháng', en: 'Short course (under 3 months)' },
  elementary: { vi: 'Sơ cấp', en: 'Elementary' },
  intermediate: { vi: 'Trung cấp', en: 'Intermediate' },
  college: { vi: 'Cao đẳng', en: 'College' },
} as const;
export type VocationalProgrammeLevel = keyof typeof VOCATIONAL_PROGRAMME_LEVELS;
export const VOCATIONAL_PROGRAMME_LEVEL_CODES = Object.keys(
  VOCATIONAL_PROGRAMME_LEVELS,
) as VocationalProgrammeLevel[];

export const VOCATIONAL_STATUSES = ['ongoing', 'completed', 'dropped_out'] as const;
export type VocationalStatus = (typeof VOCATIONAL_STATUSES)[number];

/**
 * A vocational course (học nghề): children 13+ no longer at school are referred to one, and a
 * resident of 16–22 in training counts as studying (ND 20/2021). Records the certificate and the
 * job found after it.
 */
@Entity('vocational_training')
@Index(['facilityId', 'startDate'])
@Index(['residentId'])
@Check('ck_vocational_training_dates', `"end_date" IS NULL OR "end_date" >= "start_date"`)
@Check('ck_vocational_training_status', `"status" IN ('ongoing', 'completed', 'dropped_out')`)
export class VocationalTraining {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) residentId!: string;
  @ManyToOne(() => Resident, { onDelete: 'RESTRICT' }) resident?: Resident;
  @Column({ type: 'varchar', length: 200 }) course!: string;
  @Column({ type: 'varchar', length: 200 }) institution!: string;
  /** Nghề, e.g. "May công nghiệp", "Sửa chữa xe máy". */
  @Column({ type: 'varchar', length: 120 }) trade!: string;
  @Column({ type: 'varchar', length: 15, nullable: true })
  programmeLevel!: VocationalProgrammeLevel | null;
  @Column({ type: 'date' }) startDate!: string;
  @Column({ type: 'date', nullable: true }) endDate!: string | null;
  @Column({ type: 'varchar', length: 15, default: 'ongoing' }) status!: VocationalStatus;
  @Column({ type: 'boolean', default: false }) certificateObtained!: boolean;
  @Column({ type: 'varchar', length: 200, nullable: true }) certificateName!: string | null;
  /** Job placement after the course. */
  @Column({ type: 'varchar', length: 200, nullable: true }) employer!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) jobTitle!: string | null;
  @Column({ type: 'date', nullable: true }) jobStartedOn!: string | null;
  @Column({ type: 'int', nullable: true }) monthlyIncomeVnd!: number | null;
  @Column({ type: 'varchar', length: 2000, nullable: true }) notes!: string | null;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
