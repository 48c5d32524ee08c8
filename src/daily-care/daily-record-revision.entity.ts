import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A daily record as it was before a correction: the original stays visible. */
@Entity('daily_record_revision')
@Index(['dailyRecordId', 'version'], { unique: true })
export class DailyRecordRevision {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) dailyRecordId!: string;
  /** The version this state had. */
  @Column({ type: 'int' }) version!: number;
  @Column({ type: 'jsonb' }) state!: Record<string, unknown>;
  @Column({ type: 'uuid' }) replacedBy!: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) reason!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) replacedAt!: Date;
}
