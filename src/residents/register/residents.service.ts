import { recordResidentFacts } from '../../reports/history/resident-facts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, diffFields } from '../../audit/audit.service';
import type { FacilityActor } from '../../identity/actor';
import { addMonths, todayIn } from '../../calendar/dates';
import { conflict, forbidden, invalid } from '../../common/errors/problem.exception';
import { Page, paginate } from '../../common/http/pagination';
import { nullFieldErrors } from '../../common/http/validators';
import { findInFacility, updateInFacility } from '../../database/facility-scope';
import { Facility } from '../../facilities/facility.entity';
import { CHILD_CATEGORIES, CHILD_CATEGORY } from '../model/categories';
import { CheckDuplicatesDto } from '../admission/admit-resident.dto';
import { AGE_BANDS, ResidentQuery } from './resident-query.dto';
import { DuplicateCandidateView, ResidentSummaryView, ResidentView } from './resident.view';
import { StatusChangeDto, UpdateResidentDto } from './update-resident.dto';
import { DuplicatesService } from '../duplicates/duplicates.service';
import { Ethnicity } from '../model/ethnicity.entity';
import { foldName } from '../model/identifiers';
import { OccupancyService } from '../occupancy/occupancy.service';
import { sortNameOf } from '../admission/admission.service';
import { ResidentEvent } from '../model/resident-event.entity';
import {
  checkPerson,
  PRESENT_STATUSES,
  SENSITIVE_ROLES,
  statusMove,
} from '../model/resident-rules';
import { ResidentSensitive } from '../model/resident-sensitive.entity';
import {
  RESIDENT_NOT_FOUND,
  ResidentViews,
  SENSITIVE_AUDIT_FIELDS,
  toSummary,
} from './resident-views';
import { Resident } from '../model/resident.entity';
import { ResidentStatus } from '../model/resident.enums';
import { RESIDENT_STATUS_LABELS } from '../model/status-words';

const NOT_NULLABLE = [
  'fullName',
  'sex',
  'ethnicityCode',
  'categories',
  'mobility',
  'needs24hCare',
  'birthDateEstimated',
  'guardians',
];

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

