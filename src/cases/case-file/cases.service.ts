import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AlertsService } from '../../alerts/alerts.service';
import { AuditService, diffFields } from '../../audit/audit.service';
import type { FacilityActor } from '../../identity/actor';
import { Role } from '../../identity/role';
import type { Text } from '../../common/errors/messages';
import { conflict, fieldError, FieldError, invalid } from '../../common/errors/problem.exception';
import { Page, PageQuery, paginate, mapPage } from '../../common/http/pagination';
import {
  createInFacility,
  facilityToday,
  findInFacility,
  updateInFacility,
} from '../../database/facility-scope';
import type { Discharge } from '../../discharge/discharge.entity';
import { ResidentSensitive } from '../../residents/model/resident-sensitive.entity';
import { RESIDENT_NOT_FOUND } from '../../residents/register/resident-views';
import { Resident } from '../../residents/model/resident.entity';
import { PRESENT_STATUSES } from '../../residents/model/resident-rules';
import { User } from '../../users/user.entity';
import { CaseFile } from './case-file.entity';
import { nextStep } from '../case-rules';
import type { CaseEvent, CaseStep } from '../case.enums';
import { CloseCaseDto, EvaluateCaseDto, OpenCaseDto, UpdateCaseDto } from './case.dto';
import { ResidentsService } from '../../residents/register/residents.service';
import { CaseFileView, toCaseFileView } from './case-file.view';

export const CASE_NOT_FOUND: Text = { vi: 'Không tìm thấy hồ sơ trường hợp', en: 'Case not found' };

/** The date column that records when a case reached each step. */
const STEP_SINCE: Partial<Record<CaseStep, keyof CaseFile>> = {
  planning: 'planningSince',
  implementation: 'implementationSince',
  monitoring: 'monitoringSince',
  closed: 'closedOn',
};

/** A protection case: emergency protection, or a history of abuse or trafficking. */
export function isProtectionCase(
  resident: Pick<Resident, 'categories'>,
  sensitive: Pick<ResidentSensitive, 'abuseHistory' | 'traffickingHistory'> | null,
): boolean {
  return (
    resident.categories.includes('k2_emergency') ||
    Boolean(sensitive?.abuseHistory) ||
    Boolean(sensitive?.traffickingHistory)
  );
}

/**
 * The case of a resident's stay (TT 02/2020): opened at admission, moved forward by what is
 * recorded, evaluated, closed — by hand or by the discharge.
 */
