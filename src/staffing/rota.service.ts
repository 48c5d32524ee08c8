import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, diffFields } from '../audit/audit.service';
import { addDays, parseIsoDate } from '../calendar/dates';
import {
  FieldError,
  fieldError,
  invalid,
  ProblemException,
  staleVersion,
} from '../common/errors/problem.exception';
import { facilityToday } from '../database/facility-scope';
import { weekStart } from '../daily-care/care-rules';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import { AssignmentView, PutRotaDto, RotaView } from './dto/staffing.dto';
import { StaffAssignment } from './staff-assignment.entity';

interface AssignmentRow {
  id: string;
  user_id: string;
  full_name: string;
  role: Role;
  date: string;
  shift: AssignmentView['shift'];
  room_ids: string[];
  cover: boolean;
}

const toView = (r: AssignmentRow): AssignmentView => ({
  id: r.id,
  userId: r.user_id,
  fullName: r.full_name,
  role: r.role,
  date: r.date,
  shift: r.shift,
  roomIds: r.room_ids,
  cover: r.cover,
});

/** The weekly rota: who works which shift in which rooms, written a week at a time by the admin. */
@Injectable()
export class RotaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The week's rota: the admin's whole, everyone else's own assignments. */
  async get(actor: FacilityActor, week: string | undefined): Promise<RotaView> {
    const start = await this.weekOf(actor, week);
    const [rows, version] = await Promise.all([
      this.assignments(actor, start, actor.role === Role.Admin ? null : actor.id),
      this.version(actor, start),
    ]);
    return { weekStart: start, version, assignments: rows.map(toView) };
  }

  /**
   * Replaces the week's rota at once. The first rota of a week needs no If-Match (or "0"); a
   * later one names the version read. Every assignment is checked (a day of the week, a staff
   * member of the facility, its rooms, one per person and shift, rooms for a caretaker) and the
   * whole week is refused if one is wrong.
   */
  async put(
    actor: FacilityActor,
    week: string | undefined,
    expected: number | undefined,
    dto: PutRotaDto,
  ): Promise<RotaView> {
    return this.dataSource.transaction(async (manager) => {
      const start = await this.weekOf(actor, week);
      await manager.query(
        `INSERT INTO rota_week (facility_id, week_start, updated_by, version) VALUES ($1, $2, $3, 0)
         ON CONFLICT DO NOTHING`,
        [actor.facilityId, start, actor.id],
      );
      const [locked] = await manager.query<{ version: number }[]>(
        `SELECT version FROM rota_week WHERE facility_id = $1 AND week_start = $2 FOR UPDATE`,
        [actor.facilityId, start],
      );
      const current = locked?.version ?? 0;
      if (current > 0 && expected === undefined)
        throw new ProblemException(HttpStatus.PRECONDITION_REQUIRED, 'preconditionRequired');
      if ((expected ?? 0) !== current) throw staleVersion(current);

      const end = addDays(start, 6);
      const users = new Map(
        (
          await manager.query<{ id: string; role: Role }[]>(
            `SELECT id, role FROM app_user WHERE facility_id = $1 AND active AND role <> 'officer'`,
            [actor.facilityId],
          )
        ).map((u) => [u.id, u.role]),
      );
      const rooms = new Set(
        (
          await manager.query<{ id: string }[]>(`SELECT id FROM room WHERE facility_id = $1`, [
            actor.facilityId,
          ])
        ).map((r) => r.id),
      );
      const errors: FieldError[] = [];
      const seen = new Set<string>();
      dto.assignments.forEach((a, i) => {
        const f = (name: string) => `assignments.${i}.${name}`;
        const userId = a.userId.toLowerCase();
        const role = users.get(userId);
        if (a.date < start || a.date > end)
          errors.push(
            fieldError(
              f('date'),
              'outsideWeek',
              'Ngày không thuộc tuần này',
              'Not a day of this week',
            ),
          );
        if (!role)
          errors.push(
            fieldError(
              f('userId'),
              'unknownUser',
              'Không tìm thấy nhân viên đang làm việc',
              'No active staff member with this id',
            ),
          );
        if (a.roomIds.some((r) => !rooms.has(r.toLowerCase())))
          errors.push(
            fieldError(f('roomIds'), 'unknownRoom', 'Không tìm thấy phòng', 'Room not found'),
          );
        if (role === Role.Caretaker && a.roomIds.length === 0 && !a.cover)
          errors.push(
            fieldError(
              f('roomIds'),
              'isDefined',
              'Nhân viên chăm sóc cần ít nhất một phòng',
              'A caretaker needs at least one room',
            ),
          );
        const key = `${userId}|${a.date}|${a.shift}`;
        if (seen.has(key))
          errors.push(
            fieldError(
              f('shift'),
              'duplicate',
              'Nhân viên bị xếp hai lần vào ca này',
              'Assigned twice to this shift',
            ),
          );
        seen.add(key);
      });
      if (errors.length > 0) throw invalid(errors);

      const before = await this.assignments(actor, start, null, manager);
      await manager.query(
        `DELETE FROM staff_assignment WHERE facility_id = $1 AND work_date BETWEEN $2 AND $3`,
        [actor.facilityId, start, end],
      );
      if (dto.assignments.length > 0)
        await manager.insert(
          StaffAssignment,
          dto.assignments.map((a) => ({
            facilityId: actor.facilityId,
            userId: a.userId.toLowerCase(),
            workDate: a.date,
            shift: a.shift,
            roomIds: [...new Set(a.roomIds.map((r) => r.toLowerCase()))],
            cover: a.cover ?? false,
            createdBy: actor.id,
          })),
        );
      await manager.query(
        `UPDATE rota_week SET version = version + 1, updated_by = $3, updated_at = now()
          WHERE facility_id = $1 AND week_start = $2`,
        [actor.facilityId, start, actor.id],
      );
      const after = await this.assignments(actor, start, null, manager);
      const facts = (rows: AssignmentRow[]) =>
        rows.map(
          (r) =>
            `${r.date} ${r.shift} ${r.user_id}: ${r.room_ids.join(',')}${r.cover ? ' cover' : ''}`,
        );
      await this.audit.record(manager, actor, {
        action: current > 0 ? 'update' : 'create',
        entity: 'rota_week',
        entityId: start,
        changes: diffFields({ assignments: facts(before) }, { assignments: facts(after) }),
      });
      return { weekStart: start, version: current + 1, assignments: after.map(toView) };
    });
  }

  /** The Monday named (400 if it is not one), or this week's in the facility's time zone. */
  private async weekOf(actor: FacilityActor, week: string | undefined): Promise<string> {
    if (week === undefined) return weekStart(await facilityToday(this.dataSource.manager, actor));
    if (parseIsoDate(week).getUTCDay() !== 1)
      throw invalid([
        fieldError('week', 'notMonday', 'Tuần bắt đầu từ thứ Hai', 'A week starts on a Monday'),
      ]);
    return week;
  }

  private async version(actor: FacilityActor, start: string): Promise<number> {
    const rows = await this.dataSource.query<{ version: number }[]>(
      `SELECT version FROM rota_week WHERE facility_id = $1 AND week_start = $2`,
      [actor.facilityId, start],
    );
    return rows[0]?.version ?? 0;
  }

  private assignments(
    actor: FacilityActor,
    start: string,
    userId: string | null,
    manager = this.dataSource.manager,
  ): Promise<AssignmentRow[]> {
    return manager.query(
      `SELECT a.id, a.user_id, u.full_name, u.role, to_char(a.work_date, 'YYYY-MM-DD') AS date,
              a.shift, a.room_ids, a.cover
         FROM staff_assignment a JOIN app_user u ON u.id = a.user_id
        WHERE a.facility_id = $1 AND a.work_date BETWEEN $2 AND $2::date + 6
          AND ($3::uuid IS NULL OR a.user_id = $3)
        ORDER BY a.work_date, array_position(ARRAY['morning', 'afternoon', 'night'], a.shift::text),
                 u.role, u.full_name, a.id`,
      [actor.facilityId, start, userId],
    );
  }
}
