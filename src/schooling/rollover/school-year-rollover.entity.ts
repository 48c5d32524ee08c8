import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A facility's closing of a school year: done once (a second rollover of the year is a 409). */
@Entity('school_year_rollover')
@Index(['facilityId', 'fromYear'], { unique: true })
export class SchoolYearRollover {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'varchar', length: 9 }) fromYear!: string;
  @Column({ type: 'varchar', length: 9 }) toYear!: string;
  @Column({ type: 'int' }) enrolled!: number;
  @Column({ type: 'int' }) needsDecision!: number;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
