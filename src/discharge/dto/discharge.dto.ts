import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsObject,
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PHONE_MAX_LENGTH, PHONE_PATTERN } from '../../common/http/text';
import { IsCalendarDate, IsMonth, Optional, UUID_LENGTH } from '../../common/http/validators';
import { CATEGORY_CODES } from '../../residents/model/categories';
import type { ResidentCategory } from '../../residents/model/categories';
import { AdmitResidentDto } from '../../residents/admission/admit-resident.dto';
import { PickType } from '@nestjs/swagger';
import {
  DESTINATION_KINDS,
  DISCHARGE_GROUND_CODES,
  MAX_ALLOWANCE_MONTHS,
} from '../discharge.enums';
import type { DestinationKind, DischargeGround } from '../discharge.enums';
import { REINTEGRATION_STEP_KINDS } from '../reintegration-step.entity';
import type { ReintegrationStepKind } from '../reintegration-step.entity';

export class DestinationDto {
  @ApiProperty({ enum: DESTINATION_KINDS }) @IsIn(DESTINATION_KINDS) kind!: DestinationKind;
  @ApiProperty({ example: 'Lò Văn Pảng' }) @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @ApiPropertyOptional({ example: 'chú ruột' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  relationship?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) address?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number' })
  @MaxLength(PHONE_MAX_LENGTH)
  phone?: string;
}

export class HandoverDto {
  @ApiProperty({ example: 'Lò Văn Pảng' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  receivedBy!: string;
  @ApiPropertyOptional({ example: '15/XN-UBND' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  communeConfirmationNo?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() communeConfirmationDate?: string;
}

export class DeathDto {
  @ApiProperty() @IsCalendarDate() diedOn!: string;
  @ApiProperty({ example: 'Suy tim, tuổi cao' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  cause!: string;
}

export class DischargeDto {
  @ApiProperty({ enum: DISCHARGE_GROUND_CODES })
  @IsIn(DISCHARGE_GROUND_CODES)
  ground!: DischargeGround;
  @ApiPropertyOptional({ description: 'Required with ground "other"' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  groundOther?: string;
  @ApiProperty({ example: '2026-11-10' }) @IsCalendarDate() requestedOn!: string;
  @ApiProperty({ example: '58/QĐ-TTBTXH' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  decisionNo!: string;
  @ApiProperty({ example: '2026-11-17' }) @IsCalendarDate() decisionDate!: string;
  @ApiPropertyOptional({
    description: 'Required when the decision is more than 7 working days after the request',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  lateReason?: string;
  @ApiProperty({ example: '2026-11-20' }) @IsCalendarDate() effectiveOn!: string;
  @ApiPropertyOptional({ type: DestinationDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DestinationDto)
  destination?: DestinationDto;
  @ApiPropertyOptional({ type: HandoverDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => HandoverDto)
  handover?: HandoverDto;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) belongingsReturned?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) documentsReturned?: string;
  @ApiPropertyOptional({
    maximum: MAX_ALLOWANCE_MONTHS,
    description: 'Independent living: months the allowance continues',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ALLOWANCE_MONTHS)
  allowanceMonths?: number;
  @ApiPropertyOptional({ type: DeathDto, description: 'Required with ground "death"' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DeathDto)
  death?: DeathDto;
  @ApiPropertyOptional({
    description: 'age_limit for someone under 22 who is still studying (audited)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  ageRuleOverrideReason?: string;
  @ApiPropertyOptional({
    example: [1, 3, 6],
    description: 'Months after discharge for follow-ups (last at least 6, at most 24)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(24, { each: true })
  followUpMonths?: number[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) notes?: string;
}

export class UpdateFollowUpDto {
  @ApiPropertyOptional() @Optional() @IsCalendarDate() doneOn?: string;
  @ApiPropertyOptional() @Optional() @IsCalendarDate() dueOn?: string;
  @ApiPropertyOptional({ enum: ['visit', 'phone'] }) @Optional() @IsIn(['visit', 'phone']) method?:
    'visit' | 'phone';
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) livingSituation?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) schoolingOrWork?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) health?: string;
  @ApiPropertyOptional({ enum: ['low', 'medium', 'high'] })
  @Optional()
  @IsIn(['low', 'medium', 'high'])
  riskLevel?: 'low' | 'medium' | 'high';
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) notes?: string;
}

export class CreateFollowUpDto {
  @ApiProperty({ example: '2027-02-20' }) @IsCalendarDate() dueOn!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) notes?: string;
}

export class ReadmitDto extends PickType(AdmitResidentDto, [
  'type',
  'admittedOn',
  'emergencyKind',
  'decisionNo',
  'decisionDate',
  'dossierPresent',
  'emergency',
  'voluntary',
  'roomId',
  'bed',
  'needs24hCare',
] as const) {
  @ApiPropertyOptional({
    description: 'Categories now (default: as before)',
    required: false,
    isArray: true,
    enum: CATEGORY_CODES,
    maxItems: CATEGORY_CODES.length,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CATEGORY_CODES.length)
  @ArrayUnique()
  @IsIn(CATEGORY_CODES, { each: true })
  categories?: ResidentCategory[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) reason?: string;
}

export class CreateStepDto {
  @ApiProperty({ enum: REINTEGRATION_STEP_KINDS })
  @IsIn(REINTEGRATION_STEP_KINDS)
  kind!: ReintegrationStepKind;
  @ApiProperty({ example: 'Thăm gia đình chú ruột tại Mường La' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  description!: string;
  @ApiProperty({ description: 'The staff member responsible' })
  @IsUUID()
  @MaxLength(UUID_LENGTH)
  ownerId!: string;
  @ApiProperty({ example: '2026-12-15' }) @IsCalendarDate() dueOn!: string;
}

export class UpdateStepDto {
  @ApiPropertyOptional() @Optional() @IsString() @IsNotEmpty() @MaxLength(500) description?: string;
  @ApiPropertyOptional() @Optional() @IsUUID() @MaxLength(UUID_LENGTH) ownerId?: string;
  @ApiPropertyOptional() @Optional() @IsCalendarDate() dueOn?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() doneOn?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) notes?: string;
}

export class MonthQuery {
  @ApiProperty({ example: '2026-10' })
  @IsMonth()
  month!: string;
}
