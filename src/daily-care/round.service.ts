import { assertMayWriteRound, roundRooms } from '../staffing/round-access';
import { randomUUID } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { diffFields } from '../audit/audit.service';
import type { FacilityActor } from '../identity/actor';
import {
  conflict,
  FieldError,
  notFound,
  ProblemException,
} from '../common/errors/problem.exception';
import { RESIDENT_STATUS_WORDS } from '../residents/model/status-words';
import { SHIFTS, type Shift } from './care.enums';
import { isPresent, observationErrors, recordDateErrors } from './care-rules';
import { observationRow } from './observation';
import { facilityToday } from '../database/facility-scope';
import { isUniqueViolation, poolOf, sqlTransaction, withSql } from '../database/sql';
import {
  answerIn,
  claimIn,
  IdempotencyClaim,
  Replayed,
} from '../common/idempotency/idempotency-claim';
import {
  CREATE_ROUND,
  residentsRecorded,
  ROOM_OF_FACILITY,
  ROUND_RECORDS,
  ROUND_RESIDENTS,
  roundResidentStates,
  type RoundResidentRow,
} from './daily-care.queries';
import { roundItem, type RoundSaved, type RoundView } from './round.view';
import { DailyRecordRow, DailyRecordView, recordViewsOfRows } from './daily-record.view';
import { dosesOnSql } from './shift-medication';
import { RoundBatchDto, RoundQuery } from './dto/daily-record.dto';
import { raiseRefusedMealAlerts, refusesAMeal } from './meal-alerts';

const ROOM = { vi: 'Không tìm thấy phòng', en: 'Room not found' };

/** Row errors that are conflicts with the state of the residents, not bad input. */
const CONFLICT_CODES = new Set(['notPresent', 'alreadyRecorded']);

