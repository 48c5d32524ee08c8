import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Resident } from '../residents/model/resident.entity';
import type { DestinationKind, DischargeGround } from './discharge.enums';

export interface Destination {
  kind: DestinationKind;
  name: string;
  relationship: string | null;
  address: string | null;
  phone: string | null;
}

export interface Handover {
  receivedBy: string;
  communeConfirmationNo: string | null;
  communeConfirmationDate: string | null;
}

/** The end of a stay: ground, decision, destination, handover. One per stay; never deleted. */
@Entity('discharge')
@Index(['facilityId', 'effectiveOn'])
export class Discharge {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) @Index() residentId!: string;
  @ManyToOne(() => Resident, { onDelete: 'RESTRICT' }) resident?: Resident;
  @Column({ type: 'uuid', nullable: true }) admissionId!: string | null;
  @Column({ type: 'varchar', length: 20 }) ground!: DischargeGround;
  @Column({ type: 'varchar', length: 500, nullable: true }) groundOther!: string | null;
  @Column({ type: 'date' }) requestedOn!: string;
  @Column({ type: 'varchar', length: 50 }) decisionNo!: string;
  @Column({ type: 'date' }) decisionDate!: string;
  /** The decision came later than 7 working days after the request; the reason is kept and reported. */
  @Column({ type: 'boolean', default: false }) decisionLate!: boolean;
  @Column({ type: 'varchar', length: 500, nullable: true }) lateReason!: string | null;
  @Column({ type: 'date' }) effectiveOn!: string;
  @Column({ type: 'jsonb', nullable: true }) destination!: Destination | null;
  @Column({ type: 'jsonb', nullable: true }) handover!: Handover | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) belongingsReturned!: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) documentsReturned!: string | null;
  @Column({ type: 'int', nullable: true }) allowanceMonths!: number | null;
  @Column({ type: 'date', nullable: true }) diedOn!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) causeOfDeath!: string | null;
  /** 50 × the base level in force on the day of death (đồng). */
  @Column({ type: 'int', nullable: true }) funeralSupportVnd!: number | null;
  /** `age_limit` for someone under 22 who is still studying needs this (audited). */
  @Column({ type: 'varchar', length: 500, nullable: true }) ageRuleOverrideReason!: string | null;
  @Column({ type: 'varchar', length: 2000, nullable: true }) notes!: string | null;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
