import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A prescription as it was before a change or a stop: every version stays readable. */
@Entity('prescription_revision')
@Index(['prescriptionId', 'version'], { unique: true })
export class PrescriptionRevision {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) prescriptionId!: string;
  /** The version this state had. */
  @Column({ type: 'int' }) version!: number;
  @Column({ type: 'jsonb' }) state!: Record<string, unknown>;
  @Column({ type: 'uuid' }) replacedBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) replacedAt!: Date;
}
