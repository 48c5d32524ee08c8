import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, diffFields } from '../../audit/audit.service';
import type { FacilityActor } from '../../identity/actor';
import { Role } from '../../identity/role';
import { FieldError, forbidden, invalid } from '../../common/errors/problem.exception';
import { Page, PageQuery, mapPage, newestFirstPage } from '../../common/http/pagination';
import { CasesService } from '../case-file/cases.service';
import { checkStaff } from '../case-file/case-staff';
import { CounsellingSession } from './counselling-session.entity';
import { CreateCaseNoteDto } from './note.dto';
import { ResidentsService } from '../../residents/register/residents.service';
import { CounsellingSessionView, toCounsellingSessionView } from './counselling-session.view';

/** Who may write counselling notes. */
const COUNSELLOR_ROLES = [Role.SocialWorker, Role.Admin] as const;

/**
 * Counselling sessions — the case notes of API.md. Reading the notes of a protection case is a
 * read of sensitive facts: allowed to admin and social worker (API.md; SPEC allows no one else) and
 * recorded in the audit trail, like the resident's sensitive facts.
 */
@Injectable()
export class CaseNotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly residents: ResidentsService,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
  ) {}

  async list(
    actor: FacilityActor,
    residentId: string,
    page: PageQuery,
  ): Promise<Page<CounsellingSessionView>> {
    // API.md: case notes are for the social worker and the admin. The route refuses other roles
    // already; this keeps the rule where the data is read.
    if (!COUNSELLOR_ROLES.includes(actor.role as (typeof COUNSELLOR_ROLES)[number]))
      throw forbidden();
    return this.dataSource.transaction(async (manager) => {
      await this.residents.find(actor, residentId, manager);
      const found = await newestFirstPage(
        manager,
        CounsellingSession,
        actor.facilityId,
        { residentId },
        'sessionOn',
        page,
      );
      const sensitiveIds = found.items.filter((s) => s.sensitive).map((s) => s.id);
      if (sensitiveIds.length > 0) {
        await this.audit.record(manager, actor, {
          action: 'read',
          entity: 'case_note',
          entityId: residentId,
          changes: {
            summary: { before: null, after: 'read' },
            sessions: { before: null, after: sensitiveIds },
          },
        });
      }
      return mapPage(found, toCounsellingSessionView);
    });
  }

  async create(
    actor: FacilityActor,
    residentId: string,
    dto: CreateCaseNoteDto,
  ): Promise<CounsellingSessionView> {
    return this.dataSource.transaction(async (manager) => {
      const { resident, caseFile } = await this.cases.openCaseOf(manager, actor, residentId);
      const today = await this.cases.today(manager, actor);
      const errors: FieldError[] = [];
      if (dto.sessionOn < resident.admittedOn || dto.sessionOn > today) {
        errors.push({
          field: 'sessionOn',
          code: 'outOfStay',
          text: {
            vi: 'Ngày tham vấn phải trong thời gian ở, không ở tương lai',
            en: 'The session date must be within the stay and not in the future',
          },
        });
      }
      if (dto.counsellorId) {
        errors.push(
          ...(await checkStaff(manager, actor, dto.counsellorId, 'counsellorId', COUNSELLOR_ROLES)),
        );
      }
      if (errors.length > 0) throw invalid(errors);
      const saved = await manager.save(
        manager.create(CounsellingSession, {
          facilityId: actor.facilityId,
          residentId,
          caseId: caseFile.id,
          sessionOn: dto.sessionOn,
          type: dto.type,
          counsellorId: dto.counsellorId ?? actor.id,
          durationMinutes: dto.durationMinutes,
          topics: dto.topics ?? [],
          summary: dto.summary,
          followUpActions: dto.followUpActions ?? null,
          sensitive: caseFile.protection,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        entity: 'counselling_session',
        entityId: saved.id,
        // The text of a protection case's note is not copied into the trail.
        changes: diffFields(
          null,
          { ...saved },
          saved.sensitive ? ['summary', 'followUpActions', 'topics'] : [],
        ),
      });
      return toCounsellingSessionView(saved);
    });
  }
}
