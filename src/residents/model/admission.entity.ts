import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import type { DossierItem } from './categories';
import { AdmissionType } from './resident.enums';
import { Resident } from './resident.entity';

export interface EmergencyIntake {
  foundAt: string;
  foundOn: string;
  foundBy: string;
  injuries: string | null;
  intakeRecordNo: string | null;
}

export interface VoluntaryContract {
  contractNo: string;
  startsOn: string;
  endsOn: string | null;
  payer: string;
  monthlyFee: number | null;
}

/** One stay's admission: the path taken, its papers and the deadlines it sets. */
@Entity('admission')
@Index(['facilityId', 'admittedOn'])
export class Admission {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) @Index() residentId!: string;
  @ManyToOne(() => Resident, { onDelete: 'RESTRICT' }) resident?: Resident;
  @Column({ type: 'enum', enum: AdmissionType, enumName: 'admission_type' }) type!: AdmissionType;
  @Column({ type: 'date' }) admittedOn!: string;
  @Column({ type: 'varchar', length: 50, nullable: true }) decisionNo!: string | null;
  @Column({ type: 'date', nullable: true }) decisionDate!: string | null;
  /** The dossier items present; the missing ones are the rest of DOSSIER_ITEMS. */
  @Column({ type: 'varchar', array: true, length: 40, default: () => `'{}'` })
  dossierPresent!: DossierItem[];
  @Column({ type: 'jsonb', nullable: true }) emergency!: EmergencyIntake | null;
  /** Emergency: the dossier must be complete within 10 working days (ND 20/2021 Điều 28). */
  @Column({ type: 'date', nullable: true }) dossierDueOn!: string | null;
  /**
   * Emergency: from this day the dossier alert is a warning (EMERGENCY_DOSSIER_WARNING_WORKING_DAYS
   * working days before `dossierDueOn`). Working days need the holiday calendar, computed in
   * TypeScript: the date is kept here so that the daily job compares dates in SQL.
   */
  @Column({ type: 'date', nullable: true }) dossierWarnOn!: string | null;
  /** Emergency protection (khoản 2): a stay of at most 3 months (khoản 4). */
  @Column({ type: 'date', nullable: true }) stayEndsOn!: string | null;
  @Column({ type: 'jsonb', nullable: true }) voluntary!: VoluntaryContract | null;
  /** The admitting user confirmed a likely duplicate is another person. */
  @Column({ type: 'boolean', default: false }) confirmedNotDuplicate!: boolean;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  /** The papers are completed later (the decision of an emergency intake): If-Match on this. */
  @VersionColumn({ default: 1 }) version!: number;
}
