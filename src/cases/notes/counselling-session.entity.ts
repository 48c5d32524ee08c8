import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { SessionType } from '../case.enums';
import { CaseFile } from '../case-file/case-file.entity';

/** The most topics one session names. */
export const MAX_TOPICS = 20;

/**
 * A counselling session (buổi tham vấn) — the case notes of API.md. The summary of a protection
 * case is sensitive: only the roles of SENSITIVE_ROLES read it, and each read is audited.
 */
@Entity('counselling_session')
@Index(['facilityId', 'sessionOn'])
@Index(['residentId', 'sessionOn'])
export class CounsellingSession {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) residentId!: string;
  @Column({ type: 'uuid' }) @Index() caseId!: string;
  @ManyToOne(() => CaseFile, { onDelete: 'RESTRICT' }) case?: CaseFile;
  @Column({ type: 'date' }) sessionOn!: string;
  @Column({ type: 'varchar', length: 12 }) type!: SessionType;
  @Column({ type: 'uuid' }) counsellorId!: string;
  @Column({ type: 'int' }) durationMinutes!: number;
  @Column({ type: 'varchar', length: 100, array: true, default: () => `'{}'` })
  topics!: string[];
  @Column({ type: 'varchar', length: 4000 }) summary!: string;
  @Column({ type: 'varchar', length: 2000, nullable: true }) followUpActions!: string | null;
  /** Copied from the case when written: the summary of a protection case is sensitive. */
  @Column({ type: 'boolean' }) sensitive!: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
