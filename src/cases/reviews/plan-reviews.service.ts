import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AlertsService } from '../../alerts/alerts.service';
import { AuditService, diffFields } from '../../audit/audit.service';
import type { FacilityActor } from '../../identity/actor';
import { conflict, fieldError, FieldError, invalid } from '../../common/errors/problem.exception';
import { Page, PageQuery, mapPage, newestFirstPage } from '../../common/http/pagination';
import { createInFacility, findInFacility } from '../../database/facility-scope';
import { CasesService } from '../case-file/cases.service';
import { checkReviewedGoals, reviewDueAfter } from '../case-rules';
import { InterventionPlan } from '../plans/intervention-plan.entity';
import { toInterventionPlanView } from '../plans/intervention-plan.view';
import { CreateReviewDto } from '../plans/plan.dto';
import { lockCase } from '../plans/plan.queries';
import { PLAN_NOT_FOUND, PlansService } from '../plans/plans.service';
import { PlanReview } from './plan-review.entity';
import { PlanReviewResultView } from './plan-review-result.view';
import { PlanReviewView, toPlanReviewView } from './plan-review.view';

/** Step 4: reviews of the plan in force, which record the status of each goal and may revise it. */
@Injectable()
export class PlanReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly alerts: AlertsService,
    private readonly cases: CasesService,
    private readonly plans: PlansService,
  ) {}

  async list(actor: FacilityActor, planId: string, page: PageQuery): Promise<Page<PlanReviewView>> {
    await this.plans.get(actor, planId);
    const found = await newestFirstPage(
      this.dataSource.manager,
      PlanReview,
      actor.facilityId,
      { planId },
      'reviewedOn',
      page,
    );
    return mapPage(found, toPlanReviewView);
  }

  /**
   * Reviews an approved plan: the status of each goal, the next review date, the due-review alert
   * closed, the case in monitoring; with `revision`, a new draft revision of the plan.
   */
  async review(
    actor: FacilityActor,
    planId: string,
    dto: CreateReviewDto,
  ): Promise<PlanReviewResultView> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await findInFacility(manager, InterventionPlan, actor, planId, {
        lock: true,
        what: PLAN_NOT_FOUND,
      });
      if (plan.status !== 'approved') {
        throw conflict({
          vi: 'Chỉ rà soát kế hoạch đang có hiệu lực (đã phê duyệt)',
          en: 'Only the approved plan in force can be reviewed',
        });
      }
      const caseFile = await lockCase(manager, plan.caseId);
      if (caseFile.step === 'closed') {
        throw conflict({ vi: 'Hồ sơ đã đóng', en: 'The case is closed' });
      }
      const today = await this.cases.today(manager, actor);
      const errors: FieldError[] = checkReviewedGoals(plan.goals, dto.goals);
      if (dto.reviewedOn < plan.startsOn) {
        errors.push(
          fieldError(
            'reviewedOn',
            'beforePlanStart',
            'Ngày rà soát trước ngày bắt đầu kế hoạch',
            "The review is before the plan's start",
          ),
        );
      }
      if (dto.reviewedOn > today) {
        errors.push(
          fieldError(
            'reviewedOn',
            'futureDate',
            'Ngày rà soát ở tương lai',
            'Review date in the future',
          ),
        );
      }
      if (dto.revision) {
        errors.push(...(await this.plans.checkRevision(manager, actor, caseFile, dto.revision)));
      }
      if (errors.length > 0) throw invalid(errors);

      const revision = dto.revision
        ? await this.plans.revise(manager, actor, caseFile, plan, dto.revision, dto.reviewedOn)
        : null;
      const review = await createInFacility(
        { manager, actor, audit: this.audit },
        PlanReview,
        'plan_review',
        {
          planId,
          caseId: caseFile.id,
          reviewedOn: dto.reviewedOn,
          goals: dto.goals.map((g) => ({ key: g.key, status: g.status, note: g.note ?? null })),
          summary: dto.summary ?? null,
          revisedPlanId: revision?.id ?? null,
          reviewedBy: actor.id,
        },
      );
      const goals = plan.goals.map((g) => ({
        ...g,
        status: dto.goals.find((r) => r.key === g.key)?.status ?? g.status,
      }));
      const nextReviewOn = reviewDueAfter(dto.reviewedOn, plan.reviewFrequency);
      await manager.update(InterventionPlan, { id: planId }, { goals, nextReviewOn });
      const after = await manager.findOneByOrFail(InterventionPlan, { id: planId });
      await this.alerts.closeForSource(manager, 'intervention_plan', planId);
      await this.audit.record(manager, actor, {
        action: 'update',
        entity: 'intervention_plan',
        entityId: planId,
        changes: diffFields({ ...plan }, { ...after }),
      });
      await this.cases.advance(manager, actor, caseFile, 'review_recorded', dto.reviewedOn);
      return {
        review: toPlanReviewView(review),
        plan: toInterventionPlanView(after),
        revision: revision && toInterventionPlanView(revision),
      };
    });
  }
}
