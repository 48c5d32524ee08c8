import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { FacilityActor } from '../identity/actor';
import { addDays } from '../calendar/dates';
import { invalid } from '../common/errors/problem.exception';
import { Page } from '../common/http/pagination';
import { DATE_LENGTH, UUID_LENGTH } from '../common/http/validators';
import { columnLength } from '../database/columns';
import { Room } from '../facilities/room.entity';
import { Resident } from '../residents/model/resident.entity';
import { HealthSchedule } from './health-schedule.entity';
import { VaccinePlanDose } from './vaccine-plan-dose.entity';
import { WorklistQuery, WorklistStatus } from './dto/schedule.dto';
import { ScheduleKind } from './health.enums';
import { facilityToday } from '../database/facility-scope';
import { overdueCountsByKind, worklistRows } from './health.queries';

/** Tasks due within this many days are "upcoming". */
export const UPCOMING_DAYS = 14;

export class WorklistItem {
  @ApiProperty({ format: 'uuid', maxLength: UUID_LENGTH }) scheduleId!: string;
  @ApiProperty({ format: 'uuid', maxLength: UUID_LENGTH }) residentId!: string;
  @ApiProperty({ maxLength: columnLength(Resident, 'code') }) residentCode!: string;
  @ApiProperty({ maxLength: columnLength(Resident, 'fullName') }) residentName!: string;
  @ApiProperty({ nullable: true, type: String, maxLength: columnLength(Room, 'code') })
  roomCode!: string | null;
  @ApiProperty({ enum: ScheduleKind }) kind!: ScheduleKind;
  @ApiProperty({
    nullable: true,
    type: String,
    maxLength: columnLength(HealthSchedule, 'vaccineCode'),
  })
  vaccineCode!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "The vaccine's name in the national schedule (Vietnamese), for the code",
    example: 'Bạch hầu - Ho gà - Uốn ván - Viêm gan B - Hib',
    maxLength: columnLength(VaccinePlanDose, 'vaccineName'),
  })
  vaccineName!: string | null;
  @ApiProperty({ nullable: true, type: Number }) doseNo!: number | null;
  @ApiProperty({ format: 'date', maxLength: DATE_LENGTH }) nextDueOn!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date', maxLength: DATE_LENGTH })
  lastDoneOn!: string | null;
  @ApiProperty({ description: 'Days past the due date (negative: days until it)' })
  daysOverdue!: number;
  @ApiProperty({ enum: ['overdue', 'due', 'upcoming'] }) status!: WorklistStatus;
  @ApiProperty() version!: number;
}

/**
 * The nurse's morning list, computed in the facility's time zone:
 * overdue — past the due date and its grace days; due — due today or within the grace days;
 * upcoming — due in the next 14 days. Sorted by how overdue, cursor-paginated.
 */
@Injectable()
export class WorklistService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Overdue tasks (the worklist's `overdue`) counted by kind, most first. */
  async countOverdueByKind(actor: FacilityActor): Promise<{ kind: ScheduleKind; count: number }[]> {
    const today = await facilityToday(this.dataSource.manager, actor);
    return overdueCountsByKind(this.dataSource.manager, actor.facilityId, today);
  }

  async list(actor: FacilityActor, query: WorklistQuery): Promise<Page<WorklistItem>> {
    const today = await facilityToday(this.dataSource.manager, actor);
    const status = query.status ?? 'overdue';
    const limit = query.limit ?? 50;
    const rows = await worklistRows(this.dataSource.manager, actor.facilityId, today, {
      status,
      kind: query.kind,
      room: query.room,
      after: query.cursor ? decodeCursor(query.cursor) : null,
      upcomingUntil: addDays(today, UPCOMING_DAYS),
      limit,
    });
    const items = rows.slice(0, limit).map((r) => ({
      scheduleId: r.schedule_id,
      residentId: r.resident_id,
      residentCode: r.resident_code,
      residentName: r.resident_name,
      roomCode: r.room_code,
      kind: r.kind,
      vaccineCode: r.vaccine_code,
      vaccineName: r.vaccine_name,
      doseNo: r.dose_no,
      nextDueOn: r.next_due_on,
      lastDoneOn: r.last_done_on,
      daysOverdue: r.days_overdue,
      status,
      version: r.version,
    }));
    const last = items[items.length - 1];
    return {
      items,
      nextCursor:
        rows.length > limit && last
          ? Buffer.from(JSON.stringify([last.nextDueOn, last.scheduleId])).toString('base64url')
          : null,
    };
  }
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(v) &&
      v.length === 2 &&
      /^\d{4}-\d{2}-\d{2}$/.test(String(v[0])) &&
      /^[0-9a-f-]{36}$/.test(String(v[1]))
    ) {
      return [String(v[0]), String(v[1])];
    }
  } catch {
    // fall through
  }
  throw invalid([{ field: 'cursor', code: 'invalidCursor' }]);
}
