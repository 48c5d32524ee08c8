import { assertMayWriteRound } from '../staffing/round-access';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, diffFields } from '../audit/audit.service';
import type { FacilityActor } from '../identity/actor';
import { Role } from '../identity/role';
import {
  conflict,
  forbidden,
  invalid,
  notFound,
  ProblemException,
} from '../common/errors/problem.exception';
import {
  answerIn,
  claimIn,
  IdempotencyClaim,
  Replayed,
} from '../common/idempotency/idempotency-claim';
import type { Page } from '../common/http/pagination';
import { facilityToday, findInFacility, updateVersioned } from '../database/facility-scope';
import { isUniqueViolation, poolOf, Sql, sqlTransaction, withSql } from '../database/sql';
import { RESIDENT_NOT_FOUND } from '../residents/register/resident-views';
import type { ResidentStatus } from '../residents/model/resident.enums';
import { ResidentsService } from '../residents/register/residents.service';
import { isPresent, notPresent, observationErrors, recordDateErrors } from './care-rules';
import { DailyRecordRevision } from './daily-record-revision.entity';
import { DailyRecord } from './daily-record.entity';
import {
  CareObservationDto,
  CreateDailyRecordDto,
  ResidentRecordsQuery,
  UpdateDailyRecordDto,
} from './dto/daily-record.dto';
import { raiseRefusedMealAlerts, refusesAMeal } from './meal-alerts';
import {
  CREATE_RECORD,
  createRecordParams,
  EXISTING_RECORD,
  RESIDENT_FOR_RECORD,
  residentRecordsPage,
} from './daily-care.queries';
import { correctedFields, observationOf, observationRow } from './observation';
import {
  DailyRecordRevisionView,
  DailyRecordRow,
  DailyRecordView,
  recordViewsOfRows,
  toDailyRecordRevisionView,
  toDailyRecordViews,
} from './daily-record.view';
import { dosesOnManager, dosesOnSql } from './shift-medication';

export const DAILY_RECORD = { vi: 'Không tìm thấy phiếu theo dõi', en: 'Daily record not found' };

/** Who may correct a record after its day, or a record written by someone else. */
const CORRECTORS: readonly Role[] = [Role.Admin, Role.Nurse];

