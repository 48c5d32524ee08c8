import { ApiProperty } from '@nestjs/swagger';
import { ALERT_KIND_CODES } from '../alerts/alert-kinds';
import type { AlertKind } from '../alerts/alert-kinds';
import { DATE_LENGTH } from '../common/http/validators';
import { ScheduleKind } from '../health/health.enums';

export class AlertKindCount {
  @ApiProperty({ enum: ALERT_KIND_CODES }) kind!: AlertKind;
  @ApiProperty({ minimum: 1 }) count!: number;
}

export class OverdueKindCount {
  @ApiProperty({ enum: ScheduleKind }) kind!: ScheduleKind;
  @ApiProperty({ minimum: 1 }) count!: number;
}

/** The director's figures of today, counted by the database (GET /dashboard). */
export class DashboardFigures {
  @ApiProperty({ format: 'date', maxLength: DATE_LENGTH, description: "The facility's today" })
  today!: string;
  @ApiProperty({ description: 'Residents present today (active or on leave)' }) census!: number;
  @ApiProperty({ description: 'Places of the facility' }) capacity!: number;
  @ApiProperty({ description: 'Open alerts of the kinds the caller handles' })
  openAlerts!: number;
  @ApiProperty({
    type: [AlertKindCount],
    maxItems: ALERT_KIND_CODES.length,
    description: 'Open alerts by kind, most first (kinds with none left out)',
  })
  openAlertsByKind!: AlertKindCount[];
  @ApiProperty({ description: 'Overdue health tasks (past due and grace days), as the worklist' })
  overdue!: number;
  @ApiProperty({
    type: [OverdueKindCount],
    maxItems: Object.keys(ScheduleKind).length,
    description: 'Overdue health tasks by kind, most first (kinds with none left out)',
  })
  overdueByKind!: OverdueKindCount[];
}
