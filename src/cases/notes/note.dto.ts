import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsCalendarDate, UUID_LENGTH } from '../../common/http/validators';
import { SESSION_TYPES } from '../case.enums';
import type { SessionType } from '../case.enums';
import { MAX_TOPICS } from './counselling-session.entity';

/** A counselling session (the case notes of API.md). */
export class CreateCaseNoteDto {
  @ApiProperty({ example: '2026-11-12' }) @IsCalendarDate() sessionOn!: string;
  @ApiProperty({ enum: SESSION_TYPES }) @IsIn(SESSION_TYPES) type!: SessionType;
  @ApiPropertyOptional({ description: 'Default: the caller' })
  @IsOptional()
  @IsUUID()
  @MaxLength(UUID_LENGTH)
  counsellorId?: string;
  @ApiProperty({ minimum: 5, maximum: 480, example: 45 })
  @IsInt()
  @Min(5)
  @Max(480)
  durationMinutes!: number;
  @ApiPropertyOptional({ maxItems: MAX_TOPICS, example: ['học tập', 'bạn bè'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_TOPICS)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  topics?: string[];
  @ApiProperty({ example: 'Em chia sẻ về việc nhớ nhà, ngủ chưa ngon.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  summary!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) followUpActions?: string;
}
