import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import {
  type AssessmentKind,
  type NeedDomain,
  type NeedLevel,
  type RiskLevel,
} from '../case.enums';
import { CaseFile } from '../case-file/case-file.entity';

export interface DomainAssessment {
  domain: NeedDomain;
  /** 1 = serious need … 5 = no need. */
  score: number | null;
  level: NeedLevel | null;
  notes: string | null;
}

export interface Participant {
  name: string;
  role: string;
}

/** The most participants an assessment names. */
export const MAX_PARTICIPANTS = 20;

/** Step 1 of a case: a needs assessment (đánh giá nhu cầu), or the 24-hour initial safety assessment. */
@Entity('needs_assessment')
@Index(['facilityId', 'assessedOn'])
export class NeedsAssessment {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) @Index() caseId!: string;
  @ManyToOne(() => CaseFile, { onDelete: 'RESTRICT' }) case?: CaseFile;
  @Column({ type: 'uuid' }) residentId!: string;
  @Column({ type: 'varchar', length: 20 }) kind!: AssessmentKind;
  @Column({ type: 'date' }) assessedOn!: string;
  @Column({ type: 'jsonb' })
  domains!: DomainAssessment[];
  @Column({ type: 'varchar', length: 10 }) riskLevel!: RiskLevel;
  @Column({ type: 'varchar', length: 2000, nullable: true }) strengths!: string | null;
  @Column({ type: 'jsonb', default: () => `'[]'` })
  participants!: Participant[];
  @Column({ type: 'varchar', length: 4000, nullable: true }) summary!: string | null;
  @Column({ type: 'uuid' }) assessedBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
