import {
  Column,
  Entity,
  OneToOne,
  JoinColumn,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Resident } from './resident.entity';

export type HivStatus = 'negative' | 'positive' | 'unknown';

/**
 * Need-to-know facts, stored apart from the register: only admin, nurse and social_worker
 * read them, and every read is audited. Never in an export; the reports count HIV only.
 */
@Entity('resident_sensitive')
export class ResidentSensitive {
  @PrimaryColumn({ type: 'uuid' }) residentId!: string;
  @OneToOne(() => Resident, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resident_id' })
  resident?: Resident;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'varchar', length: 10, default: 'unknown' }) hivStatus!: HivStatus;
  @Column({ type: 'date', nullable: true }) hivConfirmedOn!: string | null;
  @Column({ type: 'varchar', length: 2000, nullable: true }) abuseHistory!: string | null;
  @Column({ type: 'varchar', length: 2000, nullable: true }) traffickingHistory!: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) psychiatricDiagnosis!: string | null;
  @VersionColumn() version!: number;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
