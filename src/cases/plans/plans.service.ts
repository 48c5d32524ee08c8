import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AlertsService } from '../../alerts/alerts.service';
import { AuditService } from '../../audit/audit.service';
import type { FacilityActor } from '../../identity/actor';
import type { Text } from '../../common/errors/messages';
import { conflict, FieldError, invalid } from '../../common/errors/problem.exception';
import { nullFieldErrors as nullErrors } from '../../common/http/validators';
import { Page, PageQuery, mapPage, newestFirstPage } from '../../common/http/pagination';
import { createInFacility, findInFacility, updateInFacility } from '../../database/facility-scope';
import { CaseFile } from '../case-file/case-file.entity';
import { checkGoalKeys, reviewDueAfter } from '../case-rules';
import { CasesService } from '../case-file/cases.service';
import { CreatePlanDto, PlanRevisionDto, UpdatePlanDto } from './plan.dto';
import { InterventionPlan } from './intervention-plan.entity';
import { ResidentsService } from '../../residents/register/residents.service';
import { InterventionPlanView, toInterventionPlanView } from './intervention-plan.view';
import { checkOwners, checkPlan, toActivities, toGoals, toServices } from './plan-content';
import { caseHasDraftPlan, caseHasPlan, lockCase } from './plan.queries';

export const PLAN_NOT_FOUND: Text = {
  vi: 'Không tìm thấy kế hoạch can thiệp',
  en: 'Plan not found',
};

