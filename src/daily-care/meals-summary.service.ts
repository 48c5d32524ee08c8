import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { FacilityActor } from '../identity/actor';
import { addDays, addMonths } from '../calendar/dates';
import { REFUSED_MEALS_PER_WEEK } from './care.enums';
import { MealsSummaryQuery } from './dto/meals-summary.dto';
import { MealFigures, mealFigures, RefusalWeek, refusalWeeks } from './meals-summary';

export interface MealsSummary extends MealFigures {
  month: string;
  threshold: number;
  /** Residents with more than `threshold` refused meals in a week of the month. */
  refusals: RefusalWeek[];
}

@Injectable()
export class MealsSummaryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async summary(actor: FacilityActor, query: MealsSummaryQuery): Promise<MealsSummary> {
    const first = `${query.month}-01`;
    const last = addDays(addMonths(first, 1), -1);
    const threshold = query.threshold ?? REFUSED_MEALS_PER_WEEK;
    const manager = this.dataSource.manager;
    return {
      month: query.month,
      ...(await mealFigures(manager, actor.facilityId, first, last)),
      threshold,
      refusals: await refusalWeeks(manager, actor.facilityId, first, last, threshold),
    };
  }
}
