import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** Loại hình cơ sở (ND 103/2017 Điều 5). */
export enum FacilityType {
  Elderly = 'elderly',
  Children = 'children',
  Disabled = 'disabled',
  MentalHealth = 'mental_health',
  General = 'general',
  SocialWorkCentre = 'social_work_centre',
  Other = 'other',
}

/** A Trung tâm Bảo trợ xã hội / Trung tâm Công tác xã hội and its settings. */
@Entity('facility')
export class Facility {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 32, unique: true }) code!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  /** Cơ quan chủ quản, printed above the name on reports. */
  @Column({ type: 'varchar', length: 200 }) governingBody!: string;
  @Column({ type: 'enum', enum: FacilityType, enumName: 'facility_type' })
  facilityType!: FacilityType;
  @Column({ type: 'varchar', length: 8 }) provinceCode!: string;
  @Column({ type: 'varchar', length: 100 }) provinceName!: string;
  @Column({ type: 'varchar', length: 300 }) address!: string;
  @Column({ type: 'varchar', length: 20, nullable: true }) phone!: string | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) email!: string | null;
  @Column({ type: 'int' }) capacity!: number;
  @Column({ type: 'varchar', length: 64, default: 'Asia/Ho_Chi_Minh' }) timezone!: string;
  /** The authority that receives the reports ("Kính gửi: …"); Sở Y tế since 2025 in most provinces. */
  @Column({ type: 'varchar', length: 200 }) reportRecipient!: string;
  /** Giám đốc: signs the reports. */
  @Column({ type: 'varchar', length: 120, nullable: true }) directorName!: string | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
