import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { addDays, addMonths } from '../calendar/dates';
import { CaseFiguresService } from '../cases/figures/case-figures.service';
import { MovementsService } from '../discharge/movements.service';
import { MedicineCostsService } from '../medication/medicine-costs.service';
import { BaseLevelService } from '../money/base-level.service';
import { SchoolingFiguresService } from '../schooling/figures/schooling-figures.service';
import { schoolYearOf } from '../schooling/rules/school-year';
import { staffByRole } from '../staffing/staff-by-role';
import { StaffingService } from '../staffing/staffing.service';
import { annex, composition } from './figures/composition';
import { health, incidents, nutrition } from './figures/health';
import { allowance, sumAllowance } from './figures/money';
import { type MonthRota, staffingFigures } from './figures/staffing';
import type { AllowanceFigures, MonthlyFigures } from './monthly-figures';
import { followUpsDone, movementByMonth } from './monthly-figures.queries';

/**
 * The figures of the monthly report, from a handful of grouped queries over the history (events,
 * exams, doses with their dates): regenerating a past month gives the same numbers unless data
 * about that month was corrected. Nothing is loaded row by row into Node except the annex.
 */
@Injectable()
export class MonthlyFiguresService {
  constructor(
    private readonly movements: MovementsService,
    private readonly baseLevels: BaseLevelService,
    private readonly schoolingFigures: SchoolingFiguresService,
    private readonly caseFigures: CaseFiguresService,
    private readonly medicineCosts: MedicineCostsService,
    private readonly staffing: StaffingService,
  ) {}

  async compute(
    manager: EntityManager,
    facilityId: string,
    month: string,
  ): Promise<MonthlyFigures> {
    const first = `${month}-01`;
    return this.computeRange(manager, facilityId, first, addDays(addMonths(first, 1), -1), month);
  }

  /**
   * The same sections over a period of whole months (six-monthly and annual reports, ND 103/2017
   * Điều 51): movements over the period, composition at its end, allowance summed month by month.
   */
  async computeRange(
    manager: EntityManager,
    facilityId: string,
    first: string,
    last: string,
    label: string,
  ): Promise<MonthlyFigures> {
    const census = await this.movements.forRange(manager, facilityId, first, last, label);
    const months: AllowanceFigures[] = [];
    const rotas: MonthRota[] = [];
    const money = { baseLevels: this.baseLevels, medicineCosts: this.medicineCosts };
    for (let m = first; m <= last; m = addMonths(m, 1)) {
      months.push(await allowance(money, manager, facilityId, m, addDays(addMonths(m, 1), -1)));
      const month = m.slice(0, 7);
      rotas.push({ month, ...(await this.staffing.monthOf(manager, facilityId, month)) });
    }
    const cases = await this.caseFigures.forPeriod(manager, facilityId, first, last, label);
    return {
      month: label,
      census,
      composition: await composition(manager, facilityId, last),
      allowance: sumAllowance(months),
      health: await health(manager, facilityId, first, last),
      nutrition: await nutrition(manager, facilityId, first, last),
      schooling: await this.schooling(manager, facilityId, last),
      socialWork: {
        followUpsDone: await followUpsDone(manager, facilityId, first, last),
        counselling: {
          recorded: true,
          value: {
            sessions: cases.counselling.sessions,
            people: cases.counselling.peopleCounselled,
          },
        },
        casesOpened: { recorded: true, value: cases.cases.opened },
        casesClosed: { recorded: true, value: cases.cases.closed },
        emergencyAdmissions: census.admissions.emergency ?? 0,
      },
      incidents: await incidents(manager, facilityId, first, last),
      staffing: staffingFigures(rotas),
      staffByRole: await staffByRole(manager, facilityId, first, last),
      ...(first.slice(0, 7) === last.slice(0, 7)
        ? {}
        : { byMonth: await movementByMonth(manager, facilityId, first, last) }),
      annex: await annex(manager, facilityId, first, last),
    };
  }

  /**
   * Children by school level in the school year the period ends in, from the schooling module's
   * own figures (voided enrolments count for nothing); levels nobody is at are left out.
   */
  private async schooling(manager: EntityManager, facilityId: string, onDay: string) {
    const figures = await this.schoolingFigures.forYear(facilityId, schoolYearOf(onDay), manager);
    return {
      recorded: true as const,
      value: Object.fromEntries(Object.entries(figures.byLevel).filter(([, n]) => n > 0)),
    };
  }
}
