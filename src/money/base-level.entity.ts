import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Mức chuẩn trợ giúp xã hội with the date it takes effect: the national level (facilityId null:
 * 360,000 đ from 1/7/2021, 500,000 đ from 1/7/2024 — ND 20/2021, ND 76/2024) and a province's
 * higher level as a facility setting. Money is a data change, not a code change.
 */
@Entity('base_level')
@Index(['facilityId', 'effectiveFrom'], { unique: true })
export class BaseLevel {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid', nullable: true }) facilityId!: string | null;
  @Column({ type: 'date' }) effectiveFrom!: string;
  /** đồng per month */
  @Column({ type: 'int' }) amountVnd!: number;
  @Column({ type: 'varchar', length: 300 }) source!: string;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
