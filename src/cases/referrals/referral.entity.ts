import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { ConsentGiver, ReferralKind, ReferralOutcome } from '../case.enums';

export interface ReferralConsent {
  givenBy: ConsentGiver;
  name: string;
  givenOn: string;
  written: boolean;
}

/**
 * A referral (chuyển gửi) to a hospital, school, police, court, legal aid, another centre or an NGO.
 * Sharing personal information needs a recorded consent, or an admin's override with a reason
 * (TT 02/2020); the override is in the audit trail.
 */
@Entity('referral')
@Index(['facilityId', 'referredOn'])
@Index(['residentId', 'referredOn'])
export class Referral {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) residentId!: string;
  @Column({ type: 'uuid' }) caseId!: string;
  @Column({ type: 'date' }) referredOn!: string;
  @Column({ type: 'varchar', length: 20 }) kind!: ReferralKind;
  @Column({ type: 'varchar', length: 200 }) organisation!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) contactName!: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) contactPhone!: string | null;
  @Column({ type: 'varchar', length: 2000 }) reason!: string;
  @Column({ type: 'boolean' }) sharesPersonalData!: boolean;
  @Column({ type: 'jsonb', nullable: true }) consent!: ReferralConsent | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) consentOverrideReason!: string | null;
  @Column({ type: 'uuid', nullable: true }) consentOverriddenBy!: string | null;
  @Column({ type: 'varchar', length: 12, default: 'pending' }) outcome!: ReferralOutcome;
  @Column({ type: 'date', nullable: true }) outcomeOn!: string | null;
  @Column({ type: 'varchar', length: 2000, nullable: true }) outcomeNote!: string | null;
  @Column({ type: 'uuid' }) createdBy!: string;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
