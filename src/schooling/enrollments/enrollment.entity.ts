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
import {
  type BoardingType,
  ENROLLMENT_STATUS_CODES,
  type EnrollmentStatus,
  SCHOOL_LEVEL_CODES,
  type SchoolLevel,
} from '../rules/levels';

/**
 * A resident's schooling in one school year (năm học "2026-2027"): level, grade, school, dates,
 * status. A year at no school is a `not_enrolled` row with its reason and no status. At most one
 * active enrolment (studying, suspended or not_enrolled) per resident and year; a mid-year change
 * of school is the old row `transferred` and a new one. Never deleted: a mistaken row is voided.
 */
@Entity('enrollment')
@Index(['facilityId', 'schoolYear'])
@Index(['residentId', 'schoolYear'])
@Index('uq_enrollment_active_year', ['residentId', 'schoolYear'], {
  unique: true,
  where: `"voided_at" IS NULL AND ("status" IS NULL OR "status" IN ('studying', 'suspended'))`,
})
@Check('ck_enrollment_school_year', `"school_year" ~ '^[0-9]{4}-[0-9]{4}$'`)
@Check('ck_enrollment_grade', `"grade" IS NULL OR "grade" BETWEEN 1 AND 12`)
@Check('ck_enrollment_status', `("level" = 'not_enrolled') = ("status" IS NULL)`)
@Check('ck_enrollment_dates', `"end_date" IS NULL OR "end_date" >= "start_date"`)
export class Enrollment {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) residentId!: string;
  @ManyToOne(() => Resident, { onDelete: 'RESTRICT' }) resident?: Resident;
  /** "2026-2027" */
  @Column({ type: 'varchar', length: 9 }) schoolYear!: string;
  @Column({ type: 'enum', enum: SCHOOL_LEVEL_CODES, enumName: 'school_level' })
  level!: SchoolLevel;
  /** Lớp 1–12 where the level has grades. */
  @Column({ type: 'int', nullable: true }) grade!: number | null;
  /** Why a `not_enrolled` child is at no school. */
  @Column({ type: 'varchar', length: 500, nullable: true }) notEnrolledReason!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) schoolName!: string | null;
  /** Xã / phường of the school (no districts since 1 July 2025). */
  @Column({ type: 'varchar', length: 200, nullable: true }) schoolCommune!: string | null;
  /** The class, e.g. "7A2". */
  @Column({ type: 'varchar', length: 30, nullable: true }) className!: string | null;
  @Column({ type: 'date' }) startDate!: string;
  @Column({ type: 'date', nullable: true }) endDate!: string | null;
  @Column({ type: 'varchar', length: 15, default: 'day' }) boardingType!: BoardingType;
  @Column({
    type: 'enum',
    enum: ENROLLMENT_STATUS_CODES,
    enumName: 'enrollment_status',
    nullable: true,
  })
  status!: EnrollmentStatus | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) statusNote!: string | null;
  /** The enrolment of the previous year this one was rolled over from. */
  @Column({ type: 'uuid', nullable: true }) rolledOverFromId!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) voidedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) voidedBy!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) voidReason!: string | null;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
