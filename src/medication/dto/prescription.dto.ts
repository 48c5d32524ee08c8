import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  DATE_LENGTH,
  IsCalendarDate,
  TIMESTAMP_LENGTH,
  UUID_LENGTH,
} from '../../common/http/validators';
import { columnLength } from '../../database/columns';
import {
  DOSE_TIME,
  MAX_DOSE_TIMES,
  MEDICINE_FORMS,
  PRESCRIPTION_STATUSES,
  ROUTES,
  type MedicineForm,
  type MedicineRoute,
  type PrescriptionStatus,
} from '../medication.enums';
import { Prescription } from '../prescription.entity';

/** Required text has something besides spaces. */
const NOT_BLANK = /\S/;
const len = (p: keyof Prescription) => columnLength(Prescription, p);
const TIME = { type: 'string', pattern: DOSE_TIME.source, maxLength: 5, example: '07:00' } as const;
const INSTANT = { type: String, format: 'date-time', maxLength: TIMESTAMP_LENGTH } as const;
const DATE = { type: String, format: 'date', maxLength: DATE_LENGTH } as const;

/** A new prescription (y lệnh): scheduled at times of day, or as needed with a reason and a maximum. */
export class CreatePrescriptionDto {
  @ApiProperty({ example: 'Paracetamol', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @Matches(NOT_BLANK, { message: '$property must not be blank' })
  @MaxLength(200)
  medicineName!: string;
  @ApiPropertyOptional({ example: '500 mg', maxLength: 60 })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  strength?: string;
  @ApiProperty({ enum: MEDICINE_FORMS, example: 'tablet' })
  @IsIn(MEDICINE_FORMS)
  form!: MedicineForm;
  @ApiProperty({ example: '1 viên', maxLength: 60 })
  @IsString()
  @IsNotEmpty()
  @Matches(NOT_BLANK, { message: '$property must not be blank' })
  @MaxLength(60)
  dose!: string;
  @ApiProperty({ enum: ROUTES, example: 'oral' }) @IsIn(ROUTES) route!: MedicineRoute;
  @ApiPropertyOptional({
    type: [String],
    items: TIME,
    maxItems: MAX_DOSE_TIMES,
    example: ['07:00', '19:00'],
    description: 'Local times of the doses; empty (or absent) for an as-needed prescription',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_DOSE_TIMES)
  @IsString({ each: true })
  @Matches(DOSE_TIME, { each: true, message: 'times must be HH:MM' })
  times?: string[];
  @ApiPropertyOptional({ description: 'As needed (PRN): no fixed times' })
  @IsOptional()
  @IsBoolean()
  asNeeded?: boolean;
  @ApiPropertyOptional({ example: 'Sốt trên 38,5°C', maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  prnReason?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 24, example: 4 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24)
  maxPer24h?: number;
  @ApiProperty({ example: '2026-12-01' }) @IsCalendarDate() startDate!: string;
  @ApiPropertyOptional({ example: '2026-12-10' }) @IsOptional() @IsCalendarDate() endDate?: string;
  @ApiProperty({ example: 'BS. Nguyễn Văn Hùng, Trạm y tế xã', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @Matches(NOT_BLANK, { message: '$property must not be blank' })
  @MaxLength(200)
  prescriber!: string;
  @ApiPropertyOptional({ example: 'Uống sau ăn', maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  instructions?: string;
  @ApiPropertyOptional({
    description: 'Why (the diagnosis): never shown to caretakers',
    maxLength: 300,
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  indication?: string;
  @ApiPropertyOptional({
    description:
      'Antiretroviral, psychiatric…: its name is shown only to roles that see sensitive facts',
  })
  @IsOptional()
  @IsBoolean()
  sensitive?: boolean;
  @ApiPropertyOptional({
    example: 'Thuốc túi xanh',
    maxLength: 200,
    description: 'What caretakers see instead of a sensitive medicine’s name',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  caretakerLabel?: string;
}

/**
 * A change of a prescription; the earlier state is kept as a revision. `null` clears an optional
 * field (documented here for the two that are not text: an empty text clears a text field too).
 */
export class UpdatePrescriptionDto extends PartialType(
  OmitType(CreatePrescriptionDto, ['maxPer24h', 'endDate'] as const),
) {
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 24, example: 4 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24)
  maxPer24h?: number | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-12-10' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string | null;
}

export class StopPrescriptionDto {
  @ApiProperty({ example: 'Hết đợt điều trị', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @Matches(NOT_BLANK, { message: '$property must not be blank' })
  @MaxLength(500)
  reason!: string;
}

export class PrescriptionListQuery {
  @ApiPropertyOptional({ enum: PRESCRIPTION_STATUSES, description: 'Default: every prescription' })
  @IsOptional()
  @IsIn(PRESCRIPTION_STATUSES)
  status?: PrescriptionStatus;
}

/** A prescription as the nurse and the admin read it (they may see sensitive facts). */
export class PrescriptionView {
  @ApiProperty({ format: 'uuid', maxLength: UUID_LENGTH }) id!: string;
  @ApiProperty({ format: 'uuid', maxLength: UUID_LENGTH }) residentId!: string;
  @ApiProperty({ maxLength: len('medicineName') }) medicineName!: string;
  @ApiProperty({ type: String, nullable: true, maxLength: len('strength') }) strength!:
    string | null;
  @ApiProperty({ enum: MEDICINE_FORMS }) form!: MedicineForm;
  @ApiProperty({ maxLength: len('dose') }) dose!: string;
  @ApiProperty({ enum: ROUTES }) route!: MedicineRoute;
  @ApiProperty({ type: [String], items: TIME, maxItems: MAX_DOSE_TIMES }) times!: string[];
  @ApiProperty() asNeeded!: boolean;
  @ApiProperty({ type: String, nullable: true, maxLength: len('prnReason') })
  prnReason!: string | null;
  @ApiProperty({ type: Number, nullable: true }) maxPer24h!: number | null;
  @ApiProperty(DATE) startDate!: string;
  @ApiProperty({ ...DATE, nullable: true }) endDate!: string | null;
  @ApiProperty({ maxLength: len('prescriber') }) prescriber!: string;
  @ApiProperty({ type: String, nullable: true, maxLength: len('instructions') })
  instructions!: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: len('indication') })
  indication!: string | null;
  @ApiProperty() sensitive!: boolean;
  @ApiProperty({ type: String, nullable: true, maxLength: len('caretakerLabel') })
  caretakerLabel!: string | null;
  @ApiProperty({ enum: PRESCRIPTION_STATUSES }) status!: PrescriptionStatus;
  @ApiProperty({ ...INSTANT, nullable: true }) stoppedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true, maxLength: len('stopReason') })
  stopReason!: string | null;
  @ApiProperty({ format: 'uuid', maxLength: UUID_LENGTH }) createdBy!: string;
  @ApiProperty(INSTANT) createdAt!: Date;
  @ApiProperty(INSTANT) updatedAt!: Date;
  @ApiProperty() version!: number;
}

/** An earlier state of a prescription. */
export class PrescriptionRevisionView {
  @ApiProperty() version!: number;
  @ApiProperty({ type: PrescriptionView }) state!: PrescriptionView;
  @ApiProperty({ format: 'uuid', maxLength: UUID_LENGTH }) replacedBy!: string;
  @ApiProperty(INSTANT) replacedAt!: Date;
}

export function toPrescriptionView(p: Prescription): PrescriptionView {
  return {
    id: p.id,
    residentId: p.residentId,
    medicineName: p.medicineName,
    strength: p.strength,
    form: p.form,
    dose: p.dose,
    route: p.route,
    times: p.times,
    asNeeded: p.asNeeded,
    prnReason: p.prnReason,
    maxPer24h: p.maxPer24h,
    startDate: p.startDate,
    endDate: p.endDate,
    prescriber: p.prescriber,
    instructions: p.instructions,
    indication: p.indication,
    sensitive: p.sensitive,
    caretakerLabel: p.caretakerLabel,
    status: p.status,
    stoppedAt: p.stoppedAt,
    stopReason: p.stopReason,
    createdBy: p.createdBy,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    version: p.version,
  };
}
