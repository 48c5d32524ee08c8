import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Role } from '../identity/role';
import { Facility } from '../facilities/facility.entity';

/** A staff account (one facility) or a provincial officer (one province, no facility). */
@Entity('app_user')
@Check(`("role" = 'officer') = ("facility_id" IS NULL)`)
@Check(`("role" = 'officer') = ("province_code" IS NOT NULL)`)
@Index(['facilityId', 'username'])
export class User {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid', nullable: true }) facilityId!: string | null;
  @ManyToOne(() => Facility, { onDelete: 'RESTRICT' }) facility?: Facility;
  @Column({ type: 'varchar', length: 8, nullable: true }) provinceCode!: string | null;
  /** Stored lower-case; unique across the whole system (people log in with it). */
  @Column({ type: 'varchar', length: 50, unique: true }) username!: string;
  @Column({ type: 'varchar', length: 120 }) fullName!: string;
  @Column({ type: 'enum', enum: Role, enumName: 'user_role' }) role!: Role;
  @Column({ type: 'varchar', length: 20, nullable: true }) phone!: string | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) email!: string | null;
  @Column({ type: 'varchar', length: 255, select: false }) passwordHash!: string;
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @Column({ type: 'int', default: 0 }) failedLoginCount!: number;
  @Column({ type: 'timestamptz', nullable: true }) lockedUntil!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) lastLoginAt!: Date | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
