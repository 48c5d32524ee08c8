import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** One change a decision makes to the computed calendar (stored in `holiday_decision.changes`). */
export interface HolidayChange {
  date: string;
  /** `day_off`: not worked (an extra Tết day, a bridge day); `working_day`: worked in exchange. */
  kind: 'day_off' | 'working_day';
  name: string;
}

/**
 * A facility's record of the Prime Minister's yearly holiday decision (the notice of the Ministry
 * of Home Affairs): the days it adds to or takes from the days off computed by the law
 * (`defaultDaysOff`), e.g. a Friday off and the Saturday before worked, or the 2/9 companion day
 * on the other side. One row per facility and year; recording again replaces the changes.
 */
@Entity('holiday_decision')
export class HolidayDecision {
  @PrimaryColumn({ type: 'uuid' }) facilityId!: string;
  @PrimaryColumn({ type: 'int' }) year!: number;
  @Column({ type: 'varchar', length: 300 }) reference!: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) changes!: HolidayChange[];
  @Column({ type: 'uuid' }) recordedBy!: string;
  @UpdateDateColumn({ type: 'timestamptz' }) recordedAt!: Date;
  @VersionColumn() version!: number;
}
