import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export interface MeetingConcern {
  concern: string;
  action: string | null;
  ownerId: string | null;
  resolved: boolean;
}

/** The most staff and concerns one meeting's minutes list. */
export const MAX_STAFF_PRESENT = 30;
export const MAX_CONCERNS = 50;

/** The weekly children's meeting (họp trẻ hằng tuần): who came, concerns raised and what is done. */
@Entity('children_meeting')
@Index(['facilityId', 'heldOn'], { unique: true })
export class ChildrenMeeting {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'date' }) heldOn!: string;
  @Column({ type: 'uuid' }) facilitatorId!: string;
  @Column({ type: 'int' }) childrenPresent!: number;
  @Column({ type: 'varchar', length: 200, array: true, default: () => `'{}'` })
  staffPresent!: string[];
  @Column({ type: 'jsonb', default: () => `'[]'` })
  concerns!: MeetingConcern[];
  @Column({ type: 'varchar', length: 4000, nullable: true }) notes!: string | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
