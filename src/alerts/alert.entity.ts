import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import type { AlertKind } from './alert-kinds';

export type AlertStatus = 'open' | 'acknowledged' | 'closed';

/**
 * One overdue or notable thing. `sourceKey` names its cause and due date (e.g.
 * `health_schedule:<id>:2026-11-20`); it is unique per facility and kind, so raising the same
 * alert twice — a job re-run, two replicas — creates one row.
 */
@Entity('alert')
@Index(['facilityId', 'kind', 'sourceKey'], { unique: true })
@Index(['facilityId', 'status', 'raisedAt'])
// Open alerts by their source: the jobs close them set-wise without scanning the closed history.
@Index('idx_alert_open_source', ['sourceType', 'sourceId'], { where: "status <> 'closed'" })
export class Alert {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid', nullable: true }) residentId!: string | null;
  @Column({ type: 'varchar', length: 40 }) kind!: AlertKind;
  @Column({ type: 'varchar', length: 10, default: 'warning' }) severity!:
    'info' | 'warning' | 'critical';
  @Column({ type: 'varchar', length: 200 }) sourceKey!: string;
  @Column({ type: 'varchar', length: 40 }) sourceType!: string;
  @Column({ type: 'uuid', nullable: true }) sourceId!: string | null;
  @Column({ type: 'date', nullable: true }) dueOn!: string | null;
  /** What the alert says, in Vietnamese and English; never a sensitive fact. */
  @Column({ type: 'varchar', length: 500 }) message!: string;
  @Column({ type: 'varchar', length: 500 }) messageEn!: string;
  @Column({ type: 'varchar', length: 15, default: 'open' }) status!: AlertStatus;
  @CreateDateColumn({ type: 'timestamptz' }) raisedAt!: Date;
  @Column({ type: 'uuid', nullable: true }) acknowledgedBy!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) acknowledgedAt!: Date | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) acknowledgeNote!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @VersionColumn() version!: number;
}
