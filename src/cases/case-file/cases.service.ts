import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AlertsService } from '../../alerts/alerts.service';
import { AuditService, diffFields } from '../../audit/audit.service';
import type { FacilityActor } from '../../identity/actor';
import { conflict, fieldError, FieldError, invalid } from '../../common/errors/problem.exception';
import { Page, PageQuery, mapPage, newestFirstPage } from '../../common/http/pagination';
import { createInFacility, facilityToday, findInFacility } from '../../database/facility-scope';
import type { Discharge } from '../../discharge/discharge.entity';
import { ResidentSensitive } from '../../residents/model/resident-sensitive.entity';
import { RESIDENT_NOT_FOUND } from '../../residents/register/resident-views';
import { Resident } from '../../residents/model/resident.entity';
import { PRESENT_STATUSES } from '../../residents/model/resident-rules';
import { CaseFile } from './case-file.entity';
import { nextStep } from '../case-rules';
import type { CaseEvent, CaseStep } from '../case.enums';
import { OpenCaseDto, UpdateCaseDto } from './case.dto';
import { ResidentsService } from '../../residents/register/residents.service';
import { CaseFileView, toCaseFileView } from './case-file.view';
import {
  currentStayOf,
  lockOpenCaseOfStay,
  lockOpenCasesOfResident,
  stayHasOpenCase,
} from './case-file.queries';
import { assertCaseOpen, CASE_NOT_FOUND, closeCaseAlerts, updateCase } from './case-file.write';
import { checkCaseWorker, defaultCaseWorker } from './case-staff';

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
    const stay = await currentStayOf(manager, resident.id);
    if (!stay) return;
    const worker = await defaultCaseWorker(manager, actor);
    await this.insertCase(manager, actor, {
      residentId: resident.id,
      admissionId: stay.admissionId,
      caseWorkerId: worker,
      openedOn: stay.admittedOn ?? resident.admittedOn,
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
        errors.push(...(await checkCaseWorker(manager, actor, dto.caseWorkerId)));
      if (errors.length > 0) throw invalid(errors);
      await this.assertNoOpenCase(manager, resident.currentAdmissionId);
      const sensitive = await manager.findOneBy(ResidentSensitive, { residentId });
      return toCaseFileView(
        await this.insertCase(manager, actor, {
          residentId,
          admissionId: resident.currentAdmissionId,
          caseWorkerId: dto.caseWorkerId ?? (await defaultCaseWorker(manager, actor)),
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
    const found = await newestFirstPage(
      this.dataSource.manager,
      CaseFile,
      actor.facilityId,
      { residentId },
      'createdAt',
      page,
    );
    return mapPage(found, toCaseFileView);
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
      const write = { manager, actor, audit: this.audit };
      const { after } = await updateCase(write, id, version, async (before) => {
        assertCaseOpen(before);
        if (dto.caseWorkerId) {
          const errors = await checkCaseWorker(manager, actor, dto.caseWorkerId);
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

  /** In the discharge's transaction: the stay ended, so does its case (reason `discharged`). */
  async closeForDischarge(
    manager: EntityManager,
    actor: FacilityActor,
    discharge: Discharge,
  ): Promise<void> {
    const open = await lockOpenCasesOfResident(manager, discharge.facilityId, discharge.residentId);
    for (const before of open) {
      await this.write(manager, actor, before, {
        step: 'closed',
        closedOn: discharge.diedOn ?? discharge.effectiveOn,
        closureReason: 'discharged',
        closureNote: `discharge:${discharge.id}`,
      });
      await closeCaseAlerts(manager, this.alerts, before.id);
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
      ? await lockOpenCaseOfStay(manager, resident.currentAdmissionId)
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

  async today(manager: EntityManager, actor: FacilityActor): Promise<string> {
    return facilityToday(manager, actor);
  }

  private async assertNoOpenCase(manager: EntityManager, admissionId: string): Promise<void> {
    const open = await stayHasOpenCase(manager, admissionId);
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
}
