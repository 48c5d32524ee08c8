import { Module } from '@nestjs/common';
import { DischargeModule } from '../discharge/discharge.module';
import { JobsModule } from '../jobs/jobs.module';
import { ResidentsModule } from '../residents/residents.module';
import { AssessmentsService } from './assessments/assessments.service';
import { CaseAlertsJob } from './case-alerts.job';
import { CaseFiguresService } from './figures/case-figures.service';
import { CaseNotesService } from './notes/case-notes.service';
import { CasesController } from './case-file/cases.controller';
import { CasesService } from './case-file/cases.service';
import { ChildrenMeetingsService } from './meetings/children-meetings.service';
import { PlansController } from './plans/plans.controller';
import { PlansService } from './plans/plans.service';
import { ReferralsService } from './referrals/referrals.service';

/** Case management (TT 02/2020): cases, assessments, plans and reviews, counselling, referrals. */
@Module({
  imports: [ResidentsModule, DischargeModule, JobsModule],
  controllers: [CasesController, PlansController],
  providers: [
    CasesService,
    AssessmentsService,
    PlansService,
    CaseNotesService,
    ReferralsService,
    ChildrenMeetingsService,
    CaseFiguresService,
    CaseAlertsJob,
  ],
  exports: [CaseFiguresService, CasesService],
})
export class CasesModule {}
