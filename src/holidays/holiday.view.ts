import { ApiProperty } from '@nestjs/swagger';
import { HolidayChangeDto } from './holiday.dto';

export const DAY_ORIGINS = ['law', 'substitute', 'decision'] as const;

export class HolidayDayView {
  @ApiProperty({ example: '2027-02-10', format: 'date', maxLength: 10 }) date!: string;
  @ApiProperty({ maxLength: 200 }) name!: string;
  @ApiProperty({
    enum: DAY_ORIGINS,
    description:
      'law: Điều 112 BLLĐ 2019; substitute: a holiday on a weekend; decision: the year’s decision',
  })
  origin!: (typeof DAY_ORIGINS)[number];
}

export class HolidayDecisionView {
  @ApiProperty({ maxLength: 300 }) reference!: string;
  @ApiProperty({ type: [HolidayChangeDto], maxItems: 60 }) changes!: HolidayChangeDto[];
  @ApiProperty({ format: 'uuid', maxLength: 36 }) recordedBy!: string;
  @ApiProperty({ type: String, format: 'date-time', maxLength: 40 }) recordedAt!: Date;
}

/** A year's working-day calendar as the deadlines count it. */
export class HolidayYearView {
  @ApiProperty({ example: 2027 }) year!: number;
  @ApiProperty({ type: HolidayDecisionView, nullable: true }) decision!: HolidayDecisionView | null;
  @ApiProperty({
    type: [HolidayDayView],
    maxItems: 120,
    description: 'Weekdays off, in date order',
  })
  daysOff!: HolidayDayView[];
  @ApiProperty({
    type: [HolidayDayView],
    maxItems: 60,
    description: 'Weekend days worked in exchange',
  })
  workedWeekendDays!: HolidayDayView[];
}
