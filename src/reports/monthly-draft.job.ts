import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import type { EntityManager } from 'typeorm';
import { addMonths } from '../calendar/dates';
import { CRON_ZONE, JobOutcome, JobRunner, monthPeriod } from '../jobs/job-runner';
import { facilitiesToDraft } from './monthly-draft.queries';
import { ReportsService } from './reports.service';

/**
 * On the 1st at 07:00 (Vietnam time), a draft of last month's report for every facility that has
 * none yet; the admin reviews and finalises it. Exactly once across replicas (JobRunner's lock),
 * and idempotent (a facility with a report for the month is skipped).
 */
@Injectable()
export class MonthlyDraftJob {
  constructor(
    private readonly runner: JobRunner,
    private readonly reports: ReportsService,
  ) {}

  @Cron('0 7 1 * *', { name: 'monthly-report-draft', timeZone: CRON_ZONE })
  async run(): Promise<JobOutcome | null> {
    return this.runner.runExclusive('monthly-report-draft', (m) => this.draftAll(m), {
      period: monthPeriod(CRON_ZONE),
    });
  }

  async draftAll(manager: EntityManager): Promise<JobOutcome> {
    const facilities = await facilitiesToDraft(manager);
    let raised = 0;
    for (const f of facilities) {
      const lastMonth = addMonths(`${monthPeriod(f.timezone)}-01`, -1).slice(0, 7);
      if (await this.reports.generateDraftIfMissing(manager, f.id, lastMonth)) raised++;
    }
    return { raised, closed: 0 };
  }
}
