import { assertMayWriteRound, roundRooms } from '../staffing/round-access';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuditService, diffFields } from '../audit/audit.service';
import type { FacilityActor } from '../identity/actor';
import { FieldError, ProblemException } from '../common/errors/problem.exception';
import { findInFacility } from '../database/facility-scope';
import { Room } from '../facilities/room.entity';
import type { ResidentStatus } from '../residents/resident.enums';
import type { Allergy } from '../nutrition/nutrition-plan.entity';
import { SHIFTS, type Shift } from './care.enums';
import { isPresent, observationErrors, recordDateErrors } from './care-rules';
import { facilityToday, observationRow } from './daily-records.service';
import { DailyRecord } from './daily-record.entity';
import { RoundBatchDto, RoundQuery } from './dto/daily-record.dto';
import { raiseRefusedMealAlerts } from './meal-alerts';

const ROOM = { vi: 'Không tìm thấy phòng', en: 'Room not found' };

/** What the caretaker needs to know at the bedside: the diet and allergies, not their reason. */
export interface RoundDiet {
  dietType: string;
  texture: string;
  allergies: Allergy[];
  mealsPerDay: number;
}

export interface RoundItem {
  residentId: string;
  code: string;
  fullName: string;
  preferredName: string | null;
  roomCode: string | null;
  bed: string | null;
  mobility: string;
  careInstructions: string | null;
  diet: RoundDiet | null;
  /** The records of the day for the requested shift(s)… */
  records: DailyRecord[];
  /** …and the shifts that still have none (the gaps of the round). */
  missing: Shift[];
}

export interface RoundView {
  date: string;
  shifts: Shift[];
  roomId: string | null;
  items: RoundItem[];
}

export interface RoundSaved {
  recordDate: string;
  shift: Shift;
  saved: number;
  records: DailyRecord[];
}

/** Row errors that are conflicts with the state of the residents, not bad input. */
const CONFLICT_CODES = new Set(['notPresent', 'alreadyRecorded']);

