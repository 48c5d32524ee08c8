import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One run of a scheduled job, by the replica that held its lock. */
@Entity('job_run')
@Index(['job', 'startedAt'])
@Index('uq_job_run_period', ['job', 'period'], { unique: true, where: 'ok AND period IS NOT NULL' })
export class JobRun {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column({ type: 'varchar', length: 60 }) job!: string;
  @Column({ type: 'timestamptz' }) startedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
  @Column({ type: 'int', default: 0 }) raised!: number;
  @Column({ type: 'int', default: 0 }) closed!: number;
  @Column({ type: 'boolean', default: false }) ok!: boolean;
  @Column({ type: 'varchar', length: 500, nullable: true }) error!: string | null;
  /** Host and pid of the replica that ran it. */
  @Column({ type: 'varchar', length: 120 }) runner!: string;
  /** The period a cron tick ran for (2026-11-22, 2026-11); null: a start-up or manual run. */
  @Column({ type: 'varchar', length: 20, nullable: true }) period!: string | null;
}
