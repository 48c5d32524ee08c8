import { Injectable, OnModuleInit } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import type { EntityManager } from 'typeorm';
import { JobOutcome, JobRunner } from '../jobs/job-runner';
import { PRESENT_STATUSES } from '../residents/model/resident-rules';

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
 */
export async function runCaseAlerts(manager: EntityManager): Promise<JobOutcome> {
  const safety: unknown[] = await manager.query(
    `INSERT INTO alert (facility_id, resident_id, kind, severity, source_key, source_type, source_id, due_on, message, message_en, version)
     SELECT c.facility_id, c.resident_id, 'safety_assessment_missing', 'critical',
            'case_file:' || c.id || ':' || (a.admitted_on + 1), 'case_file', c.id, a.admitted_on + 1,
            r.code || ' ' || r.full_name || ': chưa đánh giá an toàn ban đầu (tiếp nhận khẩn cấp ' || to_char(a.admitted_on, 'DD/MM/YYYY') || ', hạn 24 giờ)',
            r.code || ' ' || r.full_name || ': initial safety assessment missing (emergency admission ' || to_char(a.admitted_on, 'YYYY-MM-DD') || ', due within 24 h)',
            1
       FROM case_file c
       JOIN admission a ON a.id = c.admission_id
       JOIN resident r ON r.id = c.resident_id
      WHERE c.step <> 'closed' AND a.type = 'emergency'
        AND a.created_at <= now() - interval '24 hours'
        AND r.status = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM needs_assessment n WHERE n.case_id = c.id AND n.kind = 'initial_safety')
     ON CONFLICT (facility_id, kind, source_key) DO NOTHING
     RETURNING 1`,
    [PRESENT_STATUSES],
  );
  const reviews: unknown[] = await manager.query(
    `INSERT INTO alert (facility_id, resident_id, kind, severity, source_key, source_type, source_id, due_on, message, message_en, version)
     SELECT p.facility_id, p.resident_id, 'plan_review_due', 'warning',
            'intervention_plan:' || p.id || ':' || p.next_review_on, 'intervention_plan', p.id, p.next_review_on,
            r.code || ' ' || r.full_name || ': đến hạn rà soát kế hoạch can thiệp (' || to_char(p.next_review_on, 'DD/MM/YYYY') || ')',
            r.code || ' ' || r.full_name || ': intervention plan review due (' || to_char(p.next_review_on, 'YYYY-MM-DD') || ')',
            1
       FROM intervention_plan p
       JOIN case_file c ON c.id = p.case_id
       JOIN resident r ON r.id = p.resident_id
       JOIN facility f ON f.id = p.facility_id
      WHERE p.status = 'approved' AND c.step <> 'closed'
        -- a constant bound first, so the (facility, status, next_review_on) index helps
        AND p.next_review_on < current_date + 2
        AND p.next_review_on <= (now() AT TIME ZONE f.timezone)::date
        AND r.status = ANY($1)
     ON CONFLICT (facility_id, kind, source_key) DO NOTHING
     RETURNING 1`,
    [PRESENT_STATUSES],
  );
  const closedSafety: [unknown[], number] = await manager.query(
    `UPDATE alert al SET status = 'closed', closed_at = now(), version = al.version + 1
       FROM case_file c
      WHERE al.kind = 'safety_assessment_missing' AND al.source_type = 'case_file' AND al.source_id = c.id
        AND al.status <> 'closed'
        AND (c.step = 'closed'
             OR EXISTS (SELECT 1 FROM needs_assessment n WHERE n.case_id = c.id AND n.kind = 'initial_safety'))`,
  );
  const closedReviews: [unknown[], number] = await manager.query(
    `UPDATE alert al SET status = 'closed', closed_at = now(), version = al.version + 1
       FROM intervention_plan p JOIN case_file c ON c.id = p.case_id
      WHERE al.kind = 'plan_review_due' AND al.source_type = 'intervention_plan' AND al.source_id = p.id
        AND al.status <> 'closed'
        AND (p.status <> 'approved' OR c.step = 'closed' OR p.next_review_on > al.due_on)`,
  );
  return {
    raised: safety.length + reviews.length,
    closed: closedSafety[1] + closedReviews[1],
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
