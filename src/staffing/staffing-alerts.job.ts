import { Injectable, OnModuleInit } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import type { EntityManager } from 'typeorm';
import { addDays } from '../calendar/dates';
import { CRON_ZONE, dayPeriod, JobOutcome, JobRunner } from '../jobs/job-runner';
import { closeShiftsNoLongerShort, raiseShortShifts } from './staffing-alerts.queries';

export const STAFFING_JOB = 'staffing-short';
/** Days ahead (today included) whose rota is checked. */
export const STAFFING_DAYS_AHEAD = 7;

/**
 * Raises `shift_short` for every shift of the next days, in every facility that has a rota that
 * day, with fewer caretakers assigned than its residents require (TT 33/2017 Điều 5); closes the
 * open ones of shifts no longer short (the rota changed, a resident left). One statement each;
 * the source key names the facility's day and shift, so a shift alerts once across replicas.
 */
export async function runStaffingCheck(
  manager: EntityManager,
  today: string = dayPeriod(CRON_ZONE),
): Promise<JobOutcome> {
  const to = addDays(today, STAFFING_DAYS_AHEAD - 1);
  const raised = await raiseShortShifts(manager, today, to);
  const closed = await closeShiftsNoLongerShort(manager, today, to);
  return { raised, closed };
}

@Injectable()
export class StaffingAlertsJob implements OnModuleInit {
  constructor(private readonly runner: JobRunner) {}

  onModuleInit(): void {
    this.runner.runAtStartup(STAFFING_JOB, (m) => runStaffingCheck(m));
  }

  /** Every hour: a rota changed or a resident admitted shows up within the hour. */
  @Cron('5 * * * *', { name: STAFFING_JOB, timeZone: CRON_ZONE })
  async run(): Promise<JobOutcome | null> {
    return this.runner.runExclusive(STAFFING_JOB, (m) => runStaffingCheck(m));
  }
}
