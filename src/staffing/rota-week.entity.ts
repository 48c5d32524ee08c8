import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** The version of a facility's rota for one week (its Monday): what If-Match names on PUT. */
@Entity('rota_week')
export class RotaWeek {
  @PrimaryColumn({ type: 'uuid' }) facilityId!: string;
  @PrimaryColumn({ type: 'date' }) weekStart!: string;
  @Column({ type: 'uuid' }) updatedBy!: string;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}
