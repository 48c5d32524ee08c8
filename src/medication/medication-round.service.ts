import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { AuditService, diffFields } from '../audit/audit.service';
import { addDays } from '../calendar/dates';
import { conflict, FieldError, ProblemException } from '../common/errors/problem.exception';
import { facilityTimezone, facilityToday, findInFacility } from '../database/facility-scope';
import { Room } from '../facilities/room.entity';
import type { FacilityActor } from '../identity/actor';
import { NOT_YOUR_ROOM, roundRooms } from '../staffing/round-access';
import { mayWriteFor, roundRoomScope, RoomScope } from '../staffing/staffing.queries';
import type { Shift } from '../daily-care/care.enums';
import {
  MedicationRoundBatchDto,
  MedicationRoundQuery,
  MedicationRoundSaved,
  MedicationRoundView,
  toDoseRecordView,
} from './dto/medication-round.dto';
import { MedicationAdministration } from './medication-administration.entity';
import { seesMedicineNames } from './medication.roles';
import {
  asNeededMedicines,
  doseBeforeStop,
  dueDoses,
  givenInDay,
  lockedPrescriptions,
  recordedDoseKeys,
  residentsOfDoses,
} from './medication.queries';
import { roundResidents } from './medication-round.view';
import { inForceOn } from './prescription-rules';
import { exceedsMaxPer24h, localTime, shiftOfTime } from './round-rules';

const ROOM = { vi: 'Không tìm thấy phòng', en: 'Room not found' };
/** How far back a round may still be recorded (a late entry of the previous days). */
const LATE_DAYS = 7;
/** Row errors that are conflicts with the state of the records, not bad input. */
const CONFLICT_CODES = new Set(['alreadyRecorded', 'notPresent', 'notInForce', 'maxPer24h']);

