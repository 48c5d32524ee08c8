import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { DoseOutcome } from './medication.enums';

/**
 * What happened to one dose, recorded once. A scheduled dose is (prescription, date, time) and
 * unique: a second record of it is a 409. An as-needed dose has no time (`doseTime` null) and is
 * counted against the prescription's maximum per 24 hours by `administeredAt`.
 */
@Entity('medication_administration')
@Index('medication_dose_once', ['prescriptionId', 'doseDate', 'doseTime'], {
  unique: true,
  where: '"dose_time" IS NOT NULL',
})
@Index(['facilityId', 'doseDate'])
@Index(['prescriptionId', 'administeredAt'])
export class MedicationAdministration {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) residentId!: string;
  @Column({ type: 'uuid' }) prescriptionId!: string;
  /** The prescription's version when the dose was recorded (what the dose was then). */
  @Column({ type: 'int' }) prescriptionVersion!: number;
  @Column({ type: 'date' }) doseDate!: string;
  @Column({ type: 'varchar', length: 5, nullable: true }) doseTime!: string | null;
  @Column({ type: 'varchar', length: 15 }) outcome!: DoseOutcome;
  /** Why it was held, or why an as-needed dose was given. */
  @Column({ type: 'varchar', length: 300, nullable: true }) reason!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) note!: string | null;
  @Column({ type: 'timestamptz' }) administeredAt!: Date;
  @Column({ type: 'uuid' }) recordedBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) recordedAt!: Date;
}