@Injectable()
export class ResidentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly duplicates: DuplicatesService,
    private readonly occupancy: OccupancyService,
    private readonly views: ResidentViews,
  ) {}

  private async timezone(manager: EntityManager, actor: FacilityActor): Promise<string> {
    const f = await manager.findOne(Facility, {
      where: { id: actor.facilityId },
      select: { timezone: true },
    });
    return f?.timezone ?? 'Asia/Ho_Chi_Minh';
  }

  /** The register, filtered; sorted by given name as Vietnamese registers are. Never sensitive facts. */
  async list(actor: FacilityActor, query: ResidentQuery): Promise<Page<ResidentSummaryView>> {
    const manager = this.dataSource.manager;
    const today = todayIn(await this.timezone(manager, actor));
    const qb = manager
      .getRepository(Resident)
      .createQueryBuilder('r')
      .leftJoinAndSelect('r.ethnicity', 'e')
      .leftJoinAndSelect('r.room', 'room')
      .where('r.facilityId = :f', { f: actor.facilityId });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.category) {
      // A child category narrower than k1_child tells who has HIV, by who is in it or left out.
      if (query.category === CHILD_CATEGORY) {
        qb.andWhere('r.categories && ARRAY[:...children]::varchar[]', {
          children: CHILD_CATEGORIES,
        });
      } else {
        if (CHILD_CATEGORIES.includes(query.category) && !SENSITIVE_ROLES.includes(actor.role))
          throw forbidden();
        qb.andWhere(':category = ANY(r.categories)', { category: query.category });
      }
    }
    if (query.room) qb.andWhere('r.roomId = :room', { room: query.room });
    if (query.ageBand) {
      const [min, max] = AGE_BANDS[query.ageBand];
      // Born after (today − (max+1) years) and on or before (today − min years).
      qb.andWhere(
        `coalesce(r.dateOfBirth, make_date(r.birthYear, 1, 1)) > :bornAfter AND coalesce(r.dateOfBirth, make_date(r.birthYear, 1, 1)) <= :bornBy`,
        { bornAfter: addMonths(today, -12 * (max + 1)), bornBy: addMonths(today, -12 * min) },
      );
    }
    if (query.q && query.q.trim()) {
      const q = `%${escapeLike(foldName(query.q))}%`;
      qb.andWhere(`(r.searchName LIKE :q OR lower(r.code) LIKE :q)`, { q });
    }
    const page = await paginate(
      qb,
      [
        { sql: 'r.sortName', value: (r) => r.sortName },
        { sql: 'r.id', value: (r) => r.id },
      ],
      query,
    );
    const seesSensitive = SENSITIVE_ROLES.includes(actor.role);
    return {
      items: page.items.map((r) => toSummary(r, today, seesSensitive)),
      nextCursor: page.nextCursor,
    };
  }

  /** One resident; reading the sensitive facts is audited. */
  async get(actor: FacilityActor, id: string): Promise<ResidentView> {
    const manager = this.dataSource.manager;
    return this.views.detail(manager, actor, id, await this.timezone(manager, actor));
  }

  async update(
    actor: FacilityActor,
    id: string,
    version: number,
    dto: UpdateResidentDto,
  ): Promise<ResidentView> {
    const nulls = nullFieldErrors(dto, NOT_NULLABLE);
    if (nulls.length > 0) throw invalid(nulls);
    if (dto.sensitive && !SENSITIVE_ROLES.includes(actor.role)) throw forbidden();
    return this.dataSource.transaction(async (manager) => {
      const timezone = await this.timezone(manager, actor);
      const { sensitive, ...fields } = dto;
      await updateInFacility(
        { manager, actor, audit: this.audit },
        Resident,
        'resident',
        id,
        version,
        async (before) => {
          const merged = { ...before, ...fields } as Resident;
          if ('dateOfBirth' in fields && fields.dateOfBirth && !('birthYear' in fields)) {
            merged.birthYear = Number(fields.dateOfBirth.slice(0, 4));
          }
          const errors = checkPerson(
            {
              fullName: merged.fullName,
              dateOfBirth: merged.dateOfBirth,
              birthYear: merged.birthYear,
              sex: merged.sex,
              personalId: merged.personalId,
              categories: merged.categories,
              emergencyKind: merged.emergencyKind,
            },
            todayIn(timezone),
            // A corrected birth date may not fall after the admission.
            before.admittedOn,
          );
          if (
            fields.ethnicityCode &&
            !(await manager.existsBy(Ethnicity, { code: fields.ethnicityCode }))
          ) {
            errors.push({
              field: 'ethnicityCode',
              code: 'unknownCode',
              text: { vi: 'Mã dân tộc không có trong danh mục', en: 'Unknown ethnicity code' },
            });
          }
          if (errors.length > 0) throw invalid(errors);
          if (fields.personalId && fields.personalId !== before.personalId) {
            // A CCCD belongs to one person: giving it to a second entry of the register is a mistake
            // to resolve (merge or correct), not something to confirm past as with a similar name.
            const sameId = (
              await this.duplicates.find(
                manager,
                actor.facilityId,
                { ...merged, personalId: fields.personalId },
                id,
              )
            ).filter((c) => c.reason === 'personal_id');
            if (sameId.length > 0) {
              throw conflict(
                {
                  vi: 'Số CCCD này đã thuộc về một người khác trong sổ',
                  en: 'This personal ID already belongs to another person in the register',
                },
                { duplicates: sameId },
              );
            }
          }

          const movesBed =
            merged.roomId !== null &&
            (merged.roomId !== before.roomId ||
              merged.bed !== before.bed ||
              merged.needs24hCare !== before.needs24hCare);
          if (movesBed && PRESENT_STATUSES.includes(before.status)) {
            await this.occupancy.assertRoomTakes(manager, actor, merged.roomId as string, {
              needs24hCare: merged.needs24hCare,
              bed: merged.bed,
              excludeResidentId: id,
            });
          }
          const changes: Partial<Resident> = { ...fields } as Partial<Resident>;
          if (fields.fullName !== undefined) {
            changes.fullName = fields.fullName.trim();
            changes.searchName = foldName(fields.fullName);
            changes.sortName = sortNameOf(fields.fullName);
          }
          if (merged.birthYear !== before.birthYear) changes.birthYear = merged.birthYear;
          if (Object.keys(changes).length === 0 && sensitive) {
            // The record's version (its ETag) covers the sensitive facts too: a change of them alone
            // must still make an older If-Match stale.
            await manager.increment(Resident, { id }, 'version', 1);
          }
          return changes;
        },
        { what: RESIDENT_NOT_FOUND },
      );
      if (sensitive) {
        const old = await manager.findOneByOrFail(ResidentSensitive, { residentId: id });
        await manager.update(ResidentSensitive, { residentId: id }, { ...sensitive });
        const now = await manager.findOneByOrFail(ResidentSensitive, { residentId: id });
        await this.audit.record(manager, actor, {
          action: 'update',
          entity: 'resident_sensitive',
          entityId: id,
          changes: diffFields({ ...old }, { ...now }, SENSITIVE_AUDIT_FIELDS),
        });
      }
      // After the sensitive facts too: the history keeps the HIV status the reports count by.
      await recordResidentFacts(manager, id, todayIn(timezone));
      return this.views.detail(manager, actor, id, timezone);
    });
  }

  /** On leave, back from leave, transferred out. An impossible move is a 409. */
  async changeStatus(
    actor: FacilityActor,
    id: string,
    dto: StatusChangeDto,
  ): Promise<ResidentView> {
    return this.dataSource.transaction(async (manager) => {
      const before = await findInFacility(manager, Resident, actor, id, {
        lock: true,
        what: RESIDENT_NOT_FOUND,
      });
      const timezone = await this.timezone(manager, actor);
      const move = statusMove(before.status, dto.to);
      if (!move.ok) {
        throw conflict({
          vi: `Không thể chuyển từ "${RESIDENT_STATUS_LABELS[before.status].vi}" sang "${RESIDENT_STATUS_LABELS[dto.to].vi}"`,
          en: `Cannot change from "${RESIDENT_STATUS_LABELS[before.status].en}" to "${RESIDENT_STATUS_LABELS[dto.to].en}"`,
        });
      }
      const errors = [];
      if (dto.effectiveDate > todayIn(timezone)) {
        errors.push({
          field: 'effectiveDate',
          code: 'futureDate',
          text: { vi: 'Ngày hiệu lực ở tương lai', en: 'Effective date is in the future' },
        });
      }
      if (dto.effectiveDate < before.admittedOn) {
        errors.push({
          field: 'effectiveDate',
          code: 'beforeAdmission',
          text: {
            vi: 'Ngày hiệu lực trước ngày tiếp nhận',
            en: 'Effective date is before the admission',
          },
        });
      }
      if (move.event === 'transferred' && !dto.destination) {
        errors.push({
          field: 'destination',
          code: 'isDefined',
          text: { vi: 'Cần nơi chuyển đến', en: 'The destination is required' },
        });
      }
      if (dto.expectedReturn && dto.expectedReturn < dto.effectiveDate) {
        errors.push({
          field: 'expectedReturn',
          code: 'beforeStart',
          text: { vi: 'Ngày về trước ngày đi', en: 'Return before the leave starts' },
        });
      }
      if (errors.length > 0) throw invalid(errors);
      const status =
        dto.to === 'transferred' ? ResidentStatus.Transferred : (dto.to as ResidentStatus);
      const changes: Partial<Resident> = { status };
      if (move.event === 'transferred') Object.assign(changes, { roomId: null, bed: null });
      await manager.update(Resident, { id }, changes);
      await recordResidentFacts(manager, id, dto.effectiveDate);
      await manager.insert(ResidentEvent, {
        facilityId: actor.facilityId,
        residentId: id,
        kind: move.event,
        eventDate: dto.effectiveDate,
        details: {
          reason: dto.reason ?? null,
          expectedReturn: dto.expectedReturn ?? null,
          destination: dto.destination ?? null,
          roomId: before.roomId,
        },
        createdBy: actor.id,
      });
      const after = await manager.findOneByOrFail(Resident, { id });
      await this.audit.record(manager, actor, {
        action: 'update',
        entity: 'resident',
        entityId: id,
        changes: diffFields({ ...before }, { ...after }),
      });
      return this.views.detail(manager, actor, id, timezone);
    });
  }

  async duplicatesOf(actor: FacilityActor, id: string): Promise<DuplicateCandidateView[]> {
    const manager = this.dataSource.manager;
    const r = await findInFacility(manager, Resident, actor, id, { what: RESIDENT_NOT_FOUND });
    return this.duplicates.find(manager, actor.facilityId, r, r.id);
  }

  checkDuplicates(
    actor: FacilityActor,
    dto: CheckDuplicatesDto,
  ): Promise<DuplicateCandidateView[]> {
    return this.duplicates.find(this.dataSource.manager, actor.facilityId, {
      fullName: dto.fullName,
      dateOfBirth: dto.dateOfBirth ?? null,
      birthYear: dto.birthYear ?? null,
      birthDateEstimated: dto.birthDateEstimated ?? false,
      personalId: dto.personalId ?? null,
    });
  }

  /** For other modules: a resident of the caller's facility, or 404. */
  find(
    actor: FacilityActor,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Resident> {
    return findInFacility(manager, Resident, actor, id, { what: RESIDENT_NOT_FOUND });
  }
}
