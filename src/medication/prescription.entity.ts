import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { MedicineForm, MedicineRoute, PrescriptionStatus } from './medication.enums';

/**
 * One prescription (y lệnh thuốc) of a resident: scheduled at `times` of day, or as needed (PRN)
 * with its reason and a maximum per 24 hours. Never deleted: a change keeps the earlier state as
 * a revision (PrescriptionRevision) and a prescription that ends is stopped with a reason.
 * `sensitive` (antiretrovirals, psychiatric medicines) hides the medicine's name from roles that
 * may not see sensitive facts: they see `caretakerLabel` instead; nobody but those roles ever
 * sees `indication` (the why).
 */
@Entity('prescription')
@Index(['facilityId', 'residentId', 'status'])
export class Prescription {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) residentId!: string;
  @Column({ type: 'varchar', length: 200 }) medicineName!: string;
  @Column({ type: 'varchar', length: 60, nullable: true }) strength!: string | null;
  @Column({ type: 'varchar', length: 20 }) form!: MedicineForm;
  /** How much one dose is, as written on the prescription ("1 viên", "5 ml"). */
  @Column({ type: 'varchar', length: 60 }) dose!: string;
  @Column({ type: 'varchar', length: 20 }) route!: MedicineRoute;
  /** Local times of the scheduled doses, `HH:MM`, sorted; empty for an as-needed prescription. */
  @Column({ type: 'jsonb', default: () => `'[]'` }) times!: string[];
  @Column({ type: 'boolean', default: false }) asNeeded!: boolean;
  /** When an as-needed dose may be given (the symptom: "sốt trên 38,5°C"). */
  @Column({ type: 'varchar', length: 300, nullable: true }) prnReason!: string | null;
  @Column({ type: 'int', nullable: true }) maxPer24h!: number | null;
  @Column({ type: 'date' }) startDate!: string;
  @Column({ type: 'date', nullable: true }) endDate!: string | null;
  @Column({ type: 'varchar', length: 200 }) prescriber!: string;
  @Column({ type: 'varchar', length: 1000, nullable: true }) instructions!: string | null;
  /** Why it is prescribed (the diagnosis): for the roles that see sensitive facts only. */
  @Column({ type: 'varchar', length: 300, nullable: true }) indication!: string | null;
  @Column({ type: 'boolean', default: false }) sensitive!: boolean;
  /** What a caretaker is shown instead of a sensitive medicine's name ("Thuốc túi xanh, sáng"). */
  @Column({ type: 'varchar', length: 200, nullable: true }) caretakerLabel!: string | null;
  @Column({ type: 'varchar', length: 10, default: 'active' }) status!: PrescriptionStatus;
  @Column({ type: 'timestamptz', nullable: true }) stoppedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) stoppedBy!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) stopReason!: string | null;
  @Column({ type: 'uuid' }) createdBy!: string;
  @Column({ type: 'uuid', nullable: true }) updatedBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}
