import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../common/http/pagination';
import { IsDecimal, IsCalendarDate } from '../../common/http/validators';
import {
  ALLERGY_KINDS,
  ALLERGY_SEVERITIES,
  DIET_TYPES,
  MIN_MEALS_PER_DAY,
  POSITIONS,
  TEXTURES,
  type AllergyKind,
  type AllergySeverity,
  type DietType,
  type Position,
  type Texture,
} from '../nutrition.enums';
import { MAX_ALLERGIES, MAX_SUPPLEMENTS, SUPPLEMENT_MAX_LENGTH } from '../nutrition-plan.entity';

/** An allergy or intolerance: a named substance (letters, spaces, hyphens), not free text. */
export class AllergyDto {
  @ApiProperty({
    // No `example`: the pattern needs the Unicode flag (\p{L}), which OpenAPI tools that check
    // examples without it (Spectral, ajv) read as a literal "p{L}" and would call "Đậu phộng" wrong.
    description:
      'The name of a food or substance, e.g. "Đậu phộng": letters of any script with their marks, spaces, hyphens, apostrophes, brackets (a Unicode regular expression)',
  })
  @IsString()
  @Matches(/^[\p{L}][\p{L}\p{M} '()-]{1,79}$/u, {
    message: 'substance must be the name of a food or substance (letters)',
  })
  @MaxLength(80)
  substance!: string;
  @ApiProperty({ enum: ALLERGY_KINDS }) @IsIn(ALLERGY_KINDS) kind!: AllergyKind;
  @ApiPropertyOptional({ enum: ALLERGY_SEVERITIES })
  @IsOptional()
  @IsIn(ALLERGY_SEVERITIES)
  severity?: AllergySeverity;
  @ApiPropertyOptional({ example: 'Nổi mề đay, khó thở' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reaction?: string;
}

/** An allergy the new plan no longer lists: named, with the reason (audited). */
export class AllergyRemovalDto {
  @ApiProperty({ description: 'The substance as the current plan names it (case does not matter)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  substance!: string;
  @ApiProperty({ example: 'Test dị ứng âm tính tại bệnh viện tỉnh', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  reason!: string;
}

export class PutNutritionPlanDto {
  @ApiProperty({ enum: DIET_TYPES }) @IsIn(DIET_TYPES) dietType!: DietType;
  @ApiProperty({ enum: TEXTURES }) @IsIn(TEXTURES) texture!: Texture;
  @ApiPropertyOptional({ maxItems: MAX_ALLERGIES, type: [AllergyDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ALLERGIES)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AllergyDto)
  allergies?: AllergyDto[];
  @ApiPropertyOptional({
    maxItems: MAX_ALLERGIES,
    type: [AllergyRemovalDto],
    description:
      'Allergies of the current plan that this one removes, each with a reason; an allergy left out without being named here is refused',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ALLERGIES)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AllergyRemovalDto)
  removedAllergies?: AllergyRemovalDto[];
  @ApiProperty({ minimum: MIN_MEALS_PER_DAY, example: 4, description: 'At least 3 (TT 33/2017)' })
  @IsInt()
  @Min(MIN_MEALS_PER_DAY)
  @Max(12)
  mealsPerDay!: number;
  @ApiPropertyOptional({
    example: 1820,
    description: 'Default: the Vietnamese RDA 2016 for age and sex (required under 1 year)',
  })
  @IsOptional()
  @IsInt()
  @Min(300)
  @Max(5000)
  energyKcal?: number;
  @ApiPropertyOptional({
    maxItems: MAX_SUPPLEMENTS,
    example: ['Sữa bổ sung 200 ml/ngày', 'Vitamin A'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SUPPLEMENTS)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(SUPPLEMENT_MAX_LENGTH, { each: true })
  supplements?: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) notes?: string;
}

export class CreateMeasurementDto {
  @ApiProperty({ example: '2026-11-20' }) @IsCalendarDate() measuredOn!: string;
  @ApiPropertyOptional({ example: 14.2, minimum: 0.3, maximum: 300 })
  @IsOptional()
  @IsDecimal(2)
  @Min(0.3)
  @Max(300)
  weightKg?: number;
  @ApiPropertyOptional({
    example: 96.5,
    minimum: 25,
    maximum: 250,
    description: 'Length or height',
  })
  @IsOptional()
  @IsDecimal(1)
  @Min(25)
  @Max(250)
  heightCm?: number;
  @ApiPropertyOptional({
    enum: POSITIONS,
    description: 'Lying (length) or standing (height); default lying before 2 years',
  })
  @IsOptional()
  @IsIn(POSITIONS)
  position?: Position;
  @ApiPropertyOptional({ example: 13.5, description: 'Mid-upper arm circumference' })
  @IsOptional()
  @IsDecimal(1)
  @Min(5)
  @Max(60)
  muacCm?: number;
  @ApiPropertyOptional({ example: 46.0 })
  @IsOptional()
  @IsDecimal(1)
  @Min(20)
  @Max(70)
  headCircumferenceCm?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) note?: string;
}

export class MeasurementQuery extends PageQuery {}
