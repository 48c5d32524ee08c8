import { Injectable, OnModuleInit } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import type { EntityManager } from 'typeorm';
import { CRON_ZONE, dayPeriod, JobOutcome, JobRunner } from '../../jobs/job-runner';
import { CHILD_CATEGORIES } from '../../residents/model/categories';
import {
  closeResolvedSchoolingAlerts,
  raiseNotStudyingReviews,
  raiseStudentAgeReviews,
  raiseVocationalReferrals,
} from './schooling-alerts.queries';

export const VOCATIONAL_REFERRAL_AGE = 13;
export const NOT_STUDYING_DISCHARGE_AGE = 16;
export const STUDENT_DISCHARGE_AGE = 22;

/**
 * The age rules of schooling (DOMAIN.md "Leaving the facility", ND 20/2021 Điều 5, 30):
 *  1. vocational_referral — a child 13–15 who neither studies nor trains; once per resident and
 *     school year (the due date is the later of the 13th birthday and 1 August);
 *  2. discharge_review — a resident of a child category who reached 16 and does not study (Điều 30 d);
 *     once, dated on the 16th birthday;
 *  3. discharge_review — a student who reached 22: support while studying ends (Điều 30 d);
 *     once, dated on the 22nd birthday.
 * Three INSERT … SELECT … ON CONFLICT DO NOTHING for all facilities, then one UPDATE closing the
 * alerts whose cause is gone (the child now studies, the resident left); the SQL is in
 * schooling-alerts.queries.ts. No loop over residents.
 */
export async function raiseSchoolingAlerts(manager: EntityManager): Promise<JobOutcome> {
  const referral = await raiseVocationalReferrals(
    manager,
    VOCATIONAL_REFERRAL_AGE,
    NOT_STUDYING_DISCHARGE_AGE,
  );
  const notStudying = await raiseNotStudyingReviews(
    manager,
    NOT_STUDYING_DISCHARGE_AGE,
    STUDENT_DISCHARGE_AGE,
    CHILD_CATEGORIES,
  );
  const student22 = await raiseStudentAgeReviews(manager, STUDENT_DISCHARGE_AGE);
  const closed = await closeResolvedSchoolingAlerts(manager);
  return { raised: referral + notStudying + student22, closed };
}

@Injectable()
export class SchoolingAlertsJob implements OnModuleInit {
  constructor(private readonly runner: JobRunner) {}

  onModuleInit(): void {
    this.runner.runAtStartup('schooling-age-rules', raiseSchoolingAlerts);
  }

  /** Daily at 06:00 Vietnam time, and at start-up. */
  @Cron('0 6 * * *', { name: 'schooling-age-rules', timeZone: CRON_ZONE })
  async run(): Promise<JobOutcome | null> {
    return this.runner.runExclusive('schooling-age-rules', raiseSchoolingAlerts, {
      period: dayPeriod(CRON_ZONE),
    });
  }
}
