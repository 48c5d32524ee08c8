import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsCalendarDate, Optional } from '../../common/http/validators';
import {
  VOCATIONAL_PROGRAMME_LEVEL_CODES,
  type VocationalProgrammeLevel,
  VOCATIONAL_STATUSES,
  type VocationalStatus,
} from './vocational-training.entity';

export class CreateVocationalTrainingDto {
  @ApiProperty({ example: 'May công nghiệp trình độ sơ cấp' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  course!: string;

  @ApiProperty({ example: 'Trường Cao đẳng nghề Hưng Yên' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  institution!: string;

  @ApiProperty({ example: 'May công nghiệp' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  trade!: string;

  @ApiPropertyOptional({ enum: VOCATIONAL_PROGRAMME_LEVEL_CODES })
  @IsOptional()
  @IsIn(VOCATIONAL_PROGRAMME_LEVEL_CODES)
  programmeLevel?: VocationalProgrammeLevel;

  @ApiProperty({ example: '2026-09-15' }) @IsCalendarDate() startDate!: string;

  @ApiPropertyOptional({ example: '2027-03-15', description: 'Planned or actual end' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string;

  @ApiPropertyOptional({ enum: VOCATIONAL_STATUSES, default: 'ongoing' })
  @IsOptional()
  @IsIn(VOCATIONAL_STATUSES)
  status?: VocationalStatus;

  @ApiPropertyOptional({ description: 'Only for a completed course' })
  @IsOptional()
  @IsBoolean()
  certificateObtained?: boolean;

  @ApiPropertyOptional({ example: 'Chứng chỉ sơ cấp nghề May công nghiệp' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  certificateName?: string;

  @ApiPropertyOptional({ example: 'Công ty TNHH May Hưng Yên' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  employer?: string;

  @ApiPropertyOptional({ example: 'Công nhân may' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  jobTitle?: string;

  @ApiPropertyOptional({ example: '2027-04-01' })
  @IsOptional()
  @IsCalendarDate()
  jobStartedOn?: string;

  @ApiPropertyOptional({ example: 6500000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  monthlyIncomeVnd?: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) notes?: string;
}

/** Progress, certificate and job placement; `null` clears a clearable field. */
export class UpdateVocationalTrainingDto {
  @ApiPropertyOptional() @Optional() @IsString() @IsNotEmpty() @MaxLength(200) course?: string;
  @ApiPropertyOptional() @Optional() @IsString() @IsNotEmpty() @MaxLength(200) institution?: string;
  @ApiPropertyOptional() @Optional() @IsString() @IsNotEmpty() @MaxLength(120) trade?: string;

  @ApiPropertyOptional({ enum: VOCATIONAL_PROGRAMME_LEVEL_CODES, nullable: true })
  @IsOptional()
  @IsIn(VOCATIONAL_PROGRAMME_LEVEL_CODES)
  programmeLevel?: VocationalProgrammeLevel | null;

  @ApiPropertyOptional() @Optional() @IsCalendarDate() startDate?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string | null;

  @ApiPropertyOptional({ enum: VOCATIONAL_STATUSES })
  @Optional()
  @IsIn(VOCATIONAL_STATUSES)
  status?: VocationalStatus;

  @ApiPropertyOptional() @Optional() @IsBoolean() certificateObtained?: boolean;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  certificateName?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  employer?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  jobTitle?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsCalendarDate()
  jobStartedOn?: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  monthlyIncomeVnd?: number | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}
