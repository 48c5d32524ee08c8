import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AlertsService } from '../alerts/alerts.service';
import { AuditService } from '../audit/audit.service';
import type { FacilityActor } from '../identity/actor';
import { addDays, addMonths, ageOn } from '../calendar/dates';
import { FieldError, invalid } from '../common/errors/problem.exception';
import { createInFacility, updateInFacility } from '../database/facility-scope';
import { ResidentsService } from '../residents/register/residents.service';
import type { Resident } from '../residents/model/resident.entity';
import type { ResidentSensitive } from '../residents/model/resident-sensitive.entity';
import { CreateScheduleDto, UpdateScheduleDto } from './dto/schedule.dto';
import { HealthSchedule } from './health-schedule.entity';
import { ScheduleKind } from './health.enums';
import { VaccinePlanService } from './vaccine-plan.service';
import { stopSchedulesOf } from './health.queries';
import { catchUpPlan } from './vaccine-rules';
import { HealthScheduleView, toHealthScheduleView } from './dto/health-schedule.view';
import { assumedBirthDate } from '../residents/model/birth-date';

const SCHEDULE = { vi: 'Không tìm thấy lịch', en: 'Schedule not found' };
/** Children younger than this at admission get the national vaccination plan. */
export const VACCINATION_PLAN_MAX_AGE = 7;

/** The next due date after a task done on `doneOn`. */
export function nextDueAfter(
  s: Pick<HealthSchedule, 'intervalMonths' | 'intervalDays'>,
  doneOn: string,
): string | null {
  if (s.intervalMonths) return addMonths(doneOn, s.intervalMonths);
  if (s.intervalDays) return addDays(doneOn, s.intervalDays);
  return null;
}

function checkSchedule(s: {
  intervalMonths: number | null;
  intervalDays: number | null;
  fixedDueOn: string | null;
  nextDueOn: string | null;
  lastDoneOn: string | null;
}): FieldError[] {
  const errors: FieldError[] = [];
  if (!s.intervalMonths && !s.intervalDays && !s.fixedDueOn) {
    errors.push({
      field: 'intervalMonths',
      code: 'isDefined',
      text: {
        vi: 'Cần chu kỳ (tháng hoặc ngày) hoặc ngày cố định',
        en: 'An interval (months or days) or a fixed due date is required',
      },
    });
  }
  if (s.intervalMonths && s.intervalDays) {
    errors.push({
      field: 'intervalDays',
      code: 'oneInterval',
      text: { vi: 'Chỉ dùng một loại chu kỳ', en: 'Give months or days, not both' },
    });
  }
  if (s.nextDueOn && s.lastDoneOn && s.nextDueOn < s.lastDoneOn) {
    errors.push({
      field: 'nextDueOn',
      code: 'beforeLastDone',
      text: {
        vi: 'Ngày đến hạn trước lần làm gần nhất',
        en: 'Next due date is before the last done date',
      },
    });
  }
  return errors;
}

