import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  ManyToOne,
} from 'typeorm';
import { Resident } from '../residents/model/resident.entity';

/** A dose given (here or before admission, from the vaccination booklet). */
@Entity('vaccination')
@Index(['residentId', 'vaccineCode', 'doseNo'], { unique: true })
@Index(['facilityId', 'givenOn'])
export class Vaccination {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) residentId!: string;
  @ManyToOne(() => Resident, { onDelete: 'RESTRICT' }) resident?: Resident;
  @Column({ type: 'varchar', length: 20 }) vaccineCode!: string;
  @Column({ type: 'int' }) doseNo!: number;
  @Column({ type: 'date' }) givenOn!: string;
  @Column({ type: 'varchar', length: 50, nullable: true }) lot!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) place!: string | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) givenBy!: string | null;
  @Column({ type: 'uuid', nullable: true }) scheduleId!: string | null;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
