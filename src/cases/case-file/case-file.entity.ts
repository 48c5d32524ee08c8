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
import { Admission } from '../../residents/model/admission.entity';
import { Resident } from '../../residents/model/resident.entity';
import { User } from '../../users/user.entity';
import type { CaseStep, ClosureReason, EvaluationOutcome } from '../case.enums';

/**
 * A resident's case (hồ sơ quản lý trường hợp, TT 02/2020) for one stay. At most one open case per
 * stay (partial unique index); the step moves forward by what is recorded, and the date each step
 * was reached is kept, so the figures of a past month can be computed.
 */
@Entity('case_file')
@Index(['admissionId'], { unique: true, where: `"step" <> 'closed'` })
@Index(['facilityId', 'step'])
@Index(['residentId'])
export class CaseFile {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) residentId!: string;
  @ManyToOne(() => Resident, { onDelete: 'RESTRICT' }) resident?: Resident;
  @Column({ type: 'uuid' }) admissionId!: string;
  @ManyToOne(() => Admission, { onDelete: 'RESTRICT' }) admission?: Admission;
  /** The social worker in charge (cán bộ quản lý trường hợp); null only when the centre has none. */
  @Column({ type: 'uuid', nullable: true }) caseWorkerId!: string | null;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) caseWorker?: User;
  @Column({ type: 'varchar', length: 20 }) step!: CaseStep;
  /** A protection case (emergency protection, abuse, trafficking): its case notes are sensitive. */
  @Column({ type: 'boolean', default: false }) protection!: boolean;
  @Column({ type: 'date' }) openedOn!: string;
  @Column({ type: 'date', nullable: true }) planningSince!: string | null;
  @Column({ type: 'date', nullable: true }) implementationSince!: string | null;
  @Column({ type: 'date', nullable: true }) monitoringSince!: string | null;
  @Column({ type: 'date', nullable: true }) evaluatedOn!: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true })
  evaluationOutcome!: EvaluationOutcome | null;
  @Column({ type: 'varchar', length: 4000, nullable: true }) evaluation!: string | null;
  @Column({ type: 'date', nullable: true }) closedOn!: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) closureReason!: ClosureReason | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) closureNote!: string | null;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
