import type { EntityManager } from 'typeorm';
import { PRESENT_STATUSES } from '../residents/model/resident-rules';

/** A `safety_assessment_missing` alert for each open case of an emergency admission with no initial safety assessment 24 hours after the intake was recorded; returns how many were raised. */
export async function raiseMissingSafetyAssessments(manager: EntityManager): Promise<number> {
  const raised: unknown[] = await manager.query(
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
  return raised.length;
}

/** A `plan_review_due` alert for each approved plan of an open case whose next review date has come in the facility's time zone; returns how many were raised. */
export async function raiseDuePlanReviews(manager: EntityManager): Promise<number> {
  const raised: unknown[] = await manager.query(
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
  return raised.length;
}

/** Closes the safety-assessment alerts whose case is closed or now has the assessment; returns how many. */
export async function closeResolvedSafetyAlerts(manager: EntityManager): Promise<number> {
  const closed: [unknown[], number] = await manager.query(
    `UPDATE alert al SET status = 'closed', closed_at = now(), version = al.version + 1
       FROM case_file c
      WHERE al.kind = 'safety_assessment_missing' AND al.source_type = 'case_file' AND al.source_id = c.id
        AND al.status <> 'closed'
        AND (c.step = 'closed'
             OR EXISTS (SELECT 1 FROM needs_assessment n WHERE n.case_id = c.id AND n.kind = 'initial_safety'))`,
  );
  return closed[1];
}

/** Closes the plan-review alerts whose plan is no longer in force, whose case is closed or whose review was done; returns how many. */
export async function closeResolvedReviewAlerts(manager: EntityManager): Promise<number> {
  const closed: [unknown[], number] = await manager.query(
    `UPDATE alert al SET status = 'closed', closed_at = now(), version = al.version + 1
       FROM intervention_plan p JOIN case_file c ON c.id = p.case_id
      WHERE al.kind = 'plan_review_due' AND al.source_type = 'intervention_plan' AND al.source_id = p.id
        AND al.status <> 'closed'
        AND (p.status <> 'approved' OR c.step = 'closed' OR p.next_review_on > al.due_on)`,
  );
  return closed[1];
}
