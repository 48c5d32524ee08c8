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
import { Enrollment } from '../enrollments/enrollment.entity';
import type { Promotion, PromotionReason } from '../rules/promotion';
import {
  SCHOOL_TERMS,
  type RatingScaleCode,
  type SchoolTerm,
  type SubjectResult,
} from '../rules/rating-scales';

/**
 * One term's result of an enrolment (HK1, HK2 or the whole year), on the rating scale of its
 * level, which it keeps (`scale`). One per enrolment and term; corrected with PATCH. The whole-
 * year result carries the promotion it implies.
 */
@Entity('school_result')
@Index(['enrollmentId', 'term'], { unique: true })
@Index(['facilityId', 'term'])
@Check('ck_school_result_absent', `"days_absent" IS NULL OR "days_absent" >= 0`)
export class SchoolResult {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) enrollmentId!: string;
  @ManyToOne(() => Enrollment, { onDelete: 'RESTRICT' }) enrollment?: Enrollment;
  @Column({ type: 'uuid' }) residentId!: string;
  @Column({ type: 'enum', enum: SCHOOL_TERMS, enumName: 'school_term' }) term!: SchoolTerm;
  @Column({ type: 'varchar', length: 20 }) scale!: RatingScaleCode;
  /** Primary: outstanding | excellent | completed | not_completed (TT 27/2020). */
  @Column({ type: 'varchar', length: 20, nullable: true }) rating!: string | null;
  /** Secondary learning: good | fair | pass | fail (TT 22/2021). */
  @Column({ type: 'varchar', length: 10, nullable: true }) learningRating!: string | null;
  /** Secondary conduct: good | fair | pass | fail (TT 22/2021). */
  @Column({ type: 'varchar', length: 10, nullable: true }) conductRating!: string | null;
  /** Primary qualities and competencies: good | pass | needs_effort. */
  @Column({ type: 'varchar', length: 15, nullable: true }) qualitiesRating!: string | null;
  @Column({ type: 'jsonb', default: () => `'[]'` }) subjects!: SubjectResult[];
  @Column({ type: 'int', nullable: true }) daysAbsent!: number | null;
  @Column({ type: 'jsonb', default: () => `'[]'` }) awards!: string[];
  @Column({ type: 'varchar', length: 2000, nullable: true }) teacherRemarks!: string | null;
  /** Whole-year results of rated levels: promoted | repeat | re_exam. */
  @Column({ type: 'varchar', length: 10, nullable: true }) promotion!: Promotion | null;
  @Column({ type: 'varchar', length: 40, nullable: true }) promotionReason!: PromotionReason | null;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
