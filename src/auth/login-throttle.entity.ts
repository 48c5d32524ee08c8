import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The failed logins of one (username, client address) pair, the key of login throttling
 * (docs/security.md, "Failed logins"). The key is an HMAC of the lower-cased username and the
 * address, so the table holds neither; a username nobody has is counted exactly like a real one.
 */
@Entity('login_throttle')
export class LoginThrottle {
  @PrimaryColumn({ type: 'char', length: 64 }) key!: string;
  /** Failures of the current series (forgotten a day after the last one, or on a success). */
  @Column({ type: 'int' }) failures!: number;
  /** Until when this pair is answered 429 without looking at the password. */
  @Column({ type: 'timestamptz', nullable: true }) blockedUntil!: Date | null;
  @Column({ type: 'timestamptz' }) @Index() lastFailureAt!: Date;
}
