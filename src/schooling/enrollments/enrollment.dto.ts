import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsCalendarDate, Optional, stringRule } from '../../common/http/validators';
import {
  BOARDING_TYPES,
  type BoardingType,
  ENROLLMENT_STATUS_CODES,
  type EnrollmentStatus,
  SCHOOL_LEVEL_CODES,
  type SchoolLevel,
} from '../rules/levels';
import { isSchoolYear, SCHOOL_YEAR_LENGTH } from '../rules/school-year';

/** "2026-2027": two consecutive years. */
export const IsSchoolYear = stringRule(
  'isSchoolYear',
  isSchoolYear,
  'a school year like 2026-2027',
  { maxLength: SCHOOL_YEAR_LENGTH },
);

export class CreateEnrollmentDto {
  @ApiProperty({ example: '2026-2027', description: 'Năm học: two consecutive years' })
  @IsSchoolYear()
  schoolYear!: string;

  @ApiProperty({ enum: SCHOOL_LEVEL_CODES, example: 'lower_secondary' })
  @IsIn(SCHOOL_LEVEL_CODES)
  level!: SchoolLevel;

  @ApiPropertyOptional({
    example: 7,
    description: 'Required for primary (1–5), lower_secondary (6–9), upper_secondary (10–12)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  grade?: number;

  @ApiPropertyOptional({
    example: 'Khuyết tật nặng, đang chờ trường chuyên biệt nhận',
    description: 'Required with level not_enrolled',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  notEnrolledReason?: string;

  @ApiPropertyOptional({
    example: 'Trường THCS Hiến Nam',
    description: 'Required unless not_enrolled',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  schoolName?: string;

  @ApiPropertyOptional({ example: 'Phường Phố Hiến, tỉnh Hưng Yên' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  schoolCommune?: string;

  @ApiPropertyOptional({ example: '7A2' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  className?: string;

  @ApiPropertyOptional({
    example: '2026-09-05',
    description: 'Default: the opening day (5 September); within 1 Aug – 31 Jul of the year',
  })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string;

  @ApiPropertyOptional({ example: '2027-05-31' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string;

  @ApiPropertyOptional({ enum: BOARDING_TYPES, default: 'day' })
  @IsOptional()
  @IsIn(BOARDING_TYPES)
  boardingType?: BoardingType;

  @ApiPropertyOptional({
    enum: ENROLLMENT_STATUS_CODES,
    default: 'studying',
    description: 'Not given with level not_enrolled',
  })
  @IsOptional()
  @IsIn(ENROLLMENT_STATUS_CODES)
  status?: EnrollmentStatus;

  @ApiPropertyOptional({ example: 'Chuyển từ trường xã Mường La' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  statusNote?: string;
}

/** Corrections and status changes; `null` clears a clearable field. */
export class UpdateEnrollmentDto {
  @ApiPropertyOptional({ enum: SCHOOL_LEVEL_CODES })
  @Optional()
  @IsIn(SCHOOL_LEVEL_CODES)
  level?: SchoolLevel;

  @ApiPropertyOptional({ nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  grade?: number | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  notEnrolledReason?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  schoolName?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  schoolCommune?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  className?: string | null;

  @ApiPropertyOptional()
  @Optional()
  @IsCalendarDate()
  startDate?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string | null;

  @ApiPropertyOptional({ enum: BOARDING_TYPES })
  @Optional()
  @IsIn(BOARDING_TYPES)
  boardingType?: BoardingType;

  @ApiPropertyOptional({ enum: ENROLLMENT_STATUS_CODES })
  @Optional()
  @IsIn(ENROLLMENT_STATUS_CODES)
  status?: EnrollmentStatus;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  statusNote?: string | null;

  @ApiPropertyOptional({
    example: 'Nhập nhầm năm học',
    description: 'Voids a mistaken enrolment (kept, readable, excluded from rules and figures)',
  })
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  voidReason?: string;
}
