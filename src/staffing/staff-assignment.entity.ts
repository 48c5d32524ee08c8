import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Shift } from '../daily-care/care.enums';

/**
 * Who works which shift in which rooms on which day (phân ca). Written a week at a time
 * (`PUT /staff-assignments?week=`); `cover` lets the person write the rounds of rooms other than
 * theirs in that shift (the admin allowed them to cover a colleague).
 */
@Entity('staff_assignment')
@Index(['userId', 'workDate', 'shift'], { unique: true })
@Index(['facilityId', 'workDate', 'shift'])
export class StaffAssignment {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) userId!: string;
  @Column({ type: 'date' }) workDate!: string;
  @Column({ type: 'varchar', length: 10 }) shift!: Shift;
  @Column({ type: 'uuid', array: true, default: () => `'{}'` }) roomIds!: string[];
  @Column({ type: 'boolean', default: false }) cover!: boolean;
  @Column({ type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
