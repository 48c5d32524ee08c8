import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Facility } from '../../facilities/facility.entity';
import { Resident } from '../../residents/model/resident.entity';

/**
 * What was true of a resident from `validFrom` until the day before `validTo` (open: still true):
 * the facts a report counts by. Written in the transaction of the change (recordResidentFacts),
 * never by hand; a period's figures are computed from the row that covered each day.
 */
@Entity('resident_fact')
@Index(['residentId', 'validFrom'], { unique: true })
@Index(['facilityId', 'validFrom'])
export class ResidentFact {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @ManyToOne(() => Facility, { onDelete: 'RESTRICT' }) facility?: Facility;
  @Column({ type: 'uuid' }) residentId!: string;
  @ManyToOne(() => Resident, { onDelete: 'RESTRICT' }) resident?: Resident;
  @Column({ type: 'date' }) validFrom!: string;
  /** Exclusive; null while the facts still hold. */
  @Column({ type: 'date', nullable: true }) validTo!: string | null;
  @Column({ type: 'varchar', array: true, length: 40 }) categories!: string[];
  @Column({ type: 'uuid', nullable: true }) roomId!: string | null;
  @Column({ type: 'varchar', length: 20 }) status!: string;
  @Column({ type: 'varchar', length: 20, nullable: true }) disabilityLevel!: string | null;
  /**
   * The sensitive HIV status (resident_sensitive) over the period, for the report's count of
   * children with HIV only: never shown, exported or read by anything but the report's figures.
   */
  @Column({ type: 'varchar', length: 10, nullable: true }) hivStatus!: string | null;
  /** When this row was written: a row of a closed period written after a report was made is a correction. */
  @Column({ type: 'timestamptz', default: () => 'now()' }) recordedAt!: Date;
}
