import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../common/http/validators';

export const CALENDAR_YEARS = { min: 2000, max: 2199 } as const;
export const CHANGE_KINDS = ['day_off', 'working_day'] as const;

export class HolidayYearQuery {
  @ApiPropertyOptional({ description: 'The year; the facility’s current year when left out' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(CALENDAR_YEARS.min)
  @Max(CALENDAR_YEARS.max)
  year?: number;
}

export class HolidayChangeDto {
  @ApiProperty({ example: '2027-02-12' }) @IsCalendarDate() date!: string;
  @ApiProperty({ enum: CHANGE_KINDS }) @IsIn(CHANGE_KINDS) kind!: (typeof CHANGE_KINDS)[number];
  @ApiProperty({ example: 'Nghỉ hoán đổi dịp Tết', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;
}

export class RecordHolidayDecisionDto {
  @ApiProperty({ minimum: CALENDAR_YEARS.min, maximum: CALENDAR_YEARS.max, example: 2027 })
  @IsInt()
  @Min(CALENDAR_YEARS.min)
  @Max(CALENDAR_YEARS.max)
  year!: number;
  @ApiProperty({ example: 'Thông báo số …/TB-BNV về lịch nghỉ lễ, Tết năm 2027', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  reference!: string;
  @ApiProperty({
    type: [HolidayChangeDto],
    maxItems: 60,
    description:
      'What the decision changes on the computed days off; empty when it changes nothing',
  })
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => HolidayChangeDto)
  changes!: HolidayChangeDto[];
}
