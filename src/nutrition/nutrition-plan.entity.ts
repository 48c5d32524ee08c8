import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Resident } from '../residents/model/resident.entity';
import type { AllergyKind, AllergySeverity, DietType, Texture } from './nutrition.enums';

export interface Allergy {
  substance: string;
  kind: AllergyKind;
  severity: AllergySeverity | null;
  reaction: string | null;
}

/** The most allergies and supplements one plan version lists; a supplement's longest text. */
export const MAX_ALLERGIES = 30;
export const MAX_SUPPLEMENTS = 20;
export const SUPPLEMENT_MAX_LENGTH = 200;

/**
 * One version of a resident's nutrition plan. A plan is never edited: `PUT` writes the next
 * version and marks this one superseded, so the history shows who set what and when.
 */
@Entity('nutrition_plan')
@Index(['residentId', 'version'], { unique: true })
@Index('nutrition_plan_current', ['residentId'], { unique: true, where: '"superseded_at" IS NULL' })
export class NutritionPlan {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) facilityId!: string;
  @Column({ type: 'uuid' }) residentId!: string;
  @ManyToOne(() => Resident, { onDelete: 'RESTRICT' }) resident?: Resident;
  /** 1 for the first plan, then 2, 3…: the ETag clients send back in If-Match. */
  @Column({ type: 'int' }) version!: number;
  @Column({ type: 'varchar', length: 30 }) dietType!: DietType;
  @Column({ type: 'varchar', length: 10 }) texture!: Texture;
  @Column({ type: 'jsonb', default: () => `'[]'` })
  allergies!: Allergy[];
  @Column({ type: 'int' }) mealsPerDay!: number;
  @Column({ type: 'int', nullable: true }) energyKcal!: number | null;
  /** The Vietnamese RDA for the resident's age and sex when the plan was written (null for infants). */
  @Column({ type: 'int', nullable: true }) energyKcalRda!: number | null;
  @Column({ type: 'jsonb', default: () => `'[]'` })
  supplements!: string[];
  @Column({ type: 'varchar', length: 2000, nullable: true }) notes!: string | null;
  @Column({ type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) supersededAt!: Date | null;
}
