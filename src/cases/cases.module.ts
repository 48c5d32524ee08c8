import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { ResidentsModule } from '../residents/residents.module';
import { AssessmentsService } from './assessments/assessments.service';
import { CaseAlertsJob } from './case-alerts.job';
import { CaseFiguresService } from './figures/case-figures.service';
import { CaseNotesService } from './notes/case-notes.service';
import { CasesController } from './case-file/cases.controller';
import { CaseClosingService } from './case-file/case-closing.service';
import { CasesService } from './case-file/cases.service';
import { ChildrenMeetingsService } from './meetings/children-meetings.service';
import { PlansController } from './plans/plans.controller';
import { PlansService } from './plans/plans.service';
import { ReferralsService } from './referrals/referrals.service';
import { AssessmentsController } from './assessments/assessments.controller';
import { CaseFiguresController } from './figures/case-figures.controller';
import { CaseNotesController } from './notes/case-notes.controller';
import { ChildrenMeetingsController } from './meetings/children-meetings.controller';
import { PlanReviewsController } from './reviews/plan-reviews.controller';
import { PlanReviewsService } from './reviews/plan-reviews.service';
import { ReferralsController } from './referrals/referrals.controller';

/** Case management (TT 02/2020): cases, assessments, plans and reviews, counselling, referrals. */
@Module({
  imports: [ResidentsModule, JobsModule],
  controllers: [
    // cases/figures before cases/:id
    CaseFiguresController,
    CasesController,
    AssessmentsController,
    PlansController,
    PlanReviewsController,
    CaseNotesController,
    ReferralsController,
    ChildrenMeetingsController,
  ],
  providers: [
    CasesService,
    CaseClosingService,
    AssessmentsService,
    PlansService,
    PlanReviewsService,
    CaseNotesService,
    ReferralsService,
    ChildrenMeetingsService,
    CaseFiguresService,
    CaseAlertsJob,
  ],
  exports: [CaseFiguresService, CasesService],
})
export class CasesModule {}
