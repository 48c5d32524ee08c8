import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/http/pagination';
import { UUID_LENGTH } from '../../common/http/validators';
import { SHOWN_CATEGORY_CODES } from '../model/categories';
import type { ShownCategory } from '../model/categories';
import { ResidentStatus } from '../model/resident.enums';

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
  @ApiPropertyOptional({
    enum: SHOWN_CATEGORY_CODES,
    description:
      '`k1_child`: any child of khoản 1. A role without access to HIV facts filters children by ' +
      '`k1_child` only (a narrower child category would tell who has HIV by who is left out): 403.',
  })
  @IsOptional()
  @IsIn(SHOWN_CATEGORY_CODES)
  category?: ShownCategory;
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
