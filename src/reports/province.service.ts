import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../identity/actor';
import { forbidden } from '../common/errors/problem.exception';
import { latestFinalMonthly } from './province.queries';

export interface FacilitySummary {
  facilityId: string;
  code: string;
  name: string;
  reported: boolean;
  reportId: string | null;
  reportVersion: number | null;
  atStart: number | null;
  admitted: number | null;
  left: number | null;
  atEnd: number | null;
  children: number | null;
  elderly: number | null;
  disabled: number | null;
}

/**
 * The officer's view of the province: per facility, the census and composition of its latest
 * final monthly report, and the totals. Only finalised reports count; no personal detail.
 */
@Injectable()
export class ProvinceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async summary(actor: Actor, month: string) {
    if (!actor.provinceCode) throw forbidden();
    const rows = await latestFinalMonthly(this.dataSource.manager, actor.provinceCode, month);
    const facilities: FacilitySummary[] = rows.map((r) => {
      const d = r.data;
      const bands = d?.composition.byAgeBand ?? {};
      return {
        facilityId: r.id,
        code: r.code,
        name: r.name,
        reported: d !== null,
        reportId: r.report_id,
        reportVersion: r.report_version,
        atStart: d?.census.atStart ?? null,
        admitted: d?.census.admittedTotal ?? null,
        left: d ? d.census.discharged + d.census.deaths + d.census.transfers : null,
        atEnd: d?.census.atEnd ?? null,
        children: d
          ? (bands.under4 ?? 0) +
            (bands['4-5'] ?? 0) +
            (bands['6-10'] ?? 0) +
            (bands['11-15'] ?? 0) +
            (bands['16-17'] ?? 0)
          : null,
        elderly: d ? (bands['60-79'] ?? 0) + (bands['80+'] ?? 0) : null,
        disabled: d?.composition.disabled ?? null,
      };
    });
    const sum = (k: keyof FacilitySummary) =>
      facilities.reduce((a, f) => a + (typeof f[k] === 'number' ? f[k] : 0), 0);
    return {
      month,
      provinceCode: actor.provinceCode,
      facilities,
      totals: {
        reporting: facilities.filter((f) => f.reported).length,
        facilities: facilities.length,
        atStart: sum('atStart'),
        admitted: sum('admitted'),
        left: sum('left'),
        atEnd: sum('atEnd'),
        children: sum('children'),
        elderly: sum('elderly'),
        disabled: sum('disabled'),
      },
    };
  }
}
