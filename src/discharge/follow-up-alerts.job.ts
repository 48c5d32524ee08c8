import { Injectable, OnModuleInit } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import type { EntityManager } from 'typeorm';
import { CRON_ZONE, dayPeriod, JobOutcome, JobRunner } from '../jobs/job-runner';

/**
 * Follow-ups not done by their due date and reintegration steps past theirs raise alerts for the
 * social worker: set-based, idempotent (the due date is part of the key), "today" per facility.
 */
export async function raiseFollowUpAlerts(manager: EntityManager): Promise<JobOutcome> {
  const followUps: unknown[] = await manager.query(
    `INSERT INTO alert (facility_id, resident_id, kind, severity, source_key, source_type, source_id, due_on, message, message_en, version)
     SELECT fu.facility_id, fu.resident_id, 'follow_up_overdue', 'warning', 'follow_up:' || fu.id || ':' || fu.due_on, 'follow_up', fu.id, fu.due_on,
            r.code || ' ' || r.full_name || ': quá hạn theo dõi sau hòa nhập từ ' || to_char(fu.due_on, 'DD/MM/YYYY'),
            r.code || ' ' || r.full_name || ': follow-up overdue since ' || to_char(fu.due_on, 'YYYY-MM-DD'), 1
       FROM follow_up fu JOIN resident r ON r.id = fu.resident_id JOIN facility f ON f.id = fu.facility_id
      WHERE fu.done_on IS NULL AND fu.closed_outcome IS NULL AND fu.due_on < (now() AT TIME ZONE f.timezone)::date
     ON CONFLICT (facility_id, kind, source_key) DO NOTHING RETURNING 1`,
  );
  const steps: unknown[] = await manager.query(
    `INSERT INTO alert (facility_id, resident_id, kind, severity, source_key, source_type, source_id, due_on, message, message_en, version)
     SELECT s.facility_id, s.resident_id, 'reintegration_step_overdue', 'warning', 'reintegration_step:' || s.id || ':' || s.due_on, 'reintegration_step', s.id, s.due_on,
            r.code || ' ' || r.full_name || ': quá hạn bước tái hòa nhập "' || left(s.description, 100) || '"',
            r.code || ' ' || r.full_name || ': reintegration step overdue "' || left(s.description, 100) || '"', 1
       FROM reintegration_step s JOIN resident r ON r.id = s.resident_id JOIN facility f ON f.id = s.facility_id
      WHERE s.done_on IS NULL AND r.status IN ('active', 'on_leave') AND s.due_on < (now() AT TIME ZONE f.timezone)::date
     ON CONFLICT (facility_id, kind, source_key) DO NOTHING RETURNING 1`,
  );
  return { raised: followUps.length + steps.length, closed: 0 };
}

@Injectable()
export class FollowUpAlertsJob implements OnModuleInit {
  constructor(private readonly runner: JobRunner) {}

  onModuleInit(): void {
    this.runner.runAtStartup('follow-up-alerts', raiseFollowUpAlerts);
  }

  @Cron('0 6 * * *', { name: 'follow-up-alerts', timeZone: CRON_ZONE })
  async run(): Promise<void> {
    await this.runner.runExclusive('follow-up-alerts', raiseFollowUpAlerts, {
      period: dayPeriod(CRON_ZONE),
    });
  }
}
