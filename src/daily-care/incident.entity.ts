import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { Resident } from '../residents/model/resident.entity';
import type { IncidentKind, IncidentSeverity } from './care.enums';

/** Who was informed of an incident: at most this many entries of at most this length. */
export const MAX_INFORMED = 20;
export const INFORMED_MAX_LENGTH = 200;

/** An incident (sự cố): a fall, an injury, running away, suspected abuse, a death… */
@Entity('incident')
@Index(['residentId', 'occurredAt'])
@Index(['facilityId', 'occurredAt'])
export class Incident {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) residentId!: string;
  @ManyToOne(() => Resident, { onDelete: 'RESTRICT' }) resident?: Resident;
  @Column({ type: 'varchar', length: 20 }) kind!: IncidentKind;
  @Column({ type: 'varchar', length: 10 }) severity!: IncidentSeverity;
  @Column({ type: 'timestamptz' }) occurredAt!: Date;
  @Column({ type: 'varchar', length: 200 }) place!: string;
  @Column({ type: 'varchar', length: 4000 }) description!: string;
  @Column({ type: 'varchar', length: 2000 }) actionTaken!: string;
  /** Who was informed (family, police, commune, hospital, director…). */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  informed!: string[];
  @Column({ type: 'boolean', default: false }) hospitalised!: boolean;
  /** Serious: suspected abuse, running away, death, hospitalisation, or severity serious/critical. */
  @Column({ type: 'boolean' }) serious!: boolean;
  @Column({ type: 'uuid' }) reportedBy!: string;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
