import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
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
import { IsDecimal, IsCalendarDate, UUID_LENGTH } from '../../common/http/validators';
import { EXAM_KINDS, ScheduleKind } from '../health.enums';
import { MAX_DIAGNOSES } from '../health-check.entity';

export class DiagnosisDto {
  @ApiPropertyOptional({ example: 'J06.9', description: 'ICD-10 code' })
  @IsOptional()
  @Matches(/^[A-TV-Z][0-9][0-9AB](\.[0-9A-TV-Z]{1,4})?$/, {
    message: 'icd10 must be an ICD-10 code like J06.9',
  })
  @MaxLength(8)
  icd10?: string;
  @ApiProperty({ example: 'Viêm đường hô hấp trên' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  text!: string;
}

export class CreateHealthCheckDto {
  @ApiProperty({ enum: EXAM_KINDS }) @IsIn(EXAM_KINDS) kind!: ScheduleKind;
  @ApiProperty({ example: '2026-11-20' }) @IsCalendarDate() examinedOn!: string;
  @ApiPropertyOptional({ example: 24.5 })
  @IsOptional()
  @IsDecimal(2)
  @Min(0.3)
  @Max(300)
  weightKg?: number;
  @ApiPropertyOptional({ example: 128 })
  @IsOptional()
  @IsDecimal(2)
  @Min(20)
  @Max(250)
  heightCm?: number;
  @ApiPropertyOptional({ example: 36.8 })
  @IsOptional()
  @IsDecimal(2)
  @Min(30)
  @Max(43)
  temperatureC?: number;
  @ApiPropertyOptional({ example: 88 }) @IsOptional() @IsInt() @Min(20) @Max(250) pulse?: number;
  @ApiPropertyOptional({ example: 110 })
  @IsOptional()
  @IsInt()
  @Min(50)
  @Max(260)
  bpSystolic?: number;
  @ApiPropertyOptional({ example: 70 })
  @IsOptional()
  @IsInt()
  @Min(20)
  @Max(160)
  bpDiastolic?: number;
  @ApiPropertyOptional({ example: 98 }) @IsOptional() @IsInt() @Min(50) @Max(100) spo2?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) findings?: string;
  @ApiPropertyOptional({ maxItems: MAX_DIAGNOSES, type: [DiagnosisDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_DIAGNOSES)
  @ValidateNested({ each: true })
  @Type(() => DiagnosisDto)
  diagnoses?: DiagnosisDto[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) treatment?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() referredToHospital?: boolean;
  @ApiPropertyOptional({ example: 'Bệnh viện Đa khoa tỉnh Hưng Yên' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  hospital?: string;
  @ApiPropertyOptional({ description: 'Next due date instead of exam date + interval' })
  @IsOptional()
  @IsCalendarDate()
  nextDueOverride?: string;
  @ApiProperty({ example: 'BS. Nguyễn Văn Khoa' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  examiner!: string;
  @ApiPropertyOptional({
    description: 'The schedule this exam fulfils (default: the active one of the same kind)',
  })
  @IsOptional()
  @IsUUID()
  @MaxLength(UUID_LENGTH)
  scheduleId?: string;
}

export class AmendHealthCheckDto extends CreateHealthCheckDto {
  @ApiProperty({ example: 'Nhập nhầm cân nặng' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  amendmentReason!: string;
}

export class CreateVaccinationDto {
  @ApiProperty({ example: 'DPT_HEPB_HIB' })
  @IsString()
  @Matches(/^[A-Z0-9_]{2,20}$/)
  @MaxLength(20)
  vaccineCode!: string;
  @ApiProperty({ example: 2 }) @IsInt() @Min(1) @Max(10) doseNo!: number;
  @ApiProperty({ example: '2026-11-20' }) @IsCalendarDate() givenOn!: string;
  @ApiPropertyOptional({ example: 'QV-2026-118' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  lot?: string;
  @ApiPropertyOptional({ example: 'Trạm y tế phường Phố Hiến' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  place?: string;
  @ApiPropertyOptional({ example: 'YS. Đỗ Thị Lan' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  givenBy?: string;
}
