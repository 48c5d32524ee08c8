import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsObject,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, Optional, UUID_LENGTH } from '../../common/http/validators';
import { GOAL_STATUSES, NEED_DOMAINS, REVIEW_FREQUENCIES } from '../case.enums';
import type { GoalStatus, NeedDomain, ReviewFrequency } from '../case.enums';
import { MAX_ACTIVITIES, MAX_GOALS, MAX_SERVICES } from './intervention-plan.entity';

const GOAL_KEY = /^[A-Za-z0-9_-]{1,10}$/;
export const GOAL_KEY_LENGTH = 10;
export const GOAL_NOTE_LENGTH = 1000;

export class GoalDto {
  @ApiProperty({ example: 'G1' })
  @Matches(GOAL_KEY, { message: 'key must be 1-10 letters, digits, - or _' })
  @MaxLength(GOAL_KEY_LENGTH)
  key!: string;
  @ApiProperty({ enum: NEED_DOMAINS }) @IsIn(NEED_DOMAINS) domain!: NeedDomain;
  @ApiProperty({ example: 'Đi học đều, không nghỉ quá 2 buổi/tháng' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  goal!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) indicator?: string;
  @ApiPropertyOptional({ enum: GOAL_STATUSES })
  @IsOptional()
  @IsIn(GOAL_STATUSES)
  status?: GoalStatus;
}

export class ActivityDto {
  @ApiProperty({ example: 'Gặp giáo viên chủ nhiệm mỗi tháng' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  description!: string;
  @ApiPropertyOptional({ example: 'G1' })
  @IsOptional()
  @Matches(GOAL_KEY)
  @MaxLength(GOAL_KEY_LENGTH)
  goalKey?: string;
  @ApiProperty({ description: 'The staff member responsible' })
  @IsUUID()
  @MaxLength(UUID_LENGTH)
  ownerId!: string;
  @ApiProperty({ example: '2026-12-15' }) @IsCalendarDate() dueOn!: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() done?: boolean;
}

export class ServiceDto {
  @ApiProperty({ example: 'Tham vấn tâm lý cá nhân' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;
  @ApiProperty({ enum: ['internal', 'referred'] })
  @IsIn(['internal', 'referred'])
  provision!: 'internal' | 'referred';
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) provider?: string;
}

export class CreatePlanDto {
  @ApiProperty({ example: '2026-11-10' }) @IsCalendarDate() startsOn!: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() endsOn?: string;
  @ApiProperty({ enum: REVIEW_FREQUENCIES })
  @IsIn(REVIEW_FREQUENCIES)
  reviewFrequency!: ReviewFrequency;
  @ApiProperty({ maxItems: MAX_GOALS, type: [GoalDto], description: 'At least one goal' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_GOALS)
  @ValidateNested({ each: true })
  @Type(() => GoalDto)
  goals!: GoalDto[];
  @ApiPropertyOptional({ maxItems: MAX_ACTIVITIES, type: [ActivityDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ACTIVITIES)
  @ValidateNested({ each: true })
  @Type(() => ActivityDto)
  activities?: ActivityDto[];
  @ApiPropertyOptional({ maxItems: MAX_SERVICES, type: [ServiceDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SERVICES)
  @ValidateNested({ each: true })
  @Type(() => ServiceDto)
  services?: ServiceDto[];
}

/** Editing a draft: every field optional, none clearable except endsOn. */
export class UpdatePlanDto extends PartialType(CreatePlanDto) {}

/** A goal of the plan reviewed (by its key) and its status at this review. */
export class GoalReviewDto {
  @ApiProperty({ example: 'G1', description: 'The key of a goal of the plan reviewed' })
  @Matches(GOAL_KEY)
  @MaxLength(GOAL_KEY_LENGTH)
  key!: string;
  @ApiProperty({ enum: GOAL_STATUSES }) @IsIn(GOAL_STATUSES) status!: GoalStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(GOAL_NOTE_LENGTH) note?: string;
}

export class PlanRevisionDto extends PickType(CreatePlanDto, [
  'goals',
  'activities',
  'services',
  'reviewFrequency',
] as const) {}

export class CreateReviewDto {
  @ApiProperty({ example: '2026-12-10' }) @IsCalendarDate() reviewedOn!: string;
  @ApiProperty({
    type: [GoalReviewDto],
    maxItems: MAX_GOALS,
    description: 'The goals reviewed, each with its status',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_GOALS)
  @ValidateNested({ each: true })
  @Type(() => GoalReviewDto)
  goals!: GoalReviewDto[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) summary?: string;
  @ApiPropertyOptional({
    type: PlanRevisionDto,
    description: 'Revises the plan: a new revision, a draft until the admin approves it',
  })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => PlanRevisionDto)
  revision?: PlanRevisionDto;
}
