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
import { numericToNumber } from '../database/columns';
import { Facility } from './facility.entity';

/** Standard rooms need 6 m² per resident, rooms for 24-hour care 8 m² (TT 33/2017). */
export enum RoomCareLevel {
  Standard = 'standard',
  Intensive = 'intensive',
}

@Entity('room')
@Index(['facilityId', 'code'], { unique: true })
@Check(`"beds" >= 0 AND "area_m2" > 0`)
export class Room {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @ManyToOne(() => Facility, { onDelete: 'RESTRICT' }) facility?: Facility;
  @Column({ type: 'varchar', length: 20 }) code!: string;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'varchar', length: 100, nullable: true }) building!: string | null;
  @Column({ type: 'numeric', precision: 7, scale: 2, transformer: numericToNumber })
  areaM2!: number;
  @Column({ type: 'int' }) beds!: number;
  @Column({
    type: 'enum',
    enum: RoomCareLevel,
    enumName: 'room_care_level',
    default: RoomCareLevel.Standard,
  })
  careLevel!: RoomCareLevel;
  @Column({ type: 'varchar', length: 500, nullable: true }) note!: string | null;
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
