import { ApiSchema } from '@nestjs/swagger';
import { ScheduleKind } from '../health.enums';
import type { HealthSchedule } from '../health-schedule.entity';

/** HealthSchedule as the API answers it (schema name HealthSchedule; column bounds from the entity). */
@ApiSchema({ name: 'HealthSchedule' })
export class HealthScheduleView {
  id!: string;
  facilityId!: string;
  residentId!: string;
  kind!: ScheduleKind;
  intervalMonths!: number | null;
  intervalDays!: number | null;
  /** A one-off task (a planned vaccine dose): done once, then inactive. */
  fixedDueOn!: string | null;
  nextDueOn!: string | null;
  lastDoneOn!: string | null;
  /** Days after the due date before it counts as overdue. */
  graceDays!: number;
  active!: boolean;
  note!: string | null;
  vaccineCode!: string | null;
  doseNo!: number | null;
  version!: number;
  createdAt!: Date;
  updatedAt!: Date;
}

export function toHealthScheduleView(e: HealthSchedule): HealthScheduleView {
  return {
    id: e.id,
    facilityId: e.facilityId,
    residentId: e.residentId,
    kind: e.kind,
    intervalMonths: e.intervalMonths,
    intervalDays: e.intervalDays,
    fixedDueOn: e.fixedDueOn,
    nextDueOn: e.nextDueOn,
    lastDoneOn: e.lastDoneOn,
    graceDays: e.graceDays,
    active: e.active,
    note: e.note,
    vaccineCode: e.vaccineCode,
    doseNo: e.doseNo,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