@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly residents: ResidentsService,
    private readonly audit: AuditService,
    private readonly alerts: AlertsService,
  ) {}

  /** In the admission's transaction (also a readmission): the new stay's case, in step 1. */
  async openAtAdmission(
    manager: EntityManager,
    actor: FacilityActor,
    resident: Resident,
    sensitive: ResidentSensitive | null,
  ): Promise<void> {
    const rows: { current_admission_id: string | null; admitted_on: string }[] =
      await manager.query(
        `SELECT current_admission_id, to_char(admitted_on, 'YYYY-MM-DD') AS admitted_on
           FROM resident WHERE id = $1`,
        [resident.id],
      );
    const admissionId = rows[0]?.current_admission_id;
    if (!admissionId) return;
    const worker = await this.defaultCaseWorker(manager, actor);
    await this.insertCase(manager, actor, {
      residentId: resident.id,
      admissionId,
      caseWorkerId: worker,
      openedOn: rows[0]?.admitted_on ?? resident.admittedOn,
      protection: isProtectionCase(resident, sensitive),
    });
  }

  /** Opens a case for the current stay of a resident who has none open (one admitted before). */
  async open(actor: FacilityActor, residentId: string, dto: OpenCaseDto): Promise<CaseFileView> {
    return this.dataSource.transaction(async (manager) => {
      const resident = await findInFacility(manager, Resident, actor, residentId, {
        lock: true,
        what: RESIDENT_NOT_FOUND,
      });
      if (!PRESENT_STATUSES.includes(resident.status) || !resident.currentAdmissionId) {
        throw conflict({
          vi: 'Đối tượng không còn ở cơ sở; không thể mở hồ sơ',
          en: 'The resident is not in the centre; no case can be opened',
        });
      }
      const today = await facilityToday(manager, actor);
      const openedOn = dto.openedOn ?? today;
      const errors: FieldError[] = [];
      if (openedOn < resident.admittedOn || openedOn > today) {
        errors.push(
          fieldError(
            'openedOn',
            'outOfStay',
            'Ngày mở hồ sơ phải trong thời gian ở, không ở tương lai',
            'The opening date must be within the stay and not in the future',
          ),
        );
      }
      if (dto.caseWorkerId)
        errors.push(...(await this.checkCaseWorker(manager, actor, dto.caseWorkerId)));
      if (errors.length > 0) throw invalid(errors);
      await this.assertNoOpenCase(manager, resident.currentAdmissionId);
      const sensitive = await manager.findOneBy(ResidentSensitive, { residentId });
      return toCaseFileView(
        await this.insertCase(manager, actor, {
          residentId,
          admissionId: resident.currentAdmissionId,
          caseWorkerId: dto.caseWorkerId ?? (await this.defaultCaseWorker(manager, actor)),
          openedOn,
          protection: dto.protection ?? isProtectionCase(resident, sensitive),
        }),
      );
    });
  }

  /** The resident's cases, newest first. */
  async list(
    actor: FacilityActor,
    residentId: string,
    page: PageQuery,
  ): Promise<Page<CaseFileView>> {
    await this.residents.find(actor, residentId);
    const qb = this.dataSource
      .getRepository(CaseFile)
      .createQueryBuilder('c')
      .where('c.facilityId = :f AND c.residentId = :r', { f: actor.facilityId, r: residentId });
    return mapPage(
      await paginate(
        qb,
        [
          { sql: 'c.createdAt', value: (c) => c.createdAt.toISOString() },
          { sql: 'c.id', value: (c) => c.id },
        ],
        page,
        'DESC',
      ),
      toCaseFileView,
    );
  }

  async get(actor: FacilityActor, id: string): Promise<CaseFileView> {
    return toCaseFileView(
      await findInFacility(this.dataSource.manager, CaseFile, actor, id, { what: CASE_NOT_FOUND }),
    );
  }

  /** Reassigns the case worker or marks a protection case. */
  async update(
    actor: FacilityActor,
    id: string,
    version: number,
    dto: UpdateCaseDto,
  ): Promise<CaseFileView> {
    return this.dataSource.transaction(async (manager) => {
      const { after } = await this.updateCase(manager, actor, id, version, async (before) => {
        this.assertOpen(before);
        if (dto.caseWorkerId) {
          const errors = await this.checkCaseWorker(manager, actor, dto.caseWorkerId);
          if (errors.length > 0) throw invalid(errors);
        }
        const changes: Partial<CaseFile> = {};
        if (dto.caseWorkerId !== undefined) changes.caseWorkerId = dto.caseWorkerId;
        if (dto.protection !== undefined) changes.protection = dto.protection;
        return changes;
      });
      return toCaseFileView(after);
    });
  }

  /** Step 5, first half: the evaluation of the results (needed before closing). */
  async evaluate(
    actor: FacilityActor,
    id: string,
    version: number,
    dto: EvaluateCaseDto,
  ): Promise<CaseFileView> {
    return this.dataSource.transaction(async (manager) => {
      const { after } = await this.updateCase(manager, actor, id, version, async (before) => {
        this.assertOpen(before);
        const today = await this.today(manager, actor);
        if (dto.evaluatedOn < before.openedOn || dto.evaluatedOn > today) {
          throw invalid([
            fieldError(
              'evaluatedOn',
              'outOfCase',
              'Ngày đánh giá phải sau ngày mở hồ sơ và không ở tương lai',
              'The evaluation date must be after the opening and not in the future',
            ),
          ]);
        }
        return {
          evaluatedOn: dto.evaluatedOn,
          evaluationOutcome: dto.outcome,
          evaluation: dto.evaluation,
        };
      });
      return toCaseFileView(after);
    });
  }

  /** Step 5, second half: closing needs the evaluation (409 without). */
  async close(
    actor: FacilityActor,
    id: string,
    version: number,
    dto: CloseCaseDto,
  ): Promise<CaseFileView> {
    return this.dataSource.transaction(async (manager) => {
      const { after } = await this.updateCase(manager, actor, id, version, async (before) => {
        this.assertOpen(before);
        if (!before.evaluatedOn) {
          throw conflict({
            vi: 'Cần đánh giá kết quả trước khi đóng hồ sơ (bước 5, TT 02/2020)',
            en: 'Record the evaluation before closing the case (step 5, TT 02/2020)',
          });
        }
        const today = await this.today(manager, actor);
        if (dto.closedOn < before.evaluatedOn || dto.closedOn > today) {
          throw invalid([
            fieldError(
              'closedOn',
              'beforeEvaluation',
              'Ngày đóng phải sau ngày đánh giá và không ở tương lai',
              'The closing date must be after the evaluation and not in the future',
            ),
          ]);
        }
        return {
          step: 'closed',
          closedOn: dto.closedOn,
          closureReason: dto.reason,
          closureNote: dto.note ?? null,
        };
      });
      await this.closeAlerts(manager, after.id);
      return toCaseFileView(after);
    });
  }

  /** In the discharge's transaction: the stay ended, so does its case (reason `discharged`). */
  async closeForDischarge(
    manager: EntityManager,
    actor: FacilityActor,
    discharge: Discharge,
  ): Promise<void> {
    const open = await manager
      .getRepository(CaseFile)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where("c.residentId = :r AND c.facilityId = :f AND c.step <> 'closed'", {
        r: discharge.residentId,
        f: discharge.facilityId,
      })
      .getMany();
    for (const before of open) {
      await this.write(manager, actor, before, {
        step: 'closed',
        closedOn: discharge.diedOn ?? discharge.effectiveOn,
        closureReason: 'discharged',
        closureNote: `discharge:${discharge.id}`,
      });
      await this.closeAlerts(manager, before.id);
    }
  }

  /**
   * The open case of a resident's current stay, locked, for a service that records something in
   * it: 404 for another facility's resident, 409 when there is no open case.
   */
  async openCaseOf(
    manager: EntityManager,
    actor: FacilityActor,
    residentId: string,
  ): Promise<{ resident: Resident; caseFile: CaseFile }> {
    const resident = await this.residents.find(actor, residentId, manager);
    const caseFile = resident.currentAdmissionId
      ? await manager
          .getRepository(CaseFile)
          .createQueryBuilder('c')
          .setLock('pessimistic_write')
          .where("c.admissionId = :a AND c.step <> 'closed'", { a: resident.currentAdmissionId })
          .getOne()
      : null;
    if (!caseFile) {
      throw conflict({
        vi: 'Đối tượng chưa có hồ sơ trường hợp đang mở',
        en: 'The resident has no open case',
      });
    }
    return { resident, caseFile };
  }

  /** Moves the case forward for an event recorded on `on`; nothing happens if it is already past. */
  async advance(
    manager: EntityManager,
    actor: FacilityActor,
    caseFile: CaseFile,
    event: CaseEvent,
    on: string,
  ): Promise<CaseFile> {
    const step = nextStep(caseFile.step, event);
    if (step === caseFile.step) return caseFile;
    const since = STEP_SINCE[step];
    return this.write(manager, actor, caseFile, {
      step,
      ...(since ? { [since]: on } : {}),
    });
  }

  /** A staff member of the caller's facility, active, in one of `roles`; else a field error. */
  async checkStaff(
    manager: EntityManager,
    actor: FacilityActor,
    userId: string,
    field: string,
    roles: readonly Role[],
  ): Promise<FieldError[]> {
    const user = await manager.findOneBy(User, { id: userId, facilityId: actor.facilityId });
    if (user?.active && roles.includes(user.role)) return [];
    return [
      fieldError(
        field,
        'notStaff',
        'Không phải nhân viên phù hợp của cơ sở',
        'Not a suitable staff member of this centre',
      ),
    ];
  }

  async today(manager: EntityManager, actor: FacilityActor): Promise<string> {
    return facilityToday(manager, actor);
  }

  private checkCaseWorker(
    manager: EntityManager,
    actor: FacilityActor,
    userId: string,
  ): Promise<FieldError[]> {
    return this.checkStaff(manager, actor, userId, 'caseWorkerId', [Role.SocialWorker]);
  }

  /** The caller when a social worker; else the active social worker with the fewest open cases. */
  private async defaultCaseWorker(
    manager: EntityManager,
    actor: FacilityActor,
  ): Promise<string | null> {
    if (actor.role === Role.SocialWorker) return actor.id;
    const rows: { id: string }[] = await manager.query(
      `SELECT u.id FROM app_user u
         LEFT JOIN case_file c ON c.case_worker_id = u.id AND c.step <> 'closed'
        WHERE u.facility_id = $1 AND u.role = 'social_worker' AND u.active
        GROUP BY u.id ORDER BY count(c.id), u.id LIMIT 1`,
      [actor.facilityId],
    );
    return rows[0]?.id ?? null;
  }

  private async assertNoOpenCase(manager: EntityManager, admissionId: string): Promise<void> {
    const open = await manager
      .getRepository(CaseFile)
      .createQueryBuilder('c')
      .where("c.admissionId = :a AND c.step <> 'closed'", { a: admissionId })
      .getExists();
    if (open) {
      throw conflict({
        vi: 'Lượt ở này đã có hồ sơ trường hợp đang mở',
        en: 'This stay already has an open case',
      });
    }
  }

  private async insertCase(
    manager: EntityManager,
    actor: FacilityActor,
    fields: Pick<
      CaseFile,
      'residentId' | 'admissionId' | 'caseWorkerId' | 'openedOn' | 'protection'
    >,
  ): Promise<CaseFile> {
    const saved = await createInFacility(
      { manager, actor, audit: this.audit },
      CaseFile,
      'case_file',
      {
        ...fields,
        step: 'assessment',
        createdBy: actor.id,
      },
    );
    return saved;
  }

  private updateCase(
    manager: EntityManager,
    actor: FacilityActor,
    id: string,
    version: number,
    apply: (before: CaseFile) => Promise<Partial<CaseFile>>,
  ): Promise<{ before: CaseFile; after: CaseFile }> {
    const write = { manager, actor, audit: this.audit };
    return updateInFacility(write, CaseFile, 'case_file', id, version, apply, {
      what: CASE_NOT_FOUND,
    });
  }

  private assertOpen(c: CaseFile): void {
    if (c.step === 'closed') {
      throw conflict({ vi: 'Hồ sơ đã đóng', en: 'The case is closed' });
    }
  }

  private async write(
    manager: EntityManager,
    actor: FacilityActor,
    before: CaseFile,
    changes: Partial<CaseFile>,
  ): Promise<CaseFile> {
    await manager.update(CaseFile, { id: before.id }, changes);
    const after = await manager.findOneByOrFail(CaseFile, { id: before.id });
    await this.audit.record(manager, actor, {
      action: 'update',
      entity: 'case_file',
      entityId: before.id,
      changes: diffFields({ ...before }, { ...after }),
    });
    return after;
  }

  /** A closed case's plan-review and safety-assessment alerts have no cause any more. */
  private async closeAlerts(manager: EntityManager, caseId: string): Promise<void> {
    await this.alerts.closeForSource(manager, 'case_file', caseId);
    await manager.query(
      `UPDATE alert a SET status = 'closed', closed_at = now(), version = a.version + 1
         FROM intervention_plan p
        WHERE a.source_type = 'intervention_plan' AND a.source_id = p.id AND p.case_id = $1
          AND a.status <> 'closed'`,
      [caseId],
    );
  }
}
