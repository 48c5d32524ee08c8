import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { MONTH_LENGTH } from '../../common/http/validators';

export class MealsSummaryQuery {
  @ApiProperty({ example: '2026-11' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  @MaxLength(MONTH_LENGTH)
  month!: string;
  @ApiPropertyOptional({
    default: 3,
    description: 'More refused meals than this in a week are listed',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(35)
  threshold?: number;
}
