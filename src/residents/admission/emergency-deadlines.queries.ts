import type { EntityManager } from 'typeorm';
import { PRESENT_STATUSES } from '../model/resident-rules';

/** Days before the end of a 3-month emergency-protection stay that the social worker is warned. */
export const STAY_WARNING_DAYS = 14;

/** "Today" in the admission's facility's time zone (`f`: the facility row). */
const TODAY = '(now() AT TIME ZONE f.timezone)::date';

/** The severities in rising order: an escalation only ever moves up this list. */
const SEVERITY_RANK = `ARRAY['info', 'warning', 'critical']`;

/**
 * The alerts of an emergency admission's deadlines, set-based. Both the admission (one
 * admission, in its transaction) and the daily job (every admission) raise them through here,
 * so the source key and the message are the same and a second raise does nothing.
 */
export const EmergencyDeadlineQueries = {
  /**
   * The dossier alert ('info', due on the deadline) of every present emergency admission whose
   * admission decision is still missing, or of `admissionId` only. Returns how many were raised.
   */
  async raiseDossierAlerts(manager: EntityManager, admissionId: string | null): Promise<number> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO alert (facility_id, resident_id, kind, severity, source_key, source_type, source_id, due_on, message, message_en, version)
       SELECT a.facility_id, r.id, 'emergency_dossier_due', 'info',
              'admission:' || a.id || ':' || a.dossier_due_on, 'admission', a.id, a.dossier_due_on,
              r.code || ' ' || r.full_name || ': hoàn thiện hồ sơ tiếp nhận khẩn cấp trước ' || to_char(a.dossier_due_on, 'DD/MM/YYYY'),
              r.code || ' ' || r.full_name || ': complete the emergency admission dossier by ' || to_char(a.dossier_due_on, 'YYYY-MM-DD'),
              1
         FROM admission a
         JOIN resident r ON r.current_admission_id = a.id
        WHERE a.dossier_due_on IS NOT NULL
          AND ($2::uuid IS NULL OR a.id = $2)
          AND r.status = ANY($1)
          AND NOT ('admission_decision' = ANY(a.dossier_present))
       ON CONFLICT (facility_id, kind, source_key) DO NOTHING
       RETURNING 1`,
      [PRESENT_STATUSES, admissionId],
    );
    return rows.length;
  },

  /** The stay alert ('warning') of every present khoản 2 admission within 14 days of its end. */
  async raiseStayAlerts(manager: EntityManager): Promise<number> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO alert (facility_id, resident_id, kind, severity, source_key, source_type, source_id, due_on, message, message_en, version)
       SELECT a.facility_id, r.id, 'emergency_stay_ending', 'warning',
              'admission_stay:' || a.id || ':' || a.stay_ends_on, 'admission', a.id, a.stay_ends_on,
              r.code || ' ' || r.full_name || ': hết thời hạn bảo vệ khẩn cấp ngày ' || to_char(a.stay_ends_on, 'DD/MM/YYYY'),
              r.code || ' ' || r.full_name || ': emergency protection ends on ' || to_char(a.stay_ends_on, 'YYYY-MM-DD'),
              1
         FROM admission a
         JOIN resident r ON r.current_admission_id = a.id
         JOIN facility f ON f.id = a.facility_id
        WHERE a.stay_ends_on IS NOT NULL
          AND r.status = ANY($1)
          AND a.stay_ends_on - $2::int <= ${TODAY}
       ON CONFLICT (facility_id, kind, source_key) DO NOTHING
       RETURNING 1`,
      [PRESENT_STATUSES, STAY_WARNING_DAYS],
    );
    return rows.length;
  },

  /**
   * Raises the severity of the deadline alerts not closed, as their dates pass: the dossier alert
   * a warning from the admission's `dossier_warn_on`, critical after the deadline while the
   * decision is missing; the stay alert critical after the stay's end while the person is present.
   * An acknowledged alert that is escalated is open again. Only upward, so a second run the same
   * day changes nothing. Returns how many alerts changed.
   */
  async escalate(manager: EntityManager): Promise<number> {
    const result: [unknown[], number] = await manager.query(
      `UPDATE alert al
          SET severity = due.severity, status = 'open', version = al.version + 1
         FROM (
           SELECT a.id AS admission_id, 'emergency_dossier_due' AS kind,
                  CASE WHEN ${TODAY} > a.dossier_due_on THEN 'critical'
                       WHEN ${TODAY} >= COALESCE(a.dossier_warn_on, a.dossier_due_on - 3) THEN 'warning'
                       ELSE 'info' END AS severity
             FROM admission a
             JOIN resident r ON r.current_admission_id = a.id
             JOIN facility f ON f.id = a.facility_id
            WHERE a.dossier_due_on IS NOT NULL
              AND r.status = ANY($1)
              AND NOT ('admission_decision' = ANY(a.dossier_present))
           UNION ALL
           SELECT a.id, 'emergency_stay_ending',
                  CASE WHEN ${TODAY} > a.stay_ends_on THEN 'critical' ELSE 'warning' END
             FROM admission a
             JOIN resident r ON r.current_admission_id = a.id
             JOIN facility f ON f.id = a.facility_id
            WHERE a.stay_ends_on IS NOT NULL
              AND r.status = ANY($1)
         ) due
        WHERE al.source_type = 'admission' AND al.source_id = due.admission_id
          AND al.kind = due.kind AND al.status <> 'closed'
          AND array_position(${SEVERITY_RANK}, due.severity)
              > COALESCE(array_position(${SEVERITY_RANK}, al.severity::text), 0)`,
      [PRESENT_STATUSES],
    );
    return result[1];
  },

  /** Closes the deadline alerts of residents who left. Returns how many were closed. */
  async closeOfLeft(manager: EntityManager): Promise<number> {
    const result: [unknown[], number] = await manager.query(
      `UPDATE alert al SET status = 'closed', closed_at = now(), version = al.version + 1
         FROM resident r
        WHERE al.resident_id = r.id AND al.kind IN ('emergency_dossier_due', 'emergency_stay_ending')
          AND al.status <> 'closed' AND NOT (r.status = ANY($1))`,
      [PRESENT_STATUSES],
    );
    return result[1];
  },
};
