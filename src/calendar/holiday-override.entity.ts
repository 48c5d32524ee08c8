import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Days the government's yearly decision adds to or takes from the statutory holidays that the
 * `date-holidays` package knows: the extra Tết days, the second National Day day, swapped days
 * (a Friday off, the Saturday before worked). Keyed by date; a new year's decision is a data change.
 */
@Entity('holiday_override')
export class HolidayOverride {
  @PrimaryColumn({ type: 'date' }) date!: string;
  /** `day_off`: not a working day; `working_day`: a weekend day worked in exchange. */
  @Column({ type: 'varchar', length: 20 }) kind!: 'day_off' | 'working_day';
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 300 }) source!: string;
}
