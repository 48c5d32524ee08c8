import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/http/pagination';
import { UUID_LENGTH } from '../../common/http/validators';
import { CATEGORY_CODES } from '../categories';
import type { ResidentCategory } from '../categories';
import { ResidentStatus } from '../resident.enums';

/** Age bands of the monthly report. */
export const AGE_BANDS = {
  under4: [0, 3],
  '4-5': [4, 5],
  '6-10': [6, 10],
  '11-15': [11, 15],
  '16-17': [16, 17],
  '18-59': [18, 59],
  '60-79': [60, 79],
  '80+': [80, 200],
} as const satisfies Record<string, readonly [number, number]>;
export type AgeBand = keyof typeof AGE_BANDS;

export class ResidentQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ResidentStatus })
  @IsOptional()
  @IsEnum(ResidentStatus)
  status?: ResidentStatus;
  @ApiPropertyOptional({ enum: CATEGORY_CODES })
  @IsOptional()
  @IsIn(CATEGORY_CODES)
  category?: ResidentCategory;
  @ApiPropertyOptional({ description: 'Room id' })
  @IsOptional()
  @IsUUID()
  @MaxLength(UUID_LENGTH)
  room?: string;
  @ApiPropertyOptional({ enum: Object.keys(AGE_BANDS) })
  @IsOptional()
  @IsIn(Object.keys(AGE_BANDS))
  ageBand?: AgeBand;
  @ApiPropertyOptional({
    description: 'Name or code; ignores diacritics and case ("nguyen van an")',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
