import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsMonth } from '../../common/http/validators';

export class MealsSummaryQuery {
  @ApiProperty({ example: '2026-11' })
  @IsMonth()
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
