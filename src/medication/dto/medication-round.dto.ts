import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  DATE_LENGTH,
  DATE_TIME_INPUT_LENGTH,
  IsCalendarDate,
  TIMESTAMP_LENGTH,
  UUID_LENGTH,
} from '../../common/http/validators';
import { columnLength } from '../../database/columns';
import { MedicationAdministration } from '../medication-administration.entity';
import {
  DOSE_OUTCOMES,
  DOSE_TIME,
  MEDICINE_FORMS,
  ROUTES,
  type DoseOutcome,
  type MedicineForm,
  type MedicineRoute,
} from '../medication.enums';
import { Prescription } from '../prescription.entity';

const TIME = { type: String, pattern: DOSE_TIME.source, maxLength: 5, example: '07:00' } as const;
const INSTANT = { type: String, format: 'date-time', maxLength: TIMESTAMP_LENGTH } as const;
const UUID = { format: 'uuid', maxLength: UUID_LENGTH } as const;
const len = (p: keyof Prescription) => columnLength(Prescription, p);

export class MedicationRoundQuery {
  @ApiPropertyOptional({ example: '2026-12-07', description: "Default: the facility's today" })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
  @ApiPropertyOptional({
    ...TIME,
    description: 'A time of day (HH:MM); default: every dose of the day',
  })
  @IsOptional()
  @IsString()
  @Matches(DOSE_TIME, { message: 'slot must be HH:MM' })
  slot?: string;
  @ApiPropertyOptional({ description: 'Room id; default: every room the caller works in' })
  @IsOptional()
  @IsUUID()
  @MaxLength(UUID_LENGTH)
  room?: string;
}

/** One dose recorded in the round: a scheduled one names its time, an as-needed one none. */
export class DoseRowDto {
  @ApiProperty(UUID) @IsUUID() @MaxLength(UUID_LENGTH) prescriptionId!: string;
  @ApiPropertyOptional({ ...TIME, description: 'The scheduled time; absent for an as-needed dose' })
  @IsOptional()
  @IsString()
  @Matches(DOSE_TIME, { message: 'time must be HH:MM' })
  time?: string;
  @ApiProperty({ enum: DOSE_OUTCOMES, example: 'given' })
  @IsIn(DOSE_OUTCOMES)
  outcome!: DoseOutcome;
  @ApiPropertyOptional({
    example: 'Cháu nôn sau bữa sáng',
    maxLength: 300,
    description: 'Required when held, and for an as-needed dose given (what it was given for)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  reason?: string;
  @ApiPropertyOptional({ maxLength: 500 }) @IsOptional() @IsString() @MaxLength(500) note?: string;
  @ApiPropertyOptional({
    example: '2026-12-07T07:10:00+07:00',
    description: 'When it was given; default: now',
  })
  @IsOptional()
  @IsDateString({ strict: true })
  @MaxLength(DATE_TIME_INPUT_LENGTH)
  administeredAt?: string;
}

/** A slot's doses recorded at once: every row or none. */
export class MedicationRoundBatchDto {
  @ApiProperty({ example: '2026-12-07' }) @IsCalendarDate() date!: string;
  @ApiProperty({ type: [DoseRowDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => DoseRowDto)
  rows!: DoseRowDto[];
}

/** What was recorded of a dose. */
export class DoseRecordView {
  @ApiProperty(UUID) id!: string;
  @ApiProperty(UUID) prescriptionId!: string;
  @ApiProperty({ ...TIME, nullable: true }) time!: string | null;
  @ApiProperty({ type: String, format: 'date', maxLength: DATE_LENGTH }) date!: string;
  @ApiProperty({ enum: DOSE_OUTCOMES }) outcome!: DoseOutcome;
  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: columnLength(MedicationAdministration, 'reason'),
  })
  reason!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: columnLength(MedicationAdministration, 'note'),
  })
  note!: string | null;
  @ApiProperty(INSTANT) administeredAt!: Date;
  @ApiProperty(UUID) recordedBy!: string;
  @ApiProperty(INSTANT) recordedAt!: Date;
}

/**
 * A medicine as the round shows it: what to give and how. `label` is the medicine and strength,
 * or, for a sensitive medicine and a role that may not see sensitive facts, the nurse's label.
 * The fields after `instructions` are present only for the roles that see sensitive facts.
 */
export class RoundMedicineView {
  @ApiProperty(UUID) prescriptionId!: string;
  @ApiProperty({ maxLength: 261 }) label!: string;
  @ApiProperty({ enum: MEDICINE_FORMS }) form!: MedicineForm;
  @ApiProperty({ maxLength: len('dose') }) dose!: string;
  @ApiProperty({ enum: ROUTES }) route!: MedicineRoute;
  @ApiProperty({ type: String, nullable: true, maxLength: len('instructions') })
  instructions!: string | null;
  @ApiPropertyOptional({ maxLength: len('medicineName') }) medicineName?: string;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: len('indication') })
  indication?: string | null;
  @ApiPropertyOptional() sensitive?: boolean;
}

/** A dose's record as the round shows it: with the name of who recorded it ("already recorded by …"). */
export class RoundDoseRecordView extends DoseRecordView {
  @ApiProperty({ type: String, nullable: true, maxLength: 120 }) recordedByName!: string | null;
}

/** A scheduled dose of the slot, with its record once there is one. */
export class RoundDoseView extends RoundMedicineView {
  @ApiProperty(TIME) time!: string;
  @ApiProperty({ type: RoundDoseRecordView, nullable: true }) record!: RoundDoseRecordView | null;
}

/** An as-needed medicine: when it may be given, and how many doses the last 24 hours had. */
export class RoundAsNeededView extends RoundMedicineView {
  @ApiProperty({ maxLength: len('prnReason') }) prnReason!: string;
  @ApiProperty() maxPer24h!: number;
  @ApiProperty() givenLast24h!: number;
}

export class RoundResidentView {
  @ApiProperty(UUID) residentId!: string;
  @ApiProperty({ maxLength: 20 }) code!: string;
  @ApiProperty({ maxLength: 200 }) fullName!: string;
  @ApiProperty({ type: String, nullable: true, maxLength: 100 }) preferredName!: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 20 }) roomCode!: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 10 }) bed!: string | null;
  @ApiProperty({ type: [RoundDoseView], maxItems: 2000 }) doses!: RoundDoseView[];
  @ApiProperty({ type: [RoundAsNeededView], maxItems: 500 }) asNeeded!: RoundAsNeededView[];
}

export class MedicationRoundView {
  @ApiProperty({ type: String, format: 'date', maxLength: DATE_LENGTH }) date!: string;
  @ApiProperty({ ...TIME, nullable: true }) slot!: string | null;
  @ApiProperty({ type: String, nullable: true, ...UUID }) roomId!: string | null;
  @ApiProperty({ type: [RoundResidentView], maxItems: 5000 }) residents!: RoundResidentView[];
}

export class MedicationRoundSaved {
  @ApiProperty({ type: String, format: 'date', maxLength: DATE_LENGTH }) date!: string;
  @ApiProperty() saved!: number;
  @ApiProperty({ type: [DoseRecordView], maxItems: 200 }) records!: DoseRecordView[];
}

export function toDoseRecordView(a: MedicationAdministration): DoseRecordView {
  return {
    id: a.id,
    prescriptionId: a.prescriptionId,
    time: a.doseTime,
    date: a.doseDate,
    outcome: a.outcome,
    reason: a.reason,
    note: a.note,
    administeredAt: a.administeredAt,
    recordedBy: a.recordedBy,
    recordedAt: a.recordedAt,
  };
}
