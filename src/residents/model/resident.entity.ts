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
import { Facility } from '../../facilities/facility.entity';
import { Room } from '../../facilities/room.entity';
import type { EmergencyKind, ResidentCategory } from './categories';
import { Ethnicity } from './ethnicity.entity';
import { AdmissionType, ResidentStatus, type Sex } from './resident.enums';

export interface GuardianContact {
  name: string;
  relationship: string;
  phone: string | null;
  address: string | null;
}

/** The most guardians or contacts one resident's record keeps. */
export const MAX_GUARDIANS = 10;

/** A person in the register (sổ theo dõi đối tượng). Never deleted. */
@Entity('resident')
@Index(['facilityId', 'code'], { unique: true })
@Index(['facilityId', 'status'])
@Index(['facilityId', 'sortName', 'id'])
@Index(['facilityId', 'personalId'])
@Index(['roomId'])
@Check(`"date_of_birth" IS NOT NULL OR "birth_year" IS NOT NULL`)
export class Resident {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @ManyToOne(() => Facility, { onDelete: 'RESTRICT' }) facility?: Facility;
  /** DB-2026-0042: admission year and a per-facility sequence. */
  @Column({ type: 'varchar', length: 20 }) code!: string;
  @Column({ type: 'varchar', length: 200 }) fullName!: string;
  @Column({ type: 'varchar', length: 100, nullable: true }) preferredName!: string | null;
  /** Folded name (no diacritics, lower case) for search and duplicate detection. */
  @Column({ type: 'varchar', length: 200 }) searchName!: string;
  /** Given name first, then the full name, folded: Vietnamese registers sort by given name. */
  @Column({ type: 'varchar', length: 400 }) sortName!: string;
  @Column({ type: 'date', nullable: true }) dateOfBirth!: string | null;
  /** Year of birth; the only birth fact when the date is unknown. */
  @Column({ type: 'int', nullable: true }) birthYear!: number | null;
  /** An abandoned child's or a vagrant's birth year is often estimated. */
  @Column({ type: 'boolean', default: false }) birthDateEstimated!: boolean;
  @Column({ type: 'varchar', length: 6 }) sex!: Sex;
  @Column({ type: 'char', length: 2 }) ethnicityCode!: string;
  @ManyToOne(() => Ethnicity, { onDelete: 'RESTRICT' }) ethnicity?: Ethnicity;
  @Column({ type: 'varchar', length: 60, nullable: true }) religion!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) hometownProvince!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) hometownCommune!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) placeOfOrigin!: string | null;
  /** CCCD, 12 digits; many residents have none. */
  @Column({ type: 'char', length: 12, nullable: true }) personalId!: string | null;
  @Column({ type: 'varchar', length: 15, nullable: true }) healthInsuranceNumber!: string | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) photoRef!: string | null;
  @Column({ type: 'jsonb', default: () => `'[]'` })
  guardians!: GuardianContact[];
  @Column({ type: 'varchar', array: true, length: 40 })
  categories!: ResidentCategory[];
  @Column({ type: 'varchar', length: 30, nullable: true }) emergencyKind!: EmergencyKind | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) disabilityKind!: string | null;
  /** Mức độ khuyết tật: nhẹ / nặng / đặc biệt nặng. */
  @Column({ type: 'varchar', length: 20, nullable: true }) disabilityLevel!:
    'mild' | 'severe' | 'extreme' | null;
  @Column({ type: 'varchar', length: 20, default: 'independent' }) mobility!:
    'independent' | 'assisted' | 'wheelchair' | 'bedridden';
  /** Needs 24-hour care: 8 m² instead of 6 (TT 33/2017). */
  @Column({ type: 'boolean', default: false }) needs24hCare!: boolean;
  @Column({ type: 'varchar', length: 2000, nullable: true }) careNeeds!: string | null;
  /** What a caretaker must do, without the reason (diet, allergies, "needs supervision"). */
  @Column({ type: 'varchar', length: 2000, nullable: true }) careInstructions!: string | null;
  @Column({ type: 'uuid', nullable: true }) roomId!: string | null;
  @ManyToOne(() => Room, { onDelete: 'RESTRICT' }) room?: Room;
  @Column({ type: 'varchar', length: 10, nullable: true }) bed!: string | null;
  @Column({
    type: 'enum',
    enum: ResidentStatus,
    enumName: 'resident_status',
    default: ResidentStatus.Active,
  })
  status!: ResidentStatus;
  @Column({ type: 'enum', enum: AdmissionType, enumName: 'admission_type' })
  admissionType!: AdmissionType;
  @Column({ type: 'date' }) admittedOn!: string;
  @Column({ type: 'uuid', nullable: true }) currentAdmissionId!: string | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
