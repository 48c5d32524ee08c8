import type { EntityManager } from 'typeorm';
import { PRESENT_STATUSES } from '../residents/model/resident-rules';
import type { WorklistStatus } from './dto/schedule.dto';
import { HealthSchedule } from './health-schedule.entity';
import type { ScheduleKind } from './health.enums';
import type { VaccinePlanDose } from './vaccine-plan-dose.entity';

/** Health's SQL: the worklist, the overdue job's statements, schedule locks and stops, the plan. */

/** Overdue tasks (the worklist's `overdue`) counted by kind, most first. */
export async function overdueCountsByKind(
  manager: EntityManager,
  facilityId: string,
  today: string,
): Promise<{ kind: ScheduleKind; count: number }[]> {
  const rows: { kind: ScheduleKind; count: number }[] = await manager.query(
    `SELECT s.kind, count(*)::int AS count
       FROM health_schedule s
       JOIN resident r ON r.id = s.resident_id
      WHERE s.facility_id = $1 AND s.active AND s.next_due_on IS NOT NULL
        AND r.status = ANY($3) AND s.next_due_on + s.grace_days < $2::date
      GROUP BY s.kind ORDER BY count DESC, s.kind`,
    [facilityId, today, PRESENT_STATUSES],
  );
  return rows;
}

/** A row of the worklist. */
export interface WorklistRow {
  schedule_id: string;
  resident_id: string;
  resident_code: string;
  resident_name: string;
  room_code: string | null;
  kind: ScheduleKind;
  vaccine_code: string | null;
  vaccine_name: string | null;
  dose_no: number | null;
  next_due_on: string;
  last_done_on: string | null;
  days_overdue: number;
  version: number;
}

/** Which tasks a worklist page holds: its status, filters, the cursor's key and size. */
export interface WorklistFilter {
  status: WorklistStatus;
  kind?: ScheduleKind;
  /** A room's code. */
  room?: string;
  /** The last row of the previous page (due date, schedule id). */
  after: [string, string] | null;
  /** The last day of `upcoming`. */
  upcomingUntil: string;
  limit: number;
}

/**
 * A page of the nurse's worklist (one row more than `limit`, to tell whether another follows):
 * overdue — past the due date and its grace days; due — due today or within the grace days;
 * upcoming — due up to `upcomingUntil`. Ordered by due date, then id.
 */
export async function worklistRows(
  manager: EntityManager,
  facilityId: string,
  today: string,
  filter: WorklistFilter,
): Promise<WorklistRow[]> {
  const params: unknown[] = [facilityId, today, PRESENT_STATUSES];
  const where: string[] = [
    's.facility_id = $1',
    's.active',
    's.next_due_on IS NOT NULL',
    'r.status = ANY($3)',
  ];
  switch (filter.status) {
    case 'overdue':
      where.push('s.next_due_on + s.grace_days < $2::date');
      break;
    case 'due':
      where.push('s.next_due_on <= $2::date AND s.next_due_on + s.grace_days >= $2::date');
      break;
    case 'upcoming':
      params.push(filter.upcomingUntil);
      where.push(`s.next_due_on > $2::date AND s.next_due_on <= $${params.length}::date`);
      break;
  }
  if (filter.kind) {
    params.push(filter.kind);
    where.push(`s.kind = $${params.length}`);
  }
  if (filter.room) {
    params.push(filter.room);
    where.push(`room.code = $${params.length}`);
  }
  if (filter.after) {
    const [due, id] = filter.after;
    params.push(due, id);
    where.push(`(s.next_due_on, s.id) > ($${params.length - 1}::date, $${params.length}::uuid)`);
  }
  params.push(filter.limit + 1);
  const rows: WorklistRow[] = await manager.query(
    `SELECT s.id AS schedule_id, r.id AS resident_id, r.code AS resident_code, r.full_name AS resident_name,
            room.code AS room_code, s.kind, s.vaccine_code, s.dose_no,
            (SELECT p.vaccine_name FROM vaccine_plan_dose p WHERE p.vaccine_code = s.vaccine_code
              ORDER BY p.effective_from DESC LIMIT 1) AS vaccine_name,
            to_char(s.next_due_on, 'YYYY-MM-DD') AS next_due_on, to_char(s.last_done_on, 'YYYY-MM-DD') AS last_done_on,
            ($2::date - s.next_due_on) AS days_overdue, s.version
       FROM health_schedule s
       JOIN resident r ON r.id = s.resident_id
       LEFT JOIN room ON room.id = r.room_id
      WHERE ${where.join(' AND ')}
      ORDER BY s.next_due_on, s.id
      LIMIT $${params.length}`,
    params,
  );
  return rows;
}

const LABEL_VI = `CASE s.kind WHEN 'periodic_exam' THEN 'Khám định kỳ 6 tháng' WHEN 'annual_exam' THEN 'Khám sức khỏe hằng năm'
  WHEN 'hiv_monitoring' THEN 'Xét nghiệm theo dõi' WHEN 'vaccination' THEN 'Tiêm ' || coalesce(s.vaccine_code, '') || ' mũi ' || coalesce(s.dose_no::text, '')
  WHEN 'growth_check' THEN 'Theo dõi tăng trưởng' WHEN 'dental' THEN 'Khám răng' WHEN 'eye' THEN 'Khám mắt' ELSE 'Việc y tế' END`;
