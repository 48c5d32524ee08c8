import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../users/user.entity';

/**
 * One refresh token of a login "family". Only the SHA-256 of its secret is stored. Using a
 * token spends it (usedAt) and issues the next of the family; presenting a spent token again
 * means it was stolen, and the whole family is revoked.
 */
@Entity('refresh_token')
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) @Index() userId!: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' }) user?: User;
  @Column({ type: 'uuid' }) @Index() familyId!: string;
  @Column({ type: 'char', length: 64 }) tokenHash!: string;
  @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) usedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