/** The medication round: the doses due for a room and a time, and recording each once. */
@Injectable()
export class MedicationRoundService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async view(actor: FacilityActor, query: MedicationRoundQuery): Promise<MedicationRoundView> {
    const manager = this.dataSource.manager;
    const date = query.date ?? (await facilityToday(manager, actor));
    if (query.room) await findInFacility(manager, Room, actor, query.room, { what: ROOM });
    const slotShift = query.slot ? shiftOfTime(query.slot) : null;
    const rooms = await roundRooms(manager, actor, date, slotShift, query.room);
    const seesNames = seesMedicineNames(actor.role);
    const [doses, prn] = await Promise.all([
      dueDoses(manager, actor.facilityId, date, query.slot ?? null, rooms),
      asNeededMedicines(manager, actor.facilityId, date, rooms),
    ]);
    const residents = roundResidents(doses, prn, seesNames, date);
    return {
      date,
      slot: query.slot ?? null,
      roomId: query.room ?? null,
      residents,
    };
  }

  /**
   * Records the doses of a slot in one transaction: every row or none. A scheduled dose is
   * recorded once (a second record is a 409, also when two rounds race: the unique index
   * decides); an as-needed dose beyond its 24-hour maximum is a 409; a caretaker writes only for
   * the rooms of their shift unless the admin let them cover (403).
   */
  async save(actor: FacilityActor, dto: MedicationRoundBatchDto): Promise<MedicationRoundSaved> {
    try {
      return await this.dataSource.transaction((manager) => this.saveIn(manager, actor, dto));
    } catch (err) {
      if (
        err instanceof QueryFailedError &&
        (err.driverError as { code?: string }).code === '23505'
      )
        throw conflict({
          vi: 'Liều thuốc đã được ghi (bởi người khác cùng lúc)',
          en: 'A dose was recorded at the same time by someone else',
        });
      throw err;
    }
  }

  private async saveIn(
    manager: EntityManager,
    actor: FacilityActor,
    dto: MedicationRoundBatchDto,
  ): Promise<MedicationRoundSaved> {
    const zone = await facilityTimezone(manager, actor);
    const today = await facilityToday(manager, actor);
    const now = new Date();
    const errors: FieldError[] = [];
    const err = (field: string, code: string, vi: string, en: string) =>
      errors.push({ field, code, text: { vi, en } });
    if (dto.date > today)
      err('date', 'futureDate', 'Ngày ở tương lai', 'The date is in the future');
    else if (dto.date < addDays(today, -LATE_DAYS))
      err(
        'date',
        'tooLate',
        `Chỉ ghi bù trong ${LATE_DAYS} ngày`,
        `Only the last ${LATE_DAYS} days`,
      );

    const ids = [...new Set(dto.rows.map((r) => r.prescriptionId.toLowerCase()))];
    // Locked: two rounds giving the same as-needed medicine are counted one after the other.
    const prescriptions = await lockedPrescriptions(manager, actor.facilityId, ids);
    const byId = new Map(prescriptions.map((p) => [p.id, p]));
    const residents = await residentsOfDoses(manager, [
      ...new Set(prescriptions.map((p) => p.residentId)),
    ]);
    const residentById = new Map(residents.map((r) => [r.id, r]));
    const done = await recordedDoseKeys(manager, ids, dto.date);
    const scopes = new Map<Shift, RoomScope | null>();
    const scopeOf = async (shift: Shift) => {
      if (!scopes.has(shift))
        scopes.set(shift, await roundRoomScope(manager, actor, dto.date, shift));
      return scopes.get(shift) ?? null;
    };

    const seen = new Set<string>();
    const prnGiven = new Map<string, Date[]>();
    const outside: FieldError[] = [];
    const rows: Partial<MedicationAdministration>[] = [];
    for (const [i, row] of dto.rows.entries()) {
      const f = (name: string) => `rows.${i}.${name}`;
      const p = byId.get(row.prescriptionId.toLowerCase());
      if (!p) {
        err(
          f('prescriptionId'),
          'unknownPrescription',
          'Không tìm thấy y lệnh',
          'Prescription not found',
        );
        continue;
      }
      const resident = residentById.get(p.residentId);
      const administeredAt = row.administeredAt ? new Date(row.administeredAt) : now;
      if (administeredAt.getTime() > now.getTime() + 5 * 60_000)
        err(f('administeredAt'), 'future', 'Thời điểm ở tương lai', 'The time is in the future');
      if (!resident || resident.status !== 'active')
        err(
          f('prescriptionId'),
          'notPresent',
          'Đối tượng không có mặt tại trung tâm',
          'The resident is not present',
        );
      if (!inForceOn(p, dto.date))
        err(
          f('prescriptionId'),
          'notInForce',
          'Y lệnh không có hiệu lực vào ngày này',
          'The prescription is not in force on that date',
        );
      if (row.outcome === 'held' && !row.reason?.trim())
        err(
          f('reason'),
          'isDefined',
          'Cần lý do tạm hoãn liều thuốc',
          'A held dose needs a reason',
        );
      const time = row.time ?? null;
      if (p.asNeeded) {
        if (time !== null)
          err(
            f('time'),
            'asNeeded',
            'Thuốc dùng khi cần không có giờ cố định',
            'An as-needed medicine has no fixed time',
          );
        if (p.status === 'stopped')
          err(f('prescriptionId'), 'notInForce', 'Y lệnh đã ngừng', 'The prescription is stopped');
        if (row.outcome === 'given') {
          if (!row.reason?.trim())
            err(
              f('reason'),
              'isDefined',
              'Cần ghi lý do dùng thuốc khi cần',
              'Say why the as-needed dose was given',
            );
          const given = prnGiven.get(p.id) ?? (await givenInDay(manager, p.id, administeredAt));
          given.push(administeredAt);
          prnGiven.set(p.id, given);
          if (exceedsMaxPer24h(given, p.maxPer24h ?? 0))
            err(
              f('prescriptionId'),
              'maxPer24h',
              `Vượt quá ${p.maxPer24h} liều trong 24 giờ`,
              `More than ${p.maxPer24h} doses in 24 hours`,
            );
        }
      } else if (time === null) {
        err(f('time'), 'isDefined', 'Cần giờ của liều thuốc', 'The dose time is required');
      } else if (!p.times.includes(time)) {
        err(
          f('time'),
          'notDue',
          'Y lệnh không có liều vào giờ này',
          'No dose of this prescription at that time',
        );
      } else {
        const key = `${p.id}@${time}`;
        if (seen.has(key))
          err(f('time'), 'duplicateRow', 'Liều thuốc bị ghi hai lần', 'Dose given twice');
        else if (done.has(key))
          err(
            f('time'),
            'alreadyRecorded',
            'Liều thuốc này đã được ghi',
            'This dose is already recorded',
          );
        else if (p.stoppedAt) {
          // A stopped prescription's doses after the stop are not due.
          if (!(await doseBeforeStop(manager, dto.date, time, zone, p.stoppedAt)))
            err(
              f('prescriptionId'),
              'notInForce',
              'Y lệnh đã ngừng trước liều này',
              'The prescription was stopped before this dose',
            );
        }
        seen.add(key);
      }
      const shift = shiftOfTime(time ?? localTime(administeredAt, zone));
      if (!mayWriteFor(await scopeOf(shift), resident?.room_id ?? null))
        outside.push({ field: f('prescriptionId'), code: 'notYourRoom', text: NOT_YOUR_ROOM });
      rows.push({
        facilityId: actor.facilityId,
        residentId: p.residentId,
        prescriptionId: p.id,
        prescriptionVersion: p.version,
        doseDate: dto.date,
        doseTime: time,
        outcome: row.outcome,
        reason: row.reason?.trim() || null,
        note: row.note?.trim() || null,
        administeredAt,
        recordedBy: actor.id,
      });
    }
    if (outside.length > 0)
      throw new ProblemException(HttpStatus.FORBIDDEN, 'forbidden', NOT_YOUR_ROOM, outside);
    if (errors.length > 0) {
      const onlyConflicts = errors.every((e) => CONFLICT_CODES.has(e.code));
      throw new ProblemException(
        onlyConflicts ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
        onlyConflicts ? 'conflict' : 'validation',
        {
          vi: `Không lưu liều nào: ${errors.length} lỗi`,
          en: `Nothing was saved: ${errors.length} error(s)`,
        },
        errors,
      );
    }
    const inserted = await manager.insert(MedicationAdministration, rows);
    const newIds = inserted.identifiers.map((x) => x.id as string);
    const saved = await manager.find(MedicationAdministration, { where: { id: In(newIds) } });
    const order = new Map(newIds.map((id, i) => [id, i]));
    saved.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    await this.audit.recordMany(
      manager,
      actor,
      saved.map((a) => ({
        action: 'create' as const,
        entity: 'medication_administration',
        entityId: a.id,
        changes: diffFields(null, { ...a }),
      })),
    );
    return { date: dto.date, saved: saved.length, records: saved.map(toDoseRecordView) };
  }
}
