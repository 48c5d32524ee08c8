import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The 54 official ethnic groups (codes 01 Kinh … 54 Rơ Măm) and 55 for foreigners; reference data. */
@Entity('ethnicity')
export class Ethnicity {
  @PrimaryColumn({ type: 'char', length: 2 }) code!: string;
  @Column({ type: 'varchar', length: 60 }) name!: string;
}
