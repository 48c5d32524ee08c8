import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { FacilityActor } from '../../identity/actor';
import { conflict, invalid } from '../../common/errors/problem.exception';
import { Page, PageQuery, paginate } from '../../common/http/pagination';
import { createInFacility, findInFacility, updateInFacility } from '../../database/facility-scope';
import { PRESENT_STATUSES } from '../../residents/model/resident-rules';
import { ResidentsService } from '../../residents/register/residents.service';
import { CreateEnrollmentDto, UpdateEnrollmentDto } from './enrollment.dto';
import type { EnrollmentView } from './enrollment.view';
import { Enrollment } from './enrollment.entity';
import {
  activeEnrollmentIds,
  enrollmentsOfResident,
  resultsOfEnrollments,
} from './enrollment.queries';
import { checkEnrollment, type EnrollmentFacts } from '../rules/enrollment-rules';
import { ACTIVE_STATUSES, type EnrollmentStatus } from '../rules/levels';
import { scaleFor } from '../rules/rating-scales';
import { SchoolResult } from '../results/school-result.entity';
import { openingDay } from '../rules/school-year';
import { ENROLLMENT_NOT_FOUND, toEnrollmentView } from './enrollment-views';
import { RESIDENT_STATUS_WORDS } from '../../residents/model/status-words';

/** The keys a client actually sent (class-transformer may leave declared fields undefined). */
export function sentFields<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const isActive = (status: EnrollmentStatus | null): boolean =>
  status === null || ACTIVE_STATUSES.includes(status);