const LABEL_EN = `CASE s.kind WHEN 'periodic_exam' THEN '6-monthly check-up' WHEN 'annual_exam' THEN 'Annual check-up'
  WHEN 'hiv_monitoring' THEN 'Monitoring test' WHEN 'vaccination' THEN coalesce(s.vaccine_code, '') || ' dose ' || coalesce(s.dose_no::text, '')
  WHEN 'growth_check' THEN 'Growth check' WHEN 'dental' THEN 'Dental check' WHEN 'eye' THEN 'Eye check' ELSE 'Health task' END`;

/** Closes the open alerts of schedules done, moved or stopped; returns how many. */
export async function closeSettledScheduleAlerts(manager: EntityManager): Promise<number> {
  const closed: [unknown[], number] = await manager.query(
    `UPDATE alert a SET status = 'closed', closed_at = now(), version = a.version + 1
       FROM health_schedule s
      WHERE a.source_type = 'health_schedule' AND a.source_id = s.id AND a.status <> 'closed'
        AND (NOT s.active OR s.next_due_on IS NULL OR s.next_due_on > a.due_on)`,
  );
  return closed[1];
}

/** Raises an alert for every active schedule of a present resident past its due date and grace days. */
export async function raiseOverdueScheduleAlerts(manager: EntityManager): Promise<number> {
  const raised: unknown[] = await manager.query(
    `INSERT INTO alert (facility_id, resident_id, kind, severity, source_key, source_type, source_id, due_on, message, message_en, version)
     SELECT s.facility_id, s.resident_id,
            CASE WHEN s.kind = 'vaccination' THEN 'vaccination_overdue' ELSE 'checkup_overdue' END,
            'warning',
            'health_schedule:' || s.id || ':' || s.next_due_on, 'health_schedule', s.id, s.next_due_on,
            r.code || ' ' || r.full_name || ': ' || ${LABEL_VI} || ' quá hạn từ ' || to_char(s.next_due_on, 'DD/MM/YYYY'),
            r.code || ' ' || r.full_name || ': ' || ${LABEL_EN} || ' overdue since ' || to_char(s.next_due_on, 'YYYY-MM-DD'),
            1
       FROM health_schedule s
       JOIN facility f ON f.id = s.facility_id
       JOIN resident r ON r.id = s.resident_id
      WHERE s.active
        -- a constant bound first, so the partial index on (next_due_on) WHERE active is used
        AND s.next_due_on < current_date + 2
        AND s.next_due_on < (now() AT TIME ZONE f.timezone)::date - s.grace_days
        AND r.status = ANY($1)
     ON CONFLICT (facility_id, kind, source_key) DO NOTHING
     RETURNING 1`,
    [PRESENT_STATUSES],
  );
  return raised.length;
}

/** Stops every open schedule of a resident (discharge, death); returns how many. */
export async function stopSchedulesOf(manager: EntityManager, residentId: string): Promise<number> {
  const result: [unknown[], number] = await manager.query(
    `UPDATE health_schedule SET active = false, version = version + 1, updated_at = now() WHERE resident_id = $1 AND active`,
    [residentId],
  );
  return result[1];
}

/** Locks the resident's row: two vaccinations of one resident are written one after the other. */
export async function lockResidentForHealth(
  manager: EntityManager,
  residentId: string,
): Promise<void> {
  await manager.query('SELECT id FROM resident WHERE id = $1 FOR UPDATE', [residentId]);
}

/** The doses of the vaccine plan version in force on a date (the latest effective on or before it). */
export function vaccinePlanDosesInForce(
  manager: EntityManager,
  on: string,
): Promise<VaccinePlanDose[]> {
  return manager.query(
    `SELECT id, plan_version AS "planVersion", to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom",
            vaccine_code AS "vaccineCode", vaccine_name AS "vaccineName", dose_no AS "doseNo",
            due_age_days AS "dueAgeDays", min_interval_days AS "minIntervalDays",
            min_age_days AS "minAgeDays", max_age_days AS "maxAgeDays"
       FROM vaccine_plan_dose
      WHERE plan_version = (SELECT plan_version FROM vaccine_plan_dose WHERE effective_from <= $1
                             ORDER BY effective_from DESC LIMIT 1)
      ORDER BY due_age_days, vaccine_code, dose_no`,
    [on],
  );
}

/** A schedule of the resident, locked (an exam names the schedule it fulfils). */
export function lockedScheduleOfResident(
  manager: EntityManager,
  facilityId: string,
  residentId: string,
  scheduleId: string,
): Promise<HealthSchedule | null> {
  return manager
    .getRepository(HealthSchedule)
    .createQueryBuilder('s')
    .setLock('pessimistic_write')
    .where('s.id = :id AND s.facilityId = :f AND s.residentId = :r', {
      id: scheduleId,
      f: facilityId,
      r: residentId,
    })
    .getOne();
}

/** The resident's active schedule of a kind due first, locked (the one an exam fulfils). */
export function lockedNextScheduleOfKind(
  manager: EntityManager,
  facilityId: string,
  residentId: string,
  kind: ScheduleKind,
): Promise<HealthSchedule | null> {
  return manager
    .getRepository(HealthSchedule)
    .createQueryBuilder('s')
    .setLock('pessimistic_write')
    .where('s.residentId = :r AND s.facilityId = :f AND s.kind = :kind AND s.active', {
      r: residentId,
      f: facilityId,
      kind,
    })
    .orderBy('s.nextDueOn', 'ASC')
    .getOne();
}
