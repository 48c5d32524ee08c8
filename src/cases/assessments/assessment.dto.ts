import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
import { IsCalendarDate } from '../../common/http/validators';
import { ASSESSMENT_KINDS, NEED_DOMAINS, NEED_LEVELS, RISK_LEVELS } from '../case.enums';
import type { AssessmentKind, NeedDomain, NeedLevel, RiskLevel } from '../case.enums';
import { MAX_PARTICIPANTS } from './needs-assessment.entity';

export class DomainAssessmentDto {
  @ApiProperty({ enum: NEED_DOMAINS }) @IsIn(NEED_DOMAINS) domain!: NeedDomain;
  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: '1 = serious need … 5 = no need' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  score?: number;
  @ApiPropertyOptional({ enum: NEED_LEVELS }) @IsOptional() @IsIn(NEED_LEVELS) level?: NeedLevel;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) notes?: string;
}

export class ParticipantDto {
  @ApiProperty({ example: 'Lò Thị Mai' }) @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @ApiProperty({ example: 'bà ngoại' }) @IsString() @IsNotEmpty() @MaxLength(100) role!: string;
}

export class CreateAssessmentDto {
  @ApiProperty({ enum: ASSESSMENT_KINDS }) @IsIn(ASSESSMENT_KINDS) kind!: AssessmentKind;
  @ApiProperty({ example: '2026-11-03' }) @IsCalendarDate() assessedOn!: string;
  @ApiProperty({ type: [DomainAssessmentDto], maxItems: NEED_DOMAINS.length })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NEED_DOMAINS.length)
  @ValidateNested({ each: true })
  @Type(() => DomainAssessmentDto)
  domains!: DomainAssessmentDto[];
  @ApiProperty({ enum: RISK_LEVELS }) @IsIn(RISK_LEVELS) riskLevel!: RiskLevel;
  @ApiPropertyOptional({ example: 'Chăm chỉ, thích vẽ, gắn bó với bà ngoại' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  strengths?: string;
  @ApiPropertyOptional({ maxItems: MAX_PARTICIPANTS, type: [ParticipantDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_PARTICIPANTS)
  @ValidateNested({ each: true })
  @Type(() => ParticipantDto)
  participants?: ParticipantDto[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) summary?: string;
}