/** The room round: every active resident of a room with the day's records, and saving it at once. */
@Injectable()
export class RoundService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async view(actor: FacilityActor, query: RoundQuery): Promise<RoundView> {
    const manager = this.dataSource.manager;
    const date = query.date ?? (await facilityToday(manager, actor.facilityId));
    if (query.room) await findInFacility(manager, Room, actor, query.room, { what: ROOM });
    // A caretaker's round lists the rooms of their assignment (staffing/): a rota decides.
    const rooms = await roundRooms(manager, actor, date, query.shift ?? null, query.room);
    const shifts: Shift[] = query.shift ? [query.shift] : [...SHIFTS];
    const residents: {
      id: string;
      code: string;
      full_name: string;
      preferred_name: string | null;
      room_code: string | null;
      bed: string | null;
      mobility: string;
      care_instructions: string | null;
      diet_type: string | null;
      texture: string | null;
      allergies: Allergy[] | null;
      meals_per_day: number | null;
    }[] = await manager.query(
      `SELECT r.id, r.code, r.full_name, r.preferred_name, room.code AS room_code, r.bed, r.mobility,
              r.care_instructions, p.diet_type, p.texture, p.allergies, p.meals_per_day
         FROM resident r
         LEFT JOIN room ON room.id = r.room_id
         LEFT JOIN nutrition_plan p ON p.resident_id = r.id AND p.superseded_at IS NULL
        WHERE r.facility_id = $1 AND r.status = 'active'
          AND ($2::uuid[] IS NULL OR r.room_id = ANY($2::uuid[]))
        ORDER BY room.code NULLS LAST, r.bed NULLS LAST, r.sort_name, r.id`,
      [actor.facilityId, rooms],
    );
    const ids = residents.map((r) => r.id);
    const records =
      ids.length === 0
        ? []
        : await manager.find(DailyRecord, {
            where: {
              facilityId: actor.facilityId,
              recordDate: date,
              shift: In(shifts),
              residentId: In(ids),
            },
          });
    const byResident = new Map<string, DailyRecord[]>();
    for (const rec of records) {
      byResident.set(rec.residentId, [...(byResident.get(rec.residentId) ?? []), rec]);
    }
    const order = (s: Shift) => SHIFTS.indexOf(s);
    return {
      date,
      shifts,
      roomId: query.room ?? null,
      items: residents.map((r) => {
        const own = (byResident.get(r.id) ?? []).sort((a, b) => order(a.shift) - order(b.shift));
        return {
          residentId: r.id,
          code: r.code,
          fullName: r.full_name,
          preferredName: r.preferred_name,
          roomCode: r.room_code,
          bed: r.bed,
          mobility: r.mobility,
          careInstructions: r.care_instructions,
          diet:
            r.diet_type && r.texture && r.meals_per_day !== null
              ? {
                  dietType: r.diet_type,
                  texture: r.texture,
                  allergies: r.allergies ?? [],
                  mealsPerDay: r.meals_per_day,
                }
              : null,
          records: own,
          missing: shifts.filter((s) => !own.some((rec) => rec.shift === s)),
        };
      }),
    };
  }

  /**
   * Saves a round in one transaction: every row or none. Each bad row is named in the problem
   * document (`rows.3.residentId`, `rows.5.meals.0.meal`); a row for a resident who left or who
   * already has a record of this shift is a conflict (409), any other bad row a 400.
   */
  async save(actor: FacilityActor, dto: RoundBatchDto): Promise<RoundSaved> {
    return this.dataSource.transaction(async (manager) => {
      const residentIds = dto.rows.map((r) => r.residentId);
      await assertMayWriteRound(
        manager,
        actor,
        dto.recordDate,
        dto.shift,
        residentIds,
        (i) => `rows.${i}.residentId`,
      );
      const today = await facilityToday(manager, actor.facilityId);
      const errors: FieldError[] = recordDateErrors('recordDate', dto.recordDate, today, null);
      const ids = [...new Set(dto.rows.map((r) => r.residentId.toLowerCase()))];
      const residents: { id: string; status: ResidentStatus; admitted_on: string }[] =
        await manager.query(
          `SELECT id, status, to_char(admitted_on, 'YYYY-MM-DD') AS admitted_on FROM resident
            WHERE facility_id = $1 AND id = ANY($2::uuid[]) FOR SHARE`,
          [actor.facilityId, ids],
        );
      const known = new Map(residents.map((r) => [r.id, r]));
      const existing = new Set(
        (
          await manager.find(DailyRecord, {
            where: { residentId: In(ids), recordDate: dto.recordDate, shift: dto.shift },
            select: { residentId: true },
          })
        ).map((r) => r.residentId),
      );
      const seen = new Set<string>();
      dto.rows.forEach((row, i) => {
        const id = row.residentId.toLowerCase();
        const field = `rows.${i}.residentId`;
        const resident = known.get(id);
        const rowError = (code: string, vi: string, en: string) =>
          errors.push({ field, code, text: { vi, en } });
        if (seen.has(id)) rowError('duplicateRow', 'Đối tượng có hai dòng', 'Resident given twice');
        else if (!resident)
          rowError('unknownResident', 'Không tìm thấy đối tượng', 'Resident not found');
        else if (!isPresent(resident.status))
          rowError(
            'notPresent',
            `Đối tượng không còn ở trung tâm (${resident.status})`,
            `The resident is no longer in the facility (${resident.status})`,
          );
        else if (existing.has(id))
          rowError('alreadyRecorded', 'Đã có phiếu cho ca này', 'Already recorded for this shift');
        else if (dto.recordDate < resident.admitted_on)
          errors.push(...recordDateErrors(field, dto.recordDate, today, resident.admitted_on));
        seen.add(id);
        errors.push(...observationErrors(row, `rows.${i}.`));
      });
      if (errors.length > 0) {
        const onlyConflicts = errors.every((e) => CONFLICT_CODES.has(e.code));
        throw new ProblemException(
          onlyConflicts ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
          onlyConflicts ? 'conflict' : 'validation',
          {
            vi: `Không lưu dòng nào: ${errors.length} lỗi`,
            en: `Nothing was saved: ${errors.length} error(s)`,
          },
          errors,
        );
      }
      const inserted = await manager.insert(
        DailyRecord,
        dto.rows.map((row) => ({
          ...observationRow(row),
          facilityId: actor.facilityId,
          residentId: row.residentId.toLowerCase(),
          recordDate: dto.recordDate,
          shift: dto.shift,
          createdBy: actor.id,
          updatedBy: null,
        })),
      );
      const newIds = inserted.identifiers.map((x) => x.id as string);
      const records = await manager.find(DailyRecord, { where: { id: In(newIds) } });
      const byId = new Map(records.map((r) => [r.id, r]));
      const ordered = newIds.map((id) => byId.get(id)).filter((r) => r !== undefined);
      await this.audit.recordMany(
        manager,
        actor,
        ordered.map((record) => ({
          action: 'create' as const,
          entity: 'daily_record',
          entityId: record.id,
          changes: diffFields(null, { ...record }),
        })),
      );
      await raiseRefusedMealAlerts(manager, actor.facilityId, ids, dto.recordDate);
      return {
        recordDate: dto.recordDate,
        shift: dto.shift,
        saved: ordered.length,
        records: ordered,
      };
    });
  }
}
