import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Facility } from '../../facilities/facility.entity';
import { User } from '../../users/user.entity';

/**
 * A staff account held `role` in `facilityId` from `validFrom` until the day before `validTo`
 * (open: still does): what the reports count staff by. Written in the transaction of the change
 * (recordStaffRole: creating an account, changing its role or facility, deactivating or
 * reactivating it), never by hand; a deactivated account has no open row.
 */
@Entity('staff_role_period')
@Index(['userId', 'validFrom'], { unique: true })
@Index(['facilityId', 'validFrom'])
export class StaffRolePeriod {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @ManyToOne(() => Facility, { onDelete: 'RESTRICT' }) facility?: Facility;
  @Column({ type: 'uuid' }) userId!: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) user?: User;
  /** The account's role (user_role) while the row held, as text: the history outlives the enum. */
  @Column({ type: 'varchar', length: 20 }) role!: string;
  @Column({ type: 'date' }) validFrom!: string;
  /** Exclusive; null while the account still holds the role there. */
  @Column({ type: 'date', nullable: true }) validTo!: string | null;
  /** When this row was written. */
  @Column({ type: 'timestamptz', default: () => 'now()' }) recordedAt!: Date;
}
