import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * National rows of past years' decisions (2025, 2026) that correct the computed days off
 * (`defaultDaysOff`: Điều 112 BLLĐ 2019, lunar Tết and Giỗ Tổ, substitute days): swapped days (a
 * Friday off, the Saturday before worked), a Tết placed otherwise. A facility records later years'
 * decisions itself (`holiday_decision`), which win over these rows.
 */
@Entity('holiday_override')
export class HolidayOverride {
  @PrimaryColumn({ type: 'date' }) date!: string;
  /** `day_off`: not a working day; `working_day`: a weekend day worked in exchange. */
  @Column({ type: 'varchar', length: 20 }) kind!: 'day_off' | 'working_day';
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 300 }) source!: string;
}
