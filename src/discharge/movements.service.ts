import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { FacilityActor } from '../identity/actor';
import { MONTH_LENGTH } from '../common/http/validators';
import { addDays, addMonths } from '../calendar/dates';
import { lateDecisionCount, presentOn, stayEventCounts } from './discharge.queries';

export class MonthMovements {
  @ApiProperty({ example: '2026-10', maxLength: MONTH_LENGTH }) month!: string;
  @ApiProperty({
    description: 'Present (active or on leave) at the end of the day before the month',
  })
  atStart!: number;
  @ApiProperty({ example: { regular: 2, emergency: 1, voluntary: 0, readmitted: 0 } })
  admissions!: Record<string, number>;
  @ApiProperty() admittedTotal!: number;
  @ApiProperty({
    example: { family_request: 1, age_limit: 1 },
    description: 'Discharges by ground (deaths apart)',
  })
  dischargesByGround!: Record<string, number>;
  @ApiProperty() discharged!: number;
  @ApiProperty() deaths!: number;
  @ApiProperty() transfers!: number;
  @ApiProperty() atEnd!: number;
  @ApiProperty({
    description:
      'Discharge decisions of the period taken more than 7 working days after the request (ND 20/2021 Điều 30)',
  })
  lateDecisions!: number;
  @ApiProperty({ description: 'atStart + admitted − discharged − deaths − transfers = atEnd' })
  identityHolds!: boolean;
}

/**
 * Admissions, discharges, deaths, transfers and the census of a month, computed from the stay
 * history (resident_event with its dates), not from current statuses: a past month's figures do
 * not change when a resident's status changes later. Three grouped queries.
 */
@Injectable()
export class MovementsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `GET /movements?month=`: the caller's facility. */
  ofMonth(actor: FacilityActor, month: string): Promise<MonthMovements> {
    return this.forMonth(this.dataSource.manager, actor.facilityId, month);
  }

  async census(manager: EntityManager, facilityId: string, onDay: string): Promise<number> {
    return presentOn(manager, facilityId, onDay);
  }

  async forMonth(
    manager: EntityManager,
    facilityId: string,
    month: string,
  ): Promise<MonthMovements> {
    const first = `${month}-01`;
    return this.forRange(manager, facilityId, first, addDays(addMonths(first, 1), -1), month);
  }

  /** The same figures over any period of days (a half-year, a year): census at its start and end. */
  async forRange(
    manager: EntityManager,
    facilityId: string,
    first: string,
    last: string,
    month: string,
  ): Promise<MonthMovements> {
    const atStart = await this.census(manager, facilityId, addDays(first, -1));
    const atEnd = await this.census(manager, facilityId, last);
    const rows = await stayEventCounts(manager, facilityId, first, last);
    const admissions: Record<string, number> = {
      regular: 0,
      emergency: 0,
      voluntary: 0,
      readmitted: 0,
    };
    const dischargesByGround: Record<string, number> = {};
    let deaths = 0;
    let transfers = 0;
    for (const r of rows) {
      if (r.kind === 'admitted')
        admissions[r.sub ?? 'regular'] = (admissions[r.sub ?? 'regular'] ?? 0) + r.n;
      else if (r.kind === 'readmitted') admissions.readmitted = (admissions.readmitted ?? 0) + r.n;
      else if (r.kind === 'discharged')
        dischargesByGround[r.sub ?? 'other'] = (dischargesByGround[r.sub ?? 'other'] ?? 0) + r.n;
      else if (r.kind === 'died') deaths += r.n;
      else if (r.kind === 'transferred') transfers += r.n;
    }
    const lateDecisions = await lateDecisionCount(manager, facilityId, first, last);
    const admittedTotal = Object.values(admissions).reduce((a, b) => a + b, 0);
    const discharged = Object.values(dischargesByGround).reduce((a, b) => a + b, 0);
    return {
      month,
      atStart,
      admissions,
      admittedTotal,
      dischargesByGround,
      discharged,
      deaths,
      transfers,
      atEnd,
      lateDecisions,
      identityHolds: atStart + admittedTotal - discharged - deaths - transfers === atEnd,
    };
  }
}
