import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type ResidentEventKind =
  | 'admitted'
  | 'leave_started'
  | 'leave_ended'
  | 'transferred'
  | 'discharged'
  | 'died'
  | 'readmitted';

/** What happened to a resident's stay and when: the census of the reports is counted from these. */
@Entity('resident_event')
@Index(['facilityId', 'eventDate'])
@Index(['residentId', 'eventDate'])
export class ResidentEvent {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) residentId!: string;
  @Column({ type: 'varchar', length: 20 }) kind!: ResidentEventKind;
  @Column({ type: 'date' }) eventDate!: string;
  @Column({ type: 'jsonb', nullable: true }) details!: Record<
    string,
    string | number | boolean | null
  > | null;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
