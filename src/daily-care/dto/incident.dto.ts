import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { DATE_TIME_INPUT_LENGTH } from '../../common/http/validators';
import {
  INCIDENT_KINDS,
  INCIDENT_SEVERITIES,
  type IncidentKind,
  type IncidentSeverity,
} from '../care.enums';
import { INFORMED_MAX_LENGTH, MAX_INFORMED } from '../incident.entity';

export class CreateIncidentDto {
  @ApiProperty({ enum: INCIDENT_KINDS }) @IsIn(INCIDENT_KINDS) kind!: IncidentKind;
  @ApiProperty({ enum: INCIDENT_SEVERITIES })
  @IsIn(INCIDENT_SEVERITIES)
  severity!: IncidentSeverity;
  @ApiProperty({ example: '2026-11-20T21:15:00+07:00', description: 'ISO-8601 with offset' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/(Z|[+-]\d{2}:\d{2})$/, { message: 'occurredAt must carry its UTC offset' })
  @MaxLength(DATE_TIME_INPUT_LENGTH)
  occurredAt!: string;
  @ApiProperty({ example: 'Nhà vệ sinh phòng A101' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  place!: string;
  @ApiProperty({ example: 'Trượt chân ngã, trầy đầu gối phải' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  description!: string;
  @ApiProperty({ example: 'Sát trùng, băng vết thương, báo điều dưỡng' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  actionTaken!: string;
  @ApiPropertyOptional({
    maxItems: MAX_INFORMED,
    example: ['Điều dưỡng trực', 'Giám đốc trung tâm'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_INFORMED)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(INFORMED_MAX_LENGTH, { each: true })
  informed?: string[];
  @ApiPropertyOptional({ description: 'Taken to hospital: always serious' })
  @IsOptional()
  @IsBoolean()
  hospitalised?: boolean;
}
