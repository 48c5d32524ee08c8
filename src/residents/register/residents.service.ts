import { recordResidentFacts } from '../../reports/history/resident-facts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, diffFields } from '../../audit/audit.service';
import type { FacilityActor } from '../../identity/actor';
import { conflict, forbidden, invalid } from '../../common/errors/problem.exception';
import { Page } from '../../common/http/pagination';
import { nullFieldErrors } from '../../common/http/validators';
import { facilityToday, findInFacility, updateInFacility } from '../../database/facility-scope';
import { CHILD_CATEGORIES, CHILD_CATEGORY } from '../model/categories';
import { RegisterQueries } from './register.queries';
import { ResidentQuery } from './resident-query.dto';
import { ResidentSummaryView, ResidentView } from './resident.view';
import { UpdateResidentDto } from './update-resident.dto';
import { DuplicatesService } from '../duplicates/duplicates.service';
import { Ethnicity } from '../model/ethnicity.entity';
import { foldName, sortNameOf } from '../model/identifiers';
import { OccupancyService } from '../occupancy/occupancy.service';
import { checkPerson, PRESENT_STATUSES, SENSITIVE_ROLES } from '../model/resident-rules';
import { ResidentSensitive } from '../model/resident-sensitive.entity';
import {
  RESIDENT_NOT_FOUND,
  ResidentViews,
  SENSITIVE_AUDIT_FIELDS,
  toSummary,
} from './resident-views';
import { Resident } from '../model/resident.entity';

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

@Injectable()
export class ResidentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly duplicates: DuplicatesService,
    private readonly occupancy: OccupancyService,
    private readonly views: ResidentViews,
  ) {}

  /** The register, filtered; sorted by given name as Vietnamese registers are. Never sensitive facts. */
  async list(actor: FacilityActor, query: ResidentQuery): Promise<Page<ResidentSummaryView>> {
    const manager = this.dataSource.manager;
    const today = await facilityToday(manager, actor);
    // A child category narrower than k1_child tells who has HIV, by who is in it or left out.
    if (
      query.category &&
      query.category !== CHILD_CATEGORY &&
      CHILD_CATEGORIES.includes(query.category) &&
      !SENSITIVE_ROLES.includes(actor.role)
    )
      throw forbidden();
    const page = await RegisterQueries.page(manager, actor.facilityId, query, today);
    const seesSensitive = SENSITIVE_ROLES.includes(actor.role);
    return {
      items: page.items.map((r) => toSummary(r, today, seesSensitive)),
      nextCursor: page.nextCursor,
    };
  }

  /** One resident; reading the sensitive facts is audited. */
  async get(actor: FacilityActor, id: string): Promise<ResidentView> {
    const manager = this.dataSource.manager;
    return this.views.detail(manager, actor, id, await facilityToday(manager, actor));
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
      const today = await facilityToday(manager, actor);
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
            today,
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
      await recordResidentFacts(manager, id, today);
      return this.views.detail(manager, actor, id, today);
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
