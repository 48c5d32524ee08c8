import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/http/pagination';
import { IsMonth, IsReportPeriod, MONTH_LENGTH } from '../../common/http/validators';

export class MonthlyReportDto {
  @ApiProperty({ example: '2026-10' })
  @IsMonth()
  month!: string;
  @ApiPropertyOptional({ example: 'Thiếu 2 nhân viên chăm sóc ca đêm; đề nghị bổ sung biên chế.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  remarks?: string;
  @ApiPropertyOptional({
    description: 'Required when the period already has a report: why it is generated again',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class PeriodicReportDto {
  @ApiProperty({
    example: '2026-H1',
    description: 'YYYY-H1 (six-monthly) or YYYY (annual)',
  })
  @IsReportPeriod()
  @MaxLength(MONTH_LENGTH)
  period!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) remarks?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class ReportQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2026-10' })
  @IsOptional()
  @Matches(/^\d{4}(-(0[1-9]|1[0-2]|H1))?$/)
  @MaxLength(MONTH_LENGTH)
  period?: string;
}

export class ProvinceQuery {
  @ApiProperty({ example: '2026-10' })
  @IsMonth()
  month!: string;
}
