import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DATE_TIME_INPUT_LENGTH, UUID_LENGTH } from '../common/http/validators';
import { PageQuery } from '../common/http/pagination';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'app_user' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entity?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) entityId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() @MaxLength(UUID_LENGTH) userId?: string;
  @ApiPropertyOptional({ enum: ['create', 'update', 'void', 'read', 'login', 'logout'] })
  @IsOptional()
  @IsIn(['create', 'update', 'void', 'read', 'login', 'logout'])
  action?: string;
  @ApiPropertyOptional({ example: '2026-11-01T00:00:00+07:00' })
  @IsOptional()
  @IsDateString({ strict: true })
  @MaxLength(DATE_TIME_INPUT_LENGTH)
  from?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsDateString({ strict: true })
  @MaxLength(DATE_TIME_INPUT_LENGTH)
  to?: string;
}
