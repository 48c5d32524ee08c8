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
import {
  AssignmentRow,
  bumpRotaWeek,
  deleteAssignments,
  lockRotaWeek,
  roomIdsOf,
  rotaStaffRoles,
  rotaWeekVersion,
  weekAssignments,
} from './rota.queries';
import { StaffAssignment } from './staff-assignment.entity';

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
    const manager = this.dataSource.manager;
    const [rows, version] = await Promise.all([
      weekAssignments(
        manager,
        actor.facilityId,
        start,
        actor.role === Role.Admin ? null : actor.id,
      ),
      rotaWeekVersion(manager, actor.facilityId, start),
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
      const current = await lockRotaWeek(manager, actor.facilityId, start, actor.id);
      if (current > 0 && expected === undefined)
        throw new ProblemException(HttpStatus.PRECONDITION_REQUIRED, 'preconditionRequired');
      if ((expected ?? 0) !== current) throw staleVersion(current);

      const end = addDays(start, 6);
      const users = await rotaStaffRoles(manager, actor.facilityId);
      const rooms = await roomIdsOf(manager, actor.facilityId);
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

      const before = await weekAssignments(manager, actor.facilityId, start, null);
      await deleteAssignments(manager, actor.facilityId, start, end);
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
      await bumpRotaWeek(manager, actor.facilityId, start, actor.id);
      const after = await weekAssignments(manager, actor.facilityId, start, null);
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
}
