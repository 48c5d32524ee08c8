import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { addDays } from '../calendar/dates';
import { facilityToday } from '../database/facility-scope';
import type { FacilityActor } from '../identity/actor';
import { StaffingDayView } from './dto/staffing.dto';
import {
  CARER_GROUP_CODES,
  CARER_GROUPS,
  RESIDENTS_PER_MEDICAL_STAFF,
  RESIDENTS_PER_SOCIAL_WORKER,
} from './staffing.enums';
import { staffingRows, StaffingRow } from './staffing.queries';

/** A shift of the monthly report's staffing summary that had fewer carers than required. */
export interface ShortShift {
  date: string;
  shift: StaffingRow['shift'];
  requiredCarers: number;
  assignedCarers: number;
}

const count = (required: number, assigned: number) => ({
  required,
  assigned,
  short: assigned < required,
});

/** Staffing against TT 33/2017 Điều 5: what the residents present require and what the rota gives. */
@Injectable()
export class StaffingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async day(actor: FacilityActor, date: string | undefined): Promise<StaffingDayView> {
    const manager = this.dataSource.manager;
    const day = date ?? (await facilityToday(manager, actor));
    const rows = await staffingRows(manager, actor.facilityId, day, day);
    const first = rows[0];
    const residents = first?.residents ?? 0;
    return {
      date: day,
      residents,
      groups: CARER_GROUP_CODES.map((group) => ({
        group,
        residents: first?.groups[group] ?? 0,
        perCarer: CARER_GROUPS[group].per,
      })),
      hasRota: first?.has_rota ?? false,
      shifts: rows.map((r) => ({
        shift: r.shift,
        carers: count(r.required_carers, r.assigned_carers),
      })),
      socialWorkers: count(
        Math.ceil(residents / RESIDENTS_PER_SOCIAL_WORKER),
        first?.day_social_workers ?? 0,
      ),
      medicalStaff: count(
        Math.ceil(residents / RESIDENTS_PER_MEDICAL_STAFF),
        first?.day_nurses ?? 0,
      ),
    };
  }

  /**
   * For the monthly report (reports/ calls this): the shifts of `month` (YYYY-MM) that had a rota
   * and fewer carers than TT 33/2017 requires, in date and shift order. One statement.
   */
  async shortShiftsOfMonth(
    manager: EntityManager,
    facilityId: string,
    month: string,
  ): Promise<ShortShift[]> {
    return (await this.monthOf(manager, facilityId, month)).short;
  }

  /**
   * The same month with what the report says beside its short shifts: how many days it has and
   * how many of them had a rota (a day without one is neither short nor covered). One statement.
   */
  async monthOf(
    manager: EntityManager,
    facilityId: string,
    month: string,
  ): Promise<{ days: number; daysWithRota: number; short: ShortShift[] }> {
    const from = `${month}-01`;
    const to = addDays(`${addDays(from, 31).slice(0, 7)}-01`, -1);
    const rows = await staffingRows(manager, facilityId, from, to);
    const days = new Set(rows.map((r) => r.day));
    const withRota = new Set(rows.filter((r) => r.has_rota).map((r) => r.day));
    return {
      days: days.size,
      daysWithRota: withRota.size,
      short: rows
        .filter((r) => r.has_rota && r.assigned_carers < r.required_carers)
        .map((r) => ({
          date: r.day,
          shift: r.shift,
          requiredCarers: r.required_carers,
          assignedCarers: r.assigned_carers,
        })),
    };
  }
}