/** The room round: every active resident of a room with the day's records, and saving it at once. */
@Injectable()
export class RoundService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Three named statements: the room's check, the residents with their diet, their records. */
  async view(actor: FacilityActor, query: RoundQuery): Promise<RoundView> {
    const date = query.date ?? (await facilityToday(this.dataSource.manager, actor));
    const shifts: Shift[] = query.shift ? [query.shift] : [...SHIFTS];
    const pool = poolOf(this.dataSource);
    if (query.room) {
      const room = query.room;
      const [found] = await withSql(pool, (sql) =>
        sql.rows(ROOM_OF_FACILITY, [room, actor.facilityId]),
      );
      if (!found) throw notFound(ROOM);
    }
    // A caretaker's round lists the rooms of their assignment (staffing/): a rota decides. Read
    // on TypeORM's manager, which takes a connection of the same pool: never while this request
    // holds one (with 100 requests each holding one and waiting for a second, none got any).
    const rooms = await roundRooms(
      this.dataSource.manager,
      actor,
      date,
      query.shift ?? null,
      query.room,
    );
    const { residents, records } = await withSql(pool, async (sql) => {
      const residents = await sql.rows<RoundResidentRow>(ROUND_RESIDENTS, [
        actor.facilityId,
        rooms,
      ]);
      const ids = residents.map((r) => r.id);
      const rows =
        ids.length === 0
          ? []
          : await sql.rows<DailyRecordRow>(ROUND_RECORDS, [actor.facilityId, date, shifts, ids]);
      const records = await recordViewsOfRows(dosesOnSql(sql), actor.facilityId, rows);
      return { residents, records };
    });
    const byResident = new Map<string, DailyRecordView[]>();
    for (const rec of records) {
      byResident.set(rec.residentId, [...(byResident.get(rec.residentId) ?? []), rec]);
    }
    return {
      date,
      shifts,
      roomId: query.room ?? null,
      items: residents.map((r) => roundItem(r, byResident.get(r.id) ?? [], shifts)),
    };
  }

  /**
   * Saves a round in one transaction: every row or none, in one statement with the audit rows
   * (daily-care.queries' CREATE_ROUND), with the Idempotency-Key's claim and answer and, when a
   * row refuses a meal, the alerts. Each bad row is named in the problem document
   * (`rows.3.residentId`, `rows.5.meals.0.meal`); a row for a resident who left or who already
   * has a record of this shift is a conflict (409), any other bad row a 400 (refusal).
   */
  async save(
    actor: FacilityActor,
    dto: RoundBatchDto,
    claim: IdempotencyClaim | null = null,
  ): Promise<RoundSaved | Replayed> {
    await assertMayWriteRound(
      this.dataSource.manager,
      actor,
      dto.recordDate,
      dto.shift,
      dto.rows.map((r) => r.residentId),
      (i) => `rows.${i}.residentId`,
    );
    const today = await facilityToday(this.dataSource.manager, actor);
    const residentIds = dto.rows.map((r) => r.residentId.toLowerCase());
    const quick = [
      ...recordDateErrors('recordDate', dto.recordDate, today, null),
      ...dto.rows.flatMap((row, i) => observationErrors(row, `rows.${i}.`)),
    ];
    if (quick.length > 0 || new Set(residentIds).size < residentIds.length) {
      throw await this.refusal(actor, dto, today);
    }
    const rows = dto.rows.map((row, i) => {
      const id = randomUUID();
      const stored = observationRow(row);
      const changes = diffFields(null, {
        id,
        facilityId: actor.facilityId,
        residentId: residentIds[i],
        recordDate: dto.recordDate,
        shift: dto.shift,
        ...stored,
        createdBy: actor.id,
      });
      return {
        id,
        resident_id: residentIds[i],
        meals: stored.meals,
        fluids_ml: stored.fluidsMl,
        sleep: stored.sleep,
        sleep_hours: stored.sleepHours,
        mood: stored.mood,
        hygiene: stored.hygiene,
        toileting: stored.toileting,
        temperature_c: stored.temperatureC,
        behaviour_notes: stored.behaviourNotes,
        notes: stored.notes,
        handover: stored.handover,
        handover_message: stored.handoverMessage,
        changes,
      };
    });
    const refusing = residentIds.filter((_, i) => refusesAMeal(dto.rows[i].meals));
    const order = new Map<string, number>(rows.map((r, i) => [r.id, i]));
    try {
      return await sqlTransaction(poolOf(this.dataSource), async (sql) => {
        const replay = claim ? await claimIn(sql, claim) : null;
        if (replay) return replay;
        const created = await sql.rows<DailyRecordRow>(CREATE_ROUND, [
          actor.facilityId,
          JSON.stringify(rows),
          dto.recordDate,
          dto.shift,
          actor.id,
          actor.requestId || null,
          actor.ip,
        ]);
        // A resident absent, gone or admitted later: nothing is kept, the refusal tells why.
        if (created.length < rows.length) throw new IncompleteRound();
        await raiseRefusedMealAlerts(sql, actor.facilityId, refusing, dto.recordDate);
        const records = await recordViewsOfRows(
          dosesOnSql(sql),
          actor.facilityId,
          created.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
        );
        const saved: RoundSaved = {
          recordDate: dto.recordDate,
          shift: dto.shift,
          saved: records.length,
          records,
        };
        if (claim) await answerIn(sql, claim, saved);
        return saved;
      });
    } catch (err) {
      if (err instanceof IncompleteRound || isUniqueViolation(err)) {
        throw await this.refusal(actor, dto, today);
      }
      throw err;
    }
  }

  /** Why a round cannot be saved, row by row (read outside the failed transaction). */
  private async refusal(
    actor: FacilityActor,
    dto: RoundBatchDto,
    today: string,
  ): Promise<ProblemException> {
    const manager = this.dataSource.manager;
    const errors: FieldError[] = recordDateErrors('recordDate', dto.recordDate, today, null);
    const ids = [...new Set(dto.rows.map((r) => r.residentId.toLowerCase()))];
    const residents = await roundResidentStates(manager, actor.facilityId, ids);
    const known = new Map(residents.map((r) => [r.id, r]));
    const existing = await residentsRecorded(manager, ids, dto.recordDate, dto.shift);
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
          `Đối tượng không còn ở trung tâm (${RESIDENT_STATUS_WORDS[resident.status].vi})`,
          `The resident is no longer in the facility (${RESIDENT_STATUS_WORDS[resident.status].en})`,
        );
      else if (existing.has(id))
        rowError('alreadyRecorded', 'Đã có phiếu cho ca này', 'Already recorded for this shift');
      else if (dto.recordDate < resident.admitted_on)
        errors.push(...recordDateErrors(field, dto.recordDate, today, resident.admitted_on));
      seen.add(id);
      errors.push(...observationErrors(row, `rows.${i}.`));
    });
    if (errors.length === 0) {
      // Nothing in the way any more: the state changed between the write and this reading.
      return conflict({
        vi: 'Thao tác đồng thời, hãy thử lại',
        en: 'Concurrent update; please retry',
      });
    }
    const onlyConflicts = errors.every((e) => CONFLICT_CODES.has(e.code));
    return new ProblemException(
      onlyConflicts ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
      onlyConflicts ? 'conflict' : 'validation',
      {
        vi: `Không lưu dòng nào: ${errors.length} lỗi`,
        en: `Nothing was saved: ${errors.length} error(s)`,
      },
      errors,
    );
  }
}

/** A round's statement wrote fewer records than it was given rows (RoundService.save). */
class IncompleteRound extends Error {}
