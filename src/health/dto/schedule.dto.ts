import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQuery } from '../../common/http/pagination';
import { IsCalendarDate, Optional } from '../../common/http/validators';
import { EXAM_KINDS, ScheduleKind } from '../health.enums';

export class CreateScheduleDto {
  @ApiProperty({ enum: ScheduleKind }) @IsEnum(ScheduleKind) kind!: ScheduleKind;
  @ApiPropertyOptional({ example: 6 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  intervalMonths?: number;
  @ApiPropertyOptional({ example: 90 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  intervalDays?: number;
  @ApiPropertyOptional({ description: 'A one-off task' })
  @IsOptional()
  @IsCalendarDate()
  fixedDueOn?: string;
  @ApiProperty({ example: '2027-01-15' }) @IsCalendarDate() nextDueOn!: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() lastDoneOn?: string;
  @ApiPropertyOptional({ default: 0 }) @IsOptional() @IsInt() @Min(0) @Max(90) graceDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) note?: string;
}

export class UpdateScheduleDto {
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  intervalMonths?: number | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(3650) intervalDays?:
    number | null;
  @ApiPropertyOptional() @Optional() @IsCalendarDate() nextDueOn?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() lastDoneOn?:
    string | null;
  @ApiPropertyOptional() @Optional() @IsInt() @Min(0) @Max(90) graceDays?: number;
  @ApiPropertyOptional() @Optional() @IsBoolean() active?: boolean;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) note?:
    string | null;
}

export const WORKLIST_STATUSES = ['overdue', 'due', 'upcoming'] as const;
export type WorklistStatus = (typeof WORKLIST_STATUSES)[number];

export class WorklistQuery extends PageQuery {
  @ApiPropertyOptional({ enum: WORKLIST_STATUSES, default: 'overdue' })
  @IsOptional()
  @IsIn(WORKLIST_STATUSES)
  status?: WorklistStatus;
  @ApiPropertyOptional({ enum: ScheduleKind })
  @IsOptional()
  @IsEnum(ScheduleKind)
  kind?: ScheduleKind;
  @ApiPropertyOptional({ description: 'Room code' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  room?: string;
}

export { EXAM_KINDS };