/** One resident's record per shift: write, correct (keeping the original), read. */
@Injectable()
export class DailyRecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly residents: ResidentsService,
  ) {}

  async list(
    actor: FacilityActor,
    residentId: string,
    query: ResidentRecordsQuery,
  ): Promise<Page<DailyRecordView>> {
    await this.residents.find(actor, residentId);
    const page = await residentRecordsPage(
      this.dataSource.manager,
      actor.facilityId,
      residentId,
      query,
    );
    const items = await toDailyRecordViews(
      dosesOnManager(this.dataSource.manager),
      actor.facilityId,
      page.items,
    );
    return { items, nextCursor: page.nextCursor };
  }

  /**
   * Writes a record in one statement with its audit row (daily-care.queries' CREATE_RECORD);
   * with an Idempotency-Key, or a refused meal to count, in a transaction with the key's claim
   * and answer and the alert. Whatever it refuses, it finds out why only then (errorsOf).
   */
  async create(
    actor: FacilityActor,
    residentId: string,
    dto: CreateDailyRecordDto,
    claim: IdempotencyClaim | null = null,
  ): Promise<DailyRecordView | Replayed> {
    // A caretaker writes only for the rooms of their assignment (staffing/), unless covering.
    await assertMayWriteRound(
      this.dataSource.manager,
      actor,
      dto.recordDate,
      dto.shift,
      [residentId],
      () => 'residentId',
    );
    const today = await facilityToday(this.dataSource.manager, actor);
    const inputErrors = [
      ...recordDateErrors('recordDate', dto.recordDate, today, null),
      ...observationErrors(dto),
    ];
    if (inputErrors.length > 0) throw await this.refusal(actor, residentId, dto, today);
    const id = randomUUID();
    const row = observationRow(dto);
    const changes = diffFields(null, {
      id,
      facilityId: actor.facilityId,
      residentId,
      recordDate: dto.recordDate,
      shift: dto.shift,
      ...row,
      createdBy: actor.id,
    });
    const values = createRecordParams(actor, residentId, id, dto, row, changes);
    const write = async (sql: Sql): Promise<DailyRecordView | Replayed | null> => {
      const replay = claim ? await claimIn(sql, claim) : null;
      if (replay) return replay;
      const [created] = await sql.rows<DailyRecordRow>(CREATE_RECORD, values);
      if (!created) return null;
      if (refusesAMeal(dto.meals)) {
        await raiseRefusedMealAlerts(sql, actor.facilityId, [residentId], dto.recordDate);
      }
      const [view] = await recordViewsOfRows(dosesOnSql(sql), actor.facilityId, [created]);
      if (claim) await answerIn(sql, claim, view);
      return view;
    };
    const pool = poolOf(this.dataSource);
    let result: DailyRecordView | Replayed | null;
    try {
      result =
        claim || refusesAMeal(dto.meals)
          ? await sqlTransaction(pool, write)
          : await withSql(pool, write);
    } catch (err) {
      if (isUniqueViolation(err)) throw await this.refusal(actor, residentId, dto, today);
      throw err;
    }
    if (!result) throw await this.refusal(actor, residentId, dto, today);
    return result;
  }

  /**
   * Why a record was not written, checked in the order the rules are told: the resident (404),
   * present (409), the date and the content (400), a record already there (409).
   */
  private async refusal(
    actor: FacilityActor,
    residentId: string,
    dto: CreateDailyRecordDto,
    today: string,
  ): Promise<ProblemException> {
    return withSql(poolOf(this.dataSource), async (sql) => {
      const [resident] = await sql.rows<{ status: ResidentStatus; admitted_on: string }>(
        RESIDENT_FOR_RECORD,
        [residentId, actor.facilityId],
      );
      if (!resident) return notFound(RESIDENT_NOT_FOUND);
      if (!isPresent(resident.status)) return notPresent(resident);
      const errors = [
        ...recordDateErrors('recordDate', dto.recordDate, today, resident.admitted_on),
        ...observationErrors(dto),
      ];
      if (errors.length > 0) return invalid(errors);
      const [existing] = await sql.rows<{ id: string; version: number }>(EXISTING_RECORD, [
        residentId,
        dto.recordDate,
        dto.shift,
      ]);
      if (existing) {
        return conflict(
          {
            vi: 'Đã có phiếu cho đối tượng, ngày và ca này; hãy sửa phiếu đó',
            en: 'A record exists for this resident, date and shift; update it instead',
          },
          { existingId: existing.id, existingVersion: existing.version },
        );
      }
      // Nothing in the way any more (the resident was discharged and readmitted meanwhile…).
      return conflict({
        vi: 'Thao tác đồng thời, hãy thử lại',
        en: 'Concurrent update; please retry',
      });
    });
  }

  /**
   * Its author corrects a record the same day; later, or someone else's, only a nurse or an
   * admin. The state before the correction is kept as a revision.
   */
  async update(
    actor: FacilityActor,
    id: string,
    version: number,
    dto: UpdateDailyRecordDto,
  ): Promise<DailyRecordView> {
    return this.dataSource.transaction(async (manager) => {
      const current = await findInFacility(manager, DailyRecord, actor, id, {
        lock: true,
        what: DAILY_RECORD,
      });
      const today = await facilityToday(manager, actor);
      const ownToday = current.createdBy === actor.id && current.recordDate === today;
      if (!ownToday && !CORRECTORS.includes(actor.role)) {
        throw forbidden({
          vi: 'Chỉ người ghi được sửa phiếu trong ngày; sau đó cần điều dưỡng hoặc quản lý',
          en: 'Only its author may correct a record, on its day; later a nurse or an admin',
        });
      }
      const merged: CareObservationDto = { ...observationOf(current), ...correctedFields(dto) };
      const errors = observationErrors(merged);
      if (errors.length > 0) throw invalid(errors);
      const changes: Partial<DailyRecord> = { ...observationRow(merged), updatedBy: actor.id };
      const { before, after } = await updateVersioned(
        manager,
        DailyRecord,
        actor,
        id,
        version,
        changes,
        DAILY_RECORD,
      );
      const { resident: _r, ...state } = before;
      await manager.save(
        manager.create(DailyRecordRevision, {
          facilityId: actor.facilityId,
          dailyRecordId: id,
          version: before.version,
          state: JSON.parse(JSON.stringify(state)) as Record<string, unknown>,
          replacedBy: actor.id,
          reason: dto.reason ?? null,
        }),
        { reload: false },
      );
      await this.audit.record(manager, actor, {
        action: 'update',
        entity: 'daily_record',
        entityId: id,
        changes: diffFields({ ...before }, { ...after }),
      });
      if (refusesAMeal(after.meals)) {
        await raiseRefusedMealAlerts(
          manager,
          actor.facilityId,
          [after.residentId],
          after.recordDate,
        );
      }
      const [view] = await toDailyRecordViews(dosesOnManager(manager), actor.facilityId, [after]);
      return view;
    });
  }

  /** Earlier states of a record, newest first; the first version is the original. */
  async revisions(actor: FacilityActor, id: string): Promise<DailyRecordRevisionView[]> {
    const manager = this.dataSource.manager;
    await findInFacility(manager, DailyRecord, actor, id, { what: DAILY_RECORD });
    const revisions = await manager.find(DailyRecordRevision, {
      where: { dailyRecordId: id, facilityId: actor.facilityId },
      order: { version: 'DESC' },
    });
    return revisions.map(toDailyRecordRevisionView);
  }
}
