import { Injectable, OnModuleInit } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import type { EntityManager } from 'typeorm';
import { CRON_ZONE, dayPeriod, JobOutcome, JobRunner } from '../jobs/job-runner';
import { PRESENT_STATUSES } from './resident-rules';

/** Days before the dossier deadline (10 working days) that the social worker is warned. */
export const DOSSIER_WARNING_DAYS = 3;
/** Days before the end of a 3-month emergency-protection stay that the social worker is warned. */
export const STAY_WARNING_DAYS = 14;

/**
 * Emergency admissions: warns before the dossier deadline (while the admission decision is still
 * missing) and before the end of the 3-month emergency-protection stay. Set-based and idempotent:
 * one INSERT … SELECT … ON CONFLICT DO NOTHING per rule, "today" in each facility's time zone.
 */
export async function raiseEmergencyDeadlineAlerts(manager: EntityManager): Promise<JobOutcome> {
  const dossier: unknown[] = await manager.query(
    `INSERT INTO alert (facility_id, resident_id, kind, severity, source_key, source_type, source_id, due_on, message, message_en, version)
     SELECT a.facility_id, r.id, 'emergency_dossier_due', 'warning',
            'admission:' || a.id || ':' || a.dossier_due_on, 'admission', a.id, a.dossier_due_on,
            r.code || ' ' || r.full_name || ': hoàn thiện hồ sơ tiếp nhận khẩn cấp trước ' || to_char(a.dossier_due_on, 'DD/MM/YYYY'),
            r.code || ' ' || r.full_name || ': complete the emergency admission dossier by ' || to_char(a.dossier_due_on, 'YYYY-MM-DD'),
            1
       FROM admission a
       JOIN resident r ON r.current_admission_id = a.id
       JOIN facility f ON f.id = a.facility_id
      WHERE a.dossier_due_on IS NOT NULL
        AND r.status = ANY($1)
        AND NOT ('admission_decision' = ANY(a.dossier_present))
        AND a.dossier_due_on - $2::int <= (now() AT TIME ZONE f.timezone)::date
     ON CONFLICT (facility_id, kind, source_key) DO NOTHING
     RETURNING 1`,
    [PRESENT_STATUSES, DOSSIER_WARNING_DAYS],
  );
  const stay: unknown[] = await manager.query(
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
        AND a.stay_ends_on - $2::int <= (now() AT TIME ZONE f.timezone)::date
     ON CONFLICT (facility_id, kind, source_key) DO NOTHING
     RETURNING 1`,
    [PRESENT_STATUSES, STAY_WARNING_DAYS],
  );
  // Alerts of residents who left are closed.
  const closed: [unknown[], number] = await manager.query(
    `UPDATE alert al SET status = 'closed', closed_at = now(), version = al.version + 1
       FROM resident r
      WHERE al.resident_id = r.id AND al.kind IN ('emergency_dossier_due', 'emergency_stay_ending')
        AND al.status <> 'closed' AND NOT (r.status = ANY($1))`,
    [PRESENT_STATUSES],
  );
  return { raised: dossier.length + stay.length, closed: closed[1] };
}

@Injectable()
export class EmergencyDeadlinesJob implements OnModuleInit {
  constructor(private readonly runner: JobRunner) {}

  onModuleInit(): void {
    this.runner.runAtStartup('emergency-deadlines', raiseEmergencyDeadlineAlerts);
  }

  /** 06:00 in Vietnam, and at start-up. */
  @Cron('0 6 * * *', { name: 'emergency-deadlines', timeZone: CRON_ZONE })
  async run(): Promise<void> {
    await this.runner.runExclusive('emergency-deadlines', raiseEmergencyDeadlineAlerts, {
      period: dayPeriod(CRON_ZONE),
    });
  }
}
