import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { UUID_LENGTH } from '../common/http/validators';
import { PageQuery } from '../common/http/pagination';
import { ALERT_KIND_CODES } from './alert-kinds';
import type { AlertKind } from './alert-kinds';
import type { AlertStatus } from './alert.entity';

export class AlertQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['open', 'acknowledged', 'closed'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'acknowledged', 'closed'])
  status?: AlertStatus;
  @ApiPropertyOptional({ enum: ALERT_KIND_CODES })
  @IsOptional()
  @IsIn(ALERT_KIND_CODES)
  kind?: AlertKind;
  @ApiPropertyOptional() @IsOptional() @IsUUID() @MaxLength(UUID_LENGTH) residentId?: string;
}

export class AcknowledgeDto {
  @ApiProperty({ example: 'Đã hẹn khám lại ngày 25/11' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  note!: string;
}
