import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The national immunisation schedule as data (TT 38/2017, TT 10/2024): one row per dose of a
 * plan version. A new circular is a new `planVersion` with its `effectiveFrom`, not a code change.
 */
@Entity('vaccine_plan_dose')
@Index(['planVersion', 'vaccineCode', 'doseNo'], { unique: true })
export class VaccinePlanDose {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 30 }) planVersion!: string;
  @Column({ type: 'date' }) effectiveFrom!: string;
  @Column({ type: 'varchar', length: 20 }) vaccineCode!: string;
  @Column({ type: 'varchar', length: 120 }) vaccineName!: string;
  @Column({ type: 'int' }) doseNo!: number;
  /** Age at which the dose is due, in days from birth. */
  @Column({ type: 'int' }) dueAgeDays!: number;
  /** Least days after the previous dose of the same vaccine. */
  @Column({ type: 'int', nullable: true }) minIntervalDays!: number | null;
  /** Youngest age (days) at which the dose may be given; a dose given earlier is refused. */
  @Column({ type: 'int', default: 0 }) minAgeDays!: number;
  /** Oldest age (days) at which the dose may still be given ("too late"); null: no limit. */
  @Column({ type: 'int', nullable: true }) maxAgeDays!: number | null;
}
