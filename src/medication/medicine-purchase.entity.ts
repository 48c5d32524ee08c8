import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';

/**
 * A purchase of medicines by the facility (hóa đơn mua thuốc): what the monthly report counts as
 * the actual cost of common medicines (thuốc chữa bệnh thông thường).
 */
@Entity('medicine_purchase')
@Index(['facilityId', 'purchasedOn'])
export class MedicinePurchase {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'date' }) purchasedOn!: string;
  @Column({ type: 'varchar', length: 300 }) description!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) supplier!: string | null;
  @Column({ type: 'varchar', length: 60, nullable: true }) invoiceNumber!: string | null;
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  amountVnd!: number;
  @Column({ type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @VersionColumn() version!: number;
}
