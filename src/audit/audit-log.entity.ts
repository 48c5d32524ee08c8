import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditAction = 'create' | 'update' | 'void' | 'read' | 'login' | 'logout';

export type { FieldChanges } from '../database/record-changes';
import type { FieldChanges } from '../database/record-changes';

/** Append-only: the application's role may INSERT and SELECT, never UPDATE or DELETE (a trigger refuses). */
@Entity('audit_log')
@Index(['facilityId', 'id'])
@Index(['entity', 'entityId'])
@Index(['userId', 'id'])
export class AuditLog {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) occurredAt!: Date;
  @Column({ type: 'uuid', nullable: true }) userId!: string | null;
  @Column({ type: 'uuid', nullable: true }) facilityId!: string | null;
  @Column({ type: 'varchar', length: 20 }) action!: AuditAction;
  @Column({ type: 'varchar', length: 60 }) entity!: string;
  @Column({ type: 'varchar', length: 64, nullable: true }) entityId!: string | null;
  @Column({ type: 'jsonb', nullable: true }) changes!: FieldChanges | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) requestId!: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) ip!: string | null;
}