/** Steps 2–3: intervention plans and their approval by the admin (reviews: ../reviews). */
@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly residents: ResidentsService,
    private readonly audit: AuditService,
    private readonly alerts: AlertsService,
    private readonly cases: CasesService,
  ) {}

  /** A resident's plans, newest revision first (every case, every revision). */
  async list(
    actor: FacilityActor,
    residentId: string,
    page: PageQuery,
  ): Promise<Page<InterventionPlanView>> {
    await this.residents.find(actor, residentId);
    const found = await newestFirstPage(
      this.dataSource.manager,
      InterventionPlan,
      actor.facilityId,
      { residentId },
      'createdAt',
      page,
    );
    return mapPage(found, toInterventionPlanView);
  }

  async get(actor: FacilityActor, id: string): Promise<InterventionPlanView> {
    return toInterventionPlanView(
      await findInFacility(this.dataSource.manager, InterventionPlan, actor, id, {
        what: PLAN_NOT_FOUND,
      }),
    );
  }

  /** The first plan of a case, as a draft; later plans are revisions made by a review. */
  async create(
    actor: FacilityActor,
    residentId: string,
    dto: CreatePlanDto,
  ): Promise<InterventionPlanView> {
    return this.dataSource.transaction(async (manager) => {
      const { caseFile } = await this.cases.openCaseOf(manager, actor, residentId);
      if (caseFile.step === 'assessment') {
        throw conflict({
          vi: 'Cần đánh giá nhu cầu trước khi lập kế hoạch (bước 1, TT 02/2020)',
          en: 'Assess the needs before planning (step 1, TT 02/2020)',
        });
      }
      if (await caseHasPlan(manager, caseFile.id)) {
        throw conflict({
          vi: 'Hồ sơ đã có kế hoạch; sửa bản nháp hoặc điều chỉnh qua rà soát',
          en: 'The case has a plan; edit the draft or revise it through a review',
        });
      }
      const errors = await checkPlan(manager, actor, caseFile, dto);
      if (errors.length > 0) throw invalid(errors);
      return toInterventionPlanView(
        await this.insertPlan(manager, actor, caseFile, null, {
          startsOn: dto.startsOn,
          endsOn: dto.endsOn ?? null,
          reviewFrequency: dto.reviewFrequency,
          goals: toGoals(dto.goals),
          activities: toActivities(dto.activities),
          services: toServices(dto.services),
        }),
      );
    });
  }

  /** Edits a draft; an approved plan changes only through a review's revision. */
  async update(
    actor: FacilityActor,
    id: string,
    version: number,
    dto: UpdatePlanDto,
  ): Promise<InterventionPlanView> {
    const nulls = nullErrors(dto, [
      'startsOn',
      'reviewFrequency',
      'goals',
      'activities',
      'services',
    ]);
    if (nulls.length > 0) throw invalid(nulls);
    return this.dataSource.transaction(async (manager) => {
      const write = { manager, actor, audit: this.audit };
      const { after } = await updateInFacility(
        write,
        InterventionPlan,
        'intervention_plan',
        id,
        version,
        async (before) => {
          this.assertDraft(before);
          const caseFile = await manager.findOneByOrFail(CaseFile, { id: before.caseId });
          const merged = {
            startsOn: dto.startsOn ?? before.startsOn,
            endsOn: dto.endsOn !== undefined ? (dto.endsOn ?? null) : before.endsOn,
            reviewFrequency: dto.reviewFrequency ?? before.reviewFrequency,
            goals: dto.goals ? toGoals(dto.goals, before.goals) : before.goals,
            activities: dto.activities ? toActivities(dto.activities) : before.activities,
            services: dto.services ? toServices(dto.services) : before.services,
          };
          const errors = await checkPlan(manager, actor, caseFile, {
            ...merged,
            endsOn: merged.endsOn ?? undefined,
            goals: merged.goals,
            activities: merged.activities.map((a) => ({ ...a, goalKey: a.goalKey ?? undefined })),
          });
          if (errors.length > 0) throw invalid(errors);
          return merged;
        },
        { what: PLAN_NOT_FOUND },
      );
      return toInterventionPlanView(after);
    });
  }

  /**
   * The admin approves a draft: the plan it revises is superseded, the next review is set, and a
   * case in planning moves to implementation.
   */
  async approve(actor: FacilityActor, id: string, version: number): Promise<InterventionPlanView> {
    return this.dataSource.transaction(async (manager) => {
      let today = '';
      const write = { manager, actor, audit: this.audit };
      const { after } = await updateInFacility(
        write,
        InterventionPlan,
        'intervention_plan',
        id,
        version,
        async (before) => {
          this.assertDraft(before);
          const caseFile = await lockCase(manager, before.caseId);
          if (caseFile.step === 'closed') {
            throw conflict({ vi: 'Hồ sơ đã đóng', en: 'The case is closed' });
          }
          today = await this.cases.today(manager, actor);
          if (before.previousPlanId) {
            const previous = await manager.findOneByOrFail(InterventionPlan, {
              id: before.previousPlanId,
            });
            await manager.update(InterventionPlan, { id: previous.id }, { status: 'superseded' });
            await this.alerts.closeForSource(manager, 'intervention_plan', previous.id);
            await this.audit.record(manager, actor, {
              action: 'update',
              entity: 'intervention_plan',
              entityId: previous.id,
              changes: { status: { before: previous.status, after: 'superseded' } },
            });
          }
          return {
            status: 'approved' as const,
            approvedBy: actor.id,
            approvedOn: today,
            nextReviewOn: reviewDueAfter(before.startsOn, before.reviewFrequency),
          };
        },
        { what: PLAN_NOT_FOUND },
      );
      const caseFile = await manager.findOneByOrFail(CaseFile, { id: after.caseId });
      await this.cases.advance(manager, actor, caseFile, 'plan_approved', today);
      return toInterventionPlanView(after);
    });
  }

  /**
   * A review's revision of the plan in force: its goal keys and owners checked (errors named under
   * `revision.`), and no other revision already waiting for approval.
   */
  async checkRevision(
    manager: EntityManager,
    actor: FacilityActor,
    caseFile: CaseFile,
    revision: PlanRevisionDto,
  ): Promise<FieldError[]> {
    const errors = [
      ...checkGoalKeys(revision.goals, revision.activities ?? [], 'revision.activities').map(
        (e) => ({ ...e, field: e.field.startsWith('goals') ? `revision.${e.field}` : e.field }),
      ),
      ...(await checkOwners(manager, actor, revision.activities ?? [], 'revision.activities')),
    ];
    if (await caseHasDraftPlan(manager, caseFile.id)) {
      throw conflict({
        vi: 'Đã có một bản điều chỉnh chờ phê duyệt',
        en: 'A revision is already waiting for approval',
      });
    }
    return errors;
  }

  /** The draft revision a review makes of the plan in force, starting on the review's date. */
  revise(
    manager: EntityManager,
    actor: FacilityActor,
    caseFile: CaseFile,
    plan: InterventionPlan,
    revision: PlanRevisionDto,
    startsOn: string,
  ): Promise<InterventionPlan> {
    return this.insertPlan(manager, actor, caseFile, plan, {
      startsOn,
      endsOn: plan.endsOn,
      reviewFrequency: revision.reviewFrequency,
      goals: toGoals(revision.goals, plan.goals),
      activities: toActivities(revision.activities),
      services: toServices(revision.services),
    });
  }

  private assertDraft(plan: InterventionPlan): void {
    if (plan.status !== 'draft') {
      throw conflict({
        vi: 'Kế hoạch đã phê duyệt chỉ được điều chỉnh qua rà soát',
        en: 'An approved plan changes only through a review',
      });
    }
  }

  private async insertPlan(
    manager: EntityManager,
    actor: FacilityActor,
    caseFile: CaseFile,
    previous: InterventionPlan | null,
    fields: Pick<
      InterventionPlan,
      'startsOn' | 'endsOn' | 'reviewFrequency' | 'goals' | 'activities' | 'services'
    >,
  ): Promise<InterventionPlan> {
    const saved = await createInFacility(
      { manager, actor, audit: this.audit },
      InterventionPlan,
      'intervention_plan',
      {
        ...fields,
        caseId: caseFile.id,
        residentId: caseFile.residentId,
        revision: previous ? previous.revision + 1 : 1,
        previousPlanId: previous?.id ?? null,
        status: 'draft',
        nextReviewOn: null,
        approvedBy: null,
        approvedOn: null,
        createdBy: actor.id,
      },
    );
    return saved;
  }
}
