import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A creating POST retried with the same Idempotency-Key replays the stored answer. */
@Entity('idempotency_key')
export class IdempotencyKey {
  @PrimaryColumn({ type: 'uuid' }) userId!: string;
  @PrimaryColumn({ type: 'varchar', length: 128 }) key!: string;
  @Column({ type: 'varchar', length: 300 }) route!: string;
  @Column({ type: 'char', length: 64 }) requestHash!: string;
  /** Null while the first request is still being processed. */
  @Column({ type: 'int', nullable: true }) status!: number | null;
  @Column({ type: 'jsonb', nullable: true }) body!: unknown;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
