import { createInFacility } from '../../database/facility-scope';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AlertsService } from '../../alerts/alerts.service';
import { AuditService } from '../../audit/audit.service';
import type { FacilityActor } from '../../identity/actor';
import { FieldError, invalid } from '../../common/errors/problem.exception';
import { Page, PageQuery, mapPage, newestFirstPage } from '../../common/http/pagination';
import { checkDomains } from '../case-rules';
import { CasesService } from '../case-file/cases.service';
import { CreateAssessmentDto } from './assessment.dto';
import { NeedsAssessment } from './needs-assessment.entity';
import { ResidentsService } from '../../residents/register/residents.service';
import { NeedsAssessmentView, toNeedsAssessmentView } from './needs-assessment.view';

/** Step 1: needs assessments, and the initial safety assessment of an emergency admission. */
@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly residents: ResidentsService,
    private readonly audit: AuditService,
    private readonly alerts: AlertsService,
    private readonly cases: CasesService,
  ) {}

  async list(
    actor: FacilityActor,
    residentId: string,
    page: PageQuery,
  ): Promise<Page<NeedsAssessmentView>> {
    await this.residents.find(actor, residentId);
    const found = await newestFirstPage(
      this.dataSource.manager,
      NeedsAssessment,
      actor.facilityId,
      { residentId },
      'assessedOn',
      page,
    );
    return mapPage(found, toNeedsAssessmentView);
  }

  /**
   * Records an assessment in the open case. A comprehensive assessment (or a reassessment) moves
   * a case in step 1 to planning; an initial safety assessment closes the "missing" alert.
   */
  async create(
    actor: FacilityActor,
    residentId: string,
    dto: CreateAssessmentDto,
  ): Promise<NeedsAssessmentView> {
    return this.dataSource.transaction(async (manager) => {
      const { resident, caseFile } = await this.cases.openCaseOf(manager, actor, residentId);
      const today = await this.cases.today(manager, actor);
      const errors: FieldError[] = checkDomains(dto.domains, dto.kind === 'initial_safety');
      if (dto.assessedOn < resident.admittedOn || dto.assessedOn > today) {
        errors.push({
          field: 'assessedOn',
          code: 'outOfStay',
          text: {
            vi: 'Ngày đánh giá phải trong thời gian ở, không ở tương lai',
            en: 'The assessment date must be within the stay and not in the future',
          },
        });
      }
      if (errors.length > 0) throw invalid(errors);
      const saved = await createInFacility(
        { manager, actor, audit: this.audit },
        NeedsAssessment,
        'needs_assessment',
        {
          caseId: caseFile.id,
          residentId,
          kind: dto.kind,
          assessedOn: dto.assessedOn,
          domains: dto.domains.map((d) => ({
            domain: d.domain,
            score: d.score ?? null,
            level: d.level ?? null,
            notes: d.notes ?? null,
          })),
          riskLevel: dto.riskLevel,
          strengths: dto.strengths ?? null,
          participants: (dto.participants ?? []).map((p) => ({ name: p.name, role: p.role })),
          summary: dto.summary ?? null,
          assessedBy: actor.id,
        },
      );
      if (dto.kind === 'initial_safety') {
        await this.alerts.closeForSource(manager, 'case_file', caseFile.id);
      } else {
        await this.cases.advance(manager, actor, caseFile, 'assessment_recorded', dto.assessedOn);
      }
      return toNeedsAssessmentView(saved);
    });
  }
}
