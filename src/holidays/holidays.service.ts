import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource, EntityManager } from 'typeorm';
import { AuditService, diffFields } from '../audit/audit.service';
import { fieldError, FieldError, invalid } from '../common/errors/problem.exception';
import { facilityToday } from '../database/facility-scope';
import type { FacilityActor } from '../identity/actor';
import { parseIsoDate } from '../calendar/dates';
import { HolidayDecision } from './holiday-decision.entity';
import { HolidayOverride } from './holiday-override.entity';
import { RecordHolidayDecisionDto } from './holiday.dto';
import { HolidayDayView, HolidayYearView } from './holiday.view';
import {
  CalendarChange,
  defaultDaysOff,
  HolidayCalendar,
  holidayCalendar,
} from '../calendar/working-days';
import { closeHolidayDecisionAlert } from './holidays.queries';

@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The working-day calendar of a facility: the days off computed by the law, corrected by the
   * national rows of `holiday_override` (past years' notices) and by the facility's recorded
   * decisions, which win over the national rows (a few dozen rows in all).
   */
  async calendar(manager: EntityManager, facilityId: string): Promise<HolidayCalendar> {
    return holidayCalendar([...(await this.changes(manager, facilityId)).values()]);
  }

  private async changes(
    manager: EntityManager,
    facilityId: string,
    year?: number,
  ): Promise<Map<string, CalendarChange & { name: string }>> {
    const [national, decisions] = await Promise.all([
      manager.find(HolidayOverride, {
        where: year ? { date: Between(`${year}-01-01`, `${year}-12-31`) } : {},
      }),
      manager.find(HolidayDecision, { where: year ? { facilityId, year } : { facilityId } }),
    ]);
    const merged = new Map<string, CalendarChange & { name: string }>();
    for (const row of national) merged.set(row.date, row);
    for (const decision of decisions) for (const c of decision.changes) merged.set(c.date, c);
    return merged;
  }

  /** A year as the deadlines count it: its weekdays off and its weekend days worked. */
  async year(actor: FacilityActor, year?: number): Promise<HolidayYearView> {
    const manager = this.dataSource.manager;
    const y = year ?? Number((await facilityToday(manager, actor)).slice(0, 4));
    const [changes, decision] = await Promise.all([
      this.changes(manager, actor.facilityId, y),
      manager.findOneBy(HolidayDecision, { facilityId: actor.facilityId, year: y }),
    ]);
    const days = new Map<string, HolidayDayView>();
    for (const [date, name] of defaultDaysOff(y))
      days.set(date, { date, name, origin: name.startsWith('Nghỉ bù') ? 'substitute' : 'law' });
    const worked: HolidayDayView[] = [];
    for (const change of [...changes.values()].sort((a, b) => a.date.localeCompare(b.date))) {
      if (change.kind === 'day_off')
        days.set(change.date, { date: change.date, name: change.name, origin: 'decision' });
      else {
        days.delete(change.date);
        if (isWeekend(change.date))
          worked.push({ date: change.date, name: change.name, origin: 'decision' });
      }
    }
    return {
      year: y,
      decision: decision
        ? {
            reference: decision.reference,
            changes: decision.changes,
            recordedBy: decision.recordedBy,
            recordedAt: decision.recordedAt,
          }
        : null,
      daysOff: [...days.values()]
        .filter((d) => !isWeekend(d.date))
        .sort((a, b) => a.date.localeCompare(b.date)),
      workedWeekendDays: worked,
    };
  }

  /** Records (or replaces) the facility's decision for a year and closes its "missing" alert. */
  async record(actor: FacilityActor, dto: RecordHolidayDecisionDto): Promise<HolidayYearView> {
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    for (const [i, change] of dto.changes.entries()) {
      if (!change.date.startsWith(`${dto.year}-`))
        errors.push(
          fieldError(
            `changes.${i}.date`,
            'otherYear',
            `Ngày không thuộc năm ${dto.year}`,
            `The date is not in ${dto.year}`,
          ),
        );
      else if (seen.has(change.date))
        errors.push(
          fieldError(
            `changes.${i}.date`,
            'duplicate',
            'Ngày này đã có trong quyết định',
            'This date is already in the decision',
          ),
        );
      seen.add(change.date);
    }
    if (errors.length > 0) throw invalid(errors);
    await this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(HolidayDecision, {
        facilityId: actor.facilityId,
        year: dto.year,
      });
      const changes = dto.changes.map(({ date, kind, name }) => ({
        date,
        kind,
        name: name.trim(),
      }));
      await manager.save(
        manager.create(HolidayDecision, {
          ...(before ?? {}),
          facilityId: actor.facilityId,
          year: dto.year,
          reference: dto.reference.trim(),
          changes,
          recordedBy: actor.id,
        }),
      );
      await closeHolidayDecisionAlert(manager, actor.facilityId, dto.year);
      await this.audit.record(manager, actor, {
        action: before ? 'update' : 'create',
        entity: 'holiday_decision',
        entityId: null,
        changes: diffFields(before ? { ...before } : null, {
          year: dto.year,
          reference: dto.reference,
          changes,
        }),
      });
    });
    return this.year(actor, dto.year);
  }
}

function isWeekend(date: string): boolean {
  const weekday = parseIsoDate(date).getUTCDay();
  return weekday === 0 || weekday === 6;
}
