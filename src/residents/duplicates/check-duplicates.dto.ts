import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsCalendarDate } from '../../common/http/validators';

/** A person about to be admitted, to look for in the register. */
export class CheckDuplicatesDto {
  @ApiProperty({ example: 'Lo Thi Mai' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName!: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() dateOfBirth?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1900) @Max(2100) birthYear?: number;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() birthDateEstimated?: boolean;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(/^\d{12}$/)
  @MaxLength(12)
  personalId?: string;
}