@Injectable()
export class SchedulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly alerts: AlertsService,
    private readonly residents: ResidentsService,
    private readonly plan: VaccinePlanService,
  ) {}

  /**
   * At admission (TT 33/2017 Điều 8): a 6-monthly and a yearly check-up for everybody; HIV
   * monitoring for a resident with HIV (every 6 months until the nurse sets the interval); the
   * national vaccination plan for a child under 7, caught up for a late admission (`catchUpPlan`).
   */
  async createDefaults(
    manager: EntityManager,
    actor: FacilityActor,
    { resident, sensitive }: { resident: Resident; sensitive: ResidentSensitive },
  ): Promise<void> {
    const base = {
      facilityId: resident.facilityId,
      residentId: resident.id,
      graceDays: 0,
      active: true,
      lastDoneOn: null,
      note: null,
      fixedDueOn: null,
      vaccineCode: null,
      doseNo: null,
      intervalDays: null,
    };
    const rows: Partial<HealthSchedule>[] = [
      {
        ...base,
        kind: ScheduleKind.PeriodicExam,
        intervalMonths: 6,
        nextDueOn: addMonths(resident.admittedOn, 6),
      },
      {
        ...base,
        kind: ScheduleKind.AnnualExam,
        intervalMonths: 12,
        nextDueOn: addMonths(resident.admittedOn, 12),
      },
    ];
    if (sensitive.hivStatus === 'positive') {
      rows.push({
        ...base,
        kind: ScheduleKind.HivMonitoring,
        intervalMonths: 6,
        nextDueOn: addMonths(resident.admittedOn, 1),
        note: 'Tải lượng virus / CD4; điều dưỡng đặt chu kỳ',
      });
    }
    const birth = assumedBirthDate(resident.dateOfBirth, resident.birthYear);
    if (birth && ageOn(birth, resident.admittedOn) < VACCINATION_PLAN_MAX_AGE) {
      const doses = await this.plan.dosesInForce(manager, resident.admittedOn);
      for (const { dose, dueOn } of catchUpPlan(doses, birth, resident.admittedOn)) {
        rows.push({
          ...base,
          kind: ScheduleKind.Vaccination,
          intervalMonths: null,
          fixedDueOn: dueOn,
          nextDueOn: dueOn,
          vaccineCode: dose.vaccineCode,
          doseNo: dose.doseNo,
          note: dose.vaccineName,
        });
      }
    }
    await manager.insert(HealthSchedule, rows);
    await this.audit.record(manager, actor, {
      action: 'create',
      entity: 'health_schedule',
      entityId: resident.id,
      changes: { defaults: { before: null, after: rows.length } },
    });
  }

  async listForResident(actor: FacilityActor, residentId: string): Promise<HealthScheduleView[]> {
    await this.residents.find(actor, residentId);
    const rows = await this.dataSource.getRepository(HealthSchedule).find({
      where: { residentId, facilityId: actor.facilityId },
      order: { active: 'DESC', nextDueOn: 'ASC', kind: 'ASC' },
    });
    return rows.map(toHealthScheduleView);
  }

  async create(
    actor: FacilityActor,
    residentId: string,
    dto: CreateScheduleDto,
  ): Promise<HealthScheduleView> {
    return this.dataSource.transaction(async (manager) => {
      await this.residents.find(actor, residentId, manager);
      const row = {
        facilityId: actor.facilityId,
        residentId,
        kind: dto.kind,
        intervalMonths: dto.intervalMonths ?? null,
        intervalDays: dto.intervalDays ?? null,
        fixedDueOn: dto.fixedDueOn ?? null,
        nextDueOn: dto.nextDueOn,
        lastDoneOn: dto.lastDoneOn ?? null,
        graceDays: dto.graceDays ?? 0,
        active: true,
        note: dto.note ?? null,
      };
      const errors = checkSchedule(row);
      if (dto.kind === ScheduleKind.Vaccination) {
        errors.push({
          field: 'kind',
          code: 'useVaccinations',
          text: {
            vi: 'Lịch tiêm lập từ kế hoạch tiêm chủng quốc gia',
            en: 'Vaccination schedules come from the national plan',
          },
        });
      }
      if (errors.length > 0) throw invalid(errors);
      const saved = await createInFacility(
        { manager, actor, audit: this.audit },
        HealthSchedule,
        'health_schedule',
        row,
      );
      return toHealthScheduleView(saved);
    });
  }

  async update(
    actor: FacilityActor,
    id: string,
    version: number,
    dto: UpdateScheduleDto,
  ): Promise<HealthScheduleView> {
    return this.dataSource.transaction(async (manager) => {
      const { before, after } = await updateInFacility(
        { manager, actor, audit: this.audit },
        HealthSchedule,
        'health_schedule',
        id,
        version,
        (before) => {
          // Only the fields sent: an absent field of the DTO instance is an own `undefined` property,
          // which would otherwise blank the stored value in the merge below.
          const changes = Object.fromEntries(
            Object.entries(dto).filter(([, v]) => v !== undefined),
          ) as UpdateScheduleDto;
          const merged = { ...before, ...changes };
          const errors = checkSchedule(merged);
          if (errors.length > 0) throw invalid(errors);
          return changes;
        },
        { what: SCHEDULE },
      );
      if (!after.active || (after.nextDueOn ?? '') > (before.nextDueOn ?? '')) {
        await this.alerts.closeForSource(manager, 'health_schedule', id);
      }
      return toHealthScheduleView(after);
    });
  }

  /**
   * Marks a schedule done on `doneOn`: the next due date moves to done + interval (or the
   * override); a one-off task becomes inactive. Its open alerts close. In the caller's transaction.
   */
  async markDone(
    manager: EntityManager,
    schedule: HealthSchedule,
    doneOn: string,
    override: string | null,
  ): Promise<HealthSchedule> {
    const next = override ?? (schedule.fixedDueOn ? null : nextDueAfter(schedule, doneOn));
    await manager.update(
      HealthSchedule,
      { id: schedule.id },
      { lastDoneOn: doneOn, nextDueOn: next, active: next !== null && schedule.active },
    );
    await this.alerts.closeForSource(manager, 'health_schedule', schedule.id);
    return manager.findOneByOrFail(HealthSchedule, { id: schedule.id });
  }

  /** Discharge and death stop every open schedule of the resident (issue: discharge). */
  async stopForResident(manager: EntityManager, residentId: string): Promise<number> {
    return stopSchedulesOf(manager, residentId);
  }
}