@Injectable()
export class EnrollmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly residents: ResidentsService,
  ) {}

  /** A resident's enrolments, newest school year first, each with its term results. */
  async list(
    actor: FacilityActor,
    residentId: string,
    page: PageQuery,
  ): Promise<Page<EnrollmentView>> {
    const manager = this.dataSource.manager;
    await this.residents.find(actor, residentId, manager);
    const qb = enrollmentsOfResident(manager, actor.facilityId, residentId);
    const found = await paginate(
      qb,
      [
        { sql: 'e.schoolYear', value: (e) => e.schoolYear },
        { sql: 'e.startDate', value: (e) => e.startDate },
        { sql: 'e.id', value: (e) => e.id },
      ],
      page,
      'DESC',
    );
    const results = await resultsOfEnrollments(
      manager,
      found.items.map((e) => e.id),
    );
    return {
      items: found.items.map((e) => toEnrollmentView(e, results)),
      nextCursor: found.nextCursor,
    };
  }

  async get(actor: FacilityActor, id: string): Promise<EnrollmentView> {
    const manager = this.dataSource.manager;
    const e = await findInFacility(manager, Enrollment, actor, id, { what: ENROLLMENT_NOT_FOUND });
    return toEnrollmentView(e, await resultsOfEnrollments(manager, [e.id]));
  }

  /** Enrols a present resident for a school year; a second active enrolment of the year is a 409. */
  async create(
    actor: FacilityActor,
    residentId: string,
    dto: CreateEnrollmentDto,
  ): Promise<EnrollmentView> {
    return this.dataSource.transaction(async (manager) => {
      const resident = await this.residents.find(actor, residentId, manager);
      if (!PRESENT_STATUSES.includes(resident.status)) {
        throw conflict({
          vi: `Đối tượng ${RESIDENT_STATUS_WORDS[resident.status].vi}: không thể ghi danh`,
          en: `The resident ${RESIDENT_STATUS_WORDS[resident.status].en} and cannot be enrolled`,
        });
      }
      const notEnrolled = dto.level === 'not_enrolled';
      const facts: EnrollmentFacts = {
        schoolYear: dto.schoolYear,
        level: dto.level,
        grade: dto.grade ?? null,
        notEnrolledReason: dto.notEnrolledReason?.trim() ?? null,
        schoolName: dto.schoolName?.trim() ?? null,
        startDate: dto.startDate ?? openingDay(dto.schoolYear),
        endDate: dto.endDate ?? null,
        status: dto.status ?? (notEnrolled ? null : 'studying'),
      };
      const errors = checkEnrollment(facts);
      if (errors.length > 0) throw invalid(errors);
      if (isActive(facts.status)) {
        await this.assertNoActive(manager, residentId, facts.schoolYear, null);
      }
      const saved = await createInFacility(
        { manager, actor, audit: this.audit },
        Enrollment,
        'enrollment',
        {
          ...facts,
          residentId,
          schoolCommune: dto.schoolCommune?.trim() || null,
          className: dto.className?.trim() || null,
          boardingType: dto.boardingType ?? 'day',
          statusNote: dto.statusNote ?? null,
          rolledOverFromId: null,
          voidedAt: null,
          voidedBy: null,
          voidReason: null,
          createdBy: actor.id,
        },
      );
      return toEnrollmentView(saved, []);
    });
  }

  /**
   * Corrects an enrolment or changes its status (If-Match). A change of level that would move its
   * results to another rating scale is a 409; `voidReason` voids a mistaken row (alone).
   */
  async update(
    actor: FacilityActor,
    id: string,
    version: number,
    dto: UpdateEnrollmentDto,
  ): Promise<EnrollmentView> {
    const { voidReason, ...fields } = sentFields(dto);
    if (voidReason !== undefined && Object.keys(fields).length > 0) {
      throw invalid([
        {
          field: 'voidReason',
          code: 'voidAlone',
          text: {
            vi: 'Hủy hồ sơ thì không sửa trường khác cùng lúc',
            en: 'Voiding cannot be combined with other changes',
          },
        },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      let results: SchoolResult[] = [];
      const { after } = await updateInFacility(
        { manager, actor, audit: this.audit },
        Enrollment,
        'enrollment',
        id,
        version,
        async (before) => {
          if (before.voidedAt !== null) {
            throw conflict({ vi: 'Hồ sơ học tập đã bị hủy', en: 'The enrolment has been voided' });
          }
          results = await resultsOfEnrollments(manager, [id]);
          let changes: Partial<Enrollment>;
          if (voidReason !== undefined) {
            changes = { voidedAt: new Date(), voidedBy: actor.id, voidReason: voidReason.trim() };
          } else {
            changes = { ...fields };
            for (const key of [
              'schoolName',
              'notEnrolledReason',
              'schoolCommune',
              'className',
            ] as const) {
              const value = fields[key];
              if (typeof value === 'string') changes[key] = value.trim() || null;
            }
            const level = fields.level ?? before.level;
            // A year at no school has no status; a school year has one (studying unless said).
            if (
              level === 'not_enrolled' &&
              before.level !== 'not_enrolled' &&
              !('status' in fields)
            ) {
              changes.status = null;
            }
            if (level !== 'not_enrolled' && before.status === null && !('status' in fields)) {
              changes.status = 'studying';
            }
            const merged = { ...before, ...changes };
            const errors = checkEnrollment({
              schoolYear: merged.schoolYear,
              level: merged.level,
              grade: merged.grade,
              notEnrolledReason: merged.notEnrolledReason,
              schoolName: merged.schoolName,
              startDate: merged.startDate,
              endDate: merged.endDate,
              status: merged.status,
            });
            if (errors.length > 0) throw invalid(errors);
            if (merged.level !== before.level && results.length > 0) {
              const scale = scaleFor(merged.level, merged.schoolYear);
              if (
                scale !== scaleFor(before.level, before.schoolYear) ||
                merged.level === 'not_enrolled'
              ) {
                throw conflict({
                  vi: 'Đã có kết quả học tập theo thang của cấp cũ: không thể đổi cấp học',
                  en: 'Results were rated on the old level’s scale: the level cannot change',
                });
              }
            }
            if (
              isActive(merged.status) &&
              (!isActive(before.status) || merged.level !== before.level)
            ) {
              await this.assertNoActive(manager, before.residentId, before.schoolYear, id);
            }
          }
          return changes;
        },
        { what: ENROLLMENT_NOT_FOUND },
      );
      return toEnrollmentView(after, results);
    });
  }

  /** At most one active enrolment (studying, suspended, not_enrolled) per resident and year. */
  private async assertNoActive(
    manager: EntityManager,
    residentId: string,
    schoolYear: string,
    exceptId: string | null,
  ): Promise<void> {
    const clash = (await activeEnrollmentIds(manager, residentId, schoolYear)).find(
      (id) => id !== exceptId,
    );
    if (clash) {
      throw conflict(
        {
          vi: `Đối tượng đã có hồ sơ học tập đang hiệu lực trong năm học ${schoolYear}`,
          en: `The resident already has an active enrolment for ${schoolYear}`,
        },
        { existingEnrollmentId: clash },
      );
    }
  }
}
