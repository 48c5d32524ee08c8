import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../common/http/pagination';
import { IsDecimal, IsCalendarDate, UUID_LENGTH } from '../../common/http/validators';
import {
  HYGIENE,
  MEAL_INTAKES,
  MEALS,
  MEDICATION,
  MOODS,
  SHIFTS,
  SLEEP_QUALITIES,
  TOILETING,
  type Hygiene,
  type Meal,
  type MealIntake,
  type Medication,
  type Mood,
  type Shift,
  type SleepQuality,
  type Toileting,
} from '../care.enums';
import { MAX_MEALS } from '../daily-record.entity';

export class MealEntryDto {
  @ApiProperty({ enum: MEALS, example: 'lunch' }) @IsIn(MEALS) meal!: Meal;
  @ApiProperty({ enum: MEAL_INTAKES, example: 'partial' }) @IsIn(MEAL_INTAKES) intake!: MealIntake;
  @ApiPropertyOptional({ example: 'Ăn nửa bát cháo' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  note?: string;
}

/** What a caretaker records of one resident in one shift (everything but who, when and which shift). */
export class CareObservationDto {
  @ApiPropertyOptional({ maxItems: MAX_MEALS, type: [MealEntryDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_MEALS)
  @ValidateNested({ each: true })
  @Type(() => MealEntryDto)
  meals?: MealEntryDto[];
  @ApiPropertyOptional({ example: 800, description: 'Fluids drunk in the shift, ml' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  fluidsMl?: number;
  @ApiPropertyOptional({ enum: SLEEP_QUALITIES })
  @IsOptional()
  @IsIn(SLEEP_QUALITIES)
  sleep?: SleepQuality;
  @ApiPropertyOptional({ example: 7.5 })
  @IsOptional()
  @IsDecimal(1)
  @Min(0)
  @Max(24)
  sleepHours?: number;
  @ApiPropertyOptional({ enum: MOODS }) @IsOptional() @IsIn(MOODS) mood?: Mood;
  @ApiPropertyOptional({ enum: HYGIENE }) @IsOptional() @IsIn(HYGIENE) hygiene?: Hygiene;
  @ApiPropertyOptional({ enum: TOILETING })
  @IsOptional()
  @IsIn(TOILETING)
  toileting?: Toileting;
  @ApiPropertyOptional({
    enum: MEDICATION,
    deprecated: true,
    description:
      'Refused (400 `medicationRound`): doses are recorded in the medication round ' +
      '(POST /medication-round/batch); the record answers what the round holds for its shift',
  })
  @IsOptional()
  @IsIn(MEDICATION)
  medicationGiven?: Medication;
  @ApiPropertyOptional({
    deprecated: true,
    description: 'Refused (400 `medicationRound`), like medicationGiven',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  medicationNote?: string;
  @ApiPropertyOptional({ example: 36.8 })
  @IsOptional()
  @IsDecimal(1)
  @Min(34)
  @Max(43)
  temperatureC?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) behaviourNotes?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) notes?: string;
  @ApiPropertyOptional({ description: 'The next shift must read the handover message' })
  @IsOptional()
  @IsBoolean()
  handover?: boolean;
  @ApiPropertyOptional({ example: 'Cháu ho nhiều về đêm, theo dõi nhiệt độ' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  handoverMessage?: string;
}

export class CreateDailyRecordDto extends CareObservationDto {
  @ApiProperty({ example: '2026-11-20' }) @IsCalendarDate() recordDate!: string;
  @ApiProperty({ enum: SHIFTS }) @IsIn(SHIFTS) shift!: Shift;
}

export class UpdateDailyRecordDto extends PartialType(CareObservationDto) {
  @ApiPropertyOptional({ description: 'Why a past record is corrected (kept with the original)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class RoundRowDto extends CareObservationDto {
  @ApiProperty() @IsUUID() @MaxLength(UUID_LENGTH) residentId!: string;
}

/** A whole room's round: one row per resident, saved together or not at all. */
export class RoundBatchDto {
  @ApiProperty({ example: '2026-11-20' }) @IsCalendarDate() recordDate!: string;
  @ApiProperty({ enum: SHIFTS }) @IsIn(SHIFTS) shift!: Shift;
  @ApiProperty({ type: [RoundRowDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => RoundRowDto)
  rows!: RoundRowDto[];
}

export class RoundQuery {
  @ApiPropertyOptional({ example: '2026-11-20', description: "Default: the facility's today" })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
  @ApiPropertyOptional({ description: 'Room id; default: every room' })
  @IsOptional()
  @IsUUID()
  @MaxLength(UUID_LENGTH)
  room?: string;
  @ApiPropertyOptional({ enum: SHIFTS, description: 'Default: all three shifts' })
  @IsOptional()
  @IsIn(SHIFTS)
  shift?: Shift;
}

export class ResidentRecordsQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() from?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() to?: string;
}
