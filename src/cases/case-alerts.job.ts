import { Injectable, OnModuleInit } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import type { EntityManager } from 'typeorm';
import { JobOutcome, JobRunner } from '../jobs/job-runner';
import {
  closeResolvedReviewAlerts,
  closeResolvedSafetyAlerts,
  raiseDuePlanReviews,
  raiseMissingSafetyAssessments,
} from './case-alerts.queries';

export const CASE_ALERTS_JOB = 'case-alerts';

/**
 * Two alerts of case management, set-based for every facility at once (a re-run raises nothing
 * new: the source key is unique per facility and kind):
 * - `safety_assessment_missing`: an emergency admission whose open case has no initial safety
 *   assessment 24 hours after the intake was recorded (the admission row's creation instant);
 * - `plan_review_due`: an approved plan of an open case whose next review date has come ("today"
 *   in the facility's time zone). The source key holds the due date, so the next period raises a
 *   new alert.
 * Alerts whose cause is gone (assessment recorded, review done, plan superseded, case closed) close.
 * The SQL is in case-alerts.queries.ts.
 */
export async function runCaseAlerts(manager: EntityManager): Promise<JobOutcome> {
  const safety = await raiseMissingSafetyAssessments(manager);
  const reviews = await raiseDuePlanReviews(manager);
  const closedSafety = await closeResolvedSafetyAlerts(manager);
  const closedReviews = await closeResolvedReviewAlerts(manager);
  return {
    raised: safety + reviews,
    closed: closedSafety + closedReviews,
  };
}

@Injectable()
export class CaseAlertsJob implements OnModuleInit {
  constructor(private readonly runner: JobRunner) {}

  onModuleInit(): void {
    this.runner.runAtStartup(CASE_ALERTS_JOB, runCaseAlerts);
  }

  /**
   * Hourly, so a missing 24-hour safety assessment surfaces within the hour; the plan reviews
   * ride along (their alerts are raised once per due date).
   */
  @Cron('15 * * * *', { name: CASE_ALERTS_JOB, timeZone: 'Asia/Ho_Chi_Minh' })
  async run(): Promise<JobOutcome | null> {
    return this.runner.runExclusive(CASE_ALERTS_JOB, runCaseAlerts);
  }
}
