import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AlertsService } from '../alerts/alerts.service';
import { facilityToday } from '../database/facility-scope';
import { Facility } from '../facilities/facility.entity';
import { WorklistService } from '../health/worklist.service';
import type { FacilityActor } from '../identity/actor';
import { OccupancyService } from '../residents/occupancy/occupancy.service';
import { DashboardFigures } from './dashboard-figures.view';

/** Today's figures of the caller's facility, each one count in the database (no paging). */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alerts: AlertsService,
    private readonly worklist: WorklistService,
    private readonly occupancy: OccupancyService,
  ) {}

  async figures(actor: FacilityActor): Promise<DashboardFigures> {
    const facility = await this.dataSource
      .getRepository(Facility)
      .findOneByOrFail({ id: actor.facilityId });
    const [today, census, openAlertsByKind, overdueByKind] = await Promise.all([
      facilityToday(this.dataSource.manager, actor),
      this.occupancy.countPresent(this.dataSource.manager, facility.id),
      this.alerts.countOpenByKind(actor),
      this.worklist.countOverdueByKind(actor),
    ]);
    const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);
    return {
      today,
      census,
      capacity: facility.capacity,
      openAlerts: sum(openAlertsByKind),
      openAlertsByKind,
      overdue: sum(overdueByKind),
      overdueByKind,
    };
  }
}
