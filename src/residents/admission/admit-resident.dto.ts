import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsObject,
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PHONE_MAX_LENGTH, PHONE_PATTERN } from '../../common/http/text';
import { IsCalendarDate, UUID_LENGTH } from '../../common/http/validators';
import { CATEGORY_CODES, DOSSIER_CODES, EMERGENCY_KINDS } from '../model/categories';
import type { DossierItem, EmergencyKind, ResidentCategory } from '../model/categories';
import { AdmissionType, SEXES } from '../model/resident.enums';
import type { Sex } from '../model/resident.enums';
import { MAX_GUARDIANS } from '../model/resident.entity';

/** Guardians and relatives to contact: a family, not a register. */

export class GuardianDto {
  @ApiProperty({ example: 'Lò Văn Pảng' }) @IsString() @IsNotEmpty() @MaxLength(120) name!: string;
  @ApiProperty({ example: 'chú ruột' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  relationship!: string;
  @ApiPropertyOptional({ example: '0912 345 678' })
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number' })
  @MaxLength(PHONE_MAX_LENGTH)
  phone?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) address?: string;
}

export class EmergencyIntakeDto {
  @ApiProperty({ example: 'Cổng chợ Phố Hiến' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  foundAt!: string;
  @ApiProperty({ example: '2026-11-20' }) @IsCalendarDate() foundOn!: string;
  @ApiProperty({ example: 'Công an phường Phố Hiến' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  foundBy!: string;
  @ApiPropertyOptional({ example: 'Trầy xước nhẹ ở tay' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  injuries?: string;
  @ApiPropertyOptional({ example: 'BB-2026-118' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  intakeRecordNo?: string;
}

export class VoluntaryContractDto {
  @ApiProperty({ example: 'HĐ-08/2026-017' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  contractNo!: string;
  @ApiProperty({ example: '2026-11-01' }) @IsCalendarDate() startsOn!: string;
  @ApiPropertyOptional({ example: '2027-10-31' }) @IsOptional() @IsCalendarDate() endsOn?: string;
  @ApiProperty({ example: 'Con trai: Nguyễn Văn Hùng' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  payer!: string;
  @ApiPropertyOptional({ example: 4500000, description: 'đồng per month' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  monthlyFee?: number;
}

export class SensitiveFactsDto {
  @ApiPropertyOptional({ enum: ['negative', 'positive', 'unknown'] })
  @IsOptional()
  @IsIn(['negative', 'positive', 'unknown'])
  hivStatus?: 'negative' | 'positive' | 'unknown';
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() hivConfirmedOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) abuseHistory?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) traffickingHistory?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) psychiatricDiagnosis?: string;
}

/** The person: shared by admission and by PATCH. */
export class ResidentFieldsDto {
  @ApiProperty({ example: 'Lò Thị Mai' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName!: string;
  @ApiPropertyOptional({ example: 'Mai' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  preferredName?: string;
  @ApiPropertyOptional({ example: '2016-03-12' })
  @IsOptional()
  @IsCalendarDate()
  dateOfBirth?: string;
  @ApiPropertyOptional({ example: 2016, description: 'When the date is unknown' })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  birthYear?: number;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() birthDateEstimated?: boolean;
  @ApiProperty({ enum: SEXES }) @IsIn(SEXES) sex!: Sex;
  @ApiProperty({ example: '03', description: '01 Kinh … 54 Rơ Măm, 55 foreign' })
  @IsString()
  @Matches(/^\d{2}$/, { message: 'ethnicityCode must be two digits' })
  @MaxLength(2)
  ethnicityCode!: string;
  @ApiPropertyOptional({ example: 'Không' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  religion?: string;
  @ApiPropertyOptional({ example: 'Sơn La' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  hometownProvince?: string;
  @ApiPropertyOptional({ example: 'Xã Mường La' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  hometownCommune?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) placeOfOrigin?: string;
  @ApiPropertyOptional({ example: '014316001234', description: 'CCCD, 12 digits' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{12}$/, { message: 'personalId must be 12 digits' })
  @MaxLength(12)
  personalId?: string;
  @ApiPropertyOptional({
    example: '0123456789',
    description: '10 digits, or the older 15-character code',
  })
  @IsOptional()
  @IsString()
  @Matches(/^(\d{10}|[A-Z]{2}\d{13})$/, {
    message: 'healthInsuranceNumber must be 10 digits or 2 letters and 13 digits',
  })
  @MaxLength(15)
  healthInsuranceNumber?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) photoRef?: string;
  @ApiPropertyOptional({ type: [GuardianDto], maxItems: MAX_GUARDIANS })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_GUARDIANS)
  @ValidateNested({ each: true })
  @Type(() => GuardianDto)
  guardians?: GuardianDto[];
  @ApiProperty({
    enum: CATEGORY_CODES,
    isArray: true,
    maxItems: CATEGORY_CODES.length,
    example: ['k1_child_orphan'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ApiProperty({ maxItems: CATEGORY_CODES.length })
  @ArrayMaxSize(CATEGORY_CODES.length)
  @ArrayUnique()
  @IsIn(CATEGORY_CODES, { each: true })
  categories!: ResidentCategory[];
  @ApiPropertyOptional({ enum: EMERGENCY_KINDS, description: 'Required with k2_emergency' })
  @IsOptional()
  @IsIn(EMERGENCY_KINDS)
  emergencyKind?: EmergencyKind;
  @ApiPropertyOptional({ example: 'vận động' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  disabilityKind?: string;
  @ApiPropertyOptional({ enum: ['mild', 'severe', 'extreme'] })
  @IsOptional()
  @IsIn(['mild', 'severe', 'extreme'])
  disabilityLevel?: 'mild' | 'severe' | 'extreme';
  @ApiPropertyOptional({ enum: ['independent', 'assisted', 'wheelchair', 'bedridden'] })
  @IsOptional()
  @IsIn(['independent', 'assisted', 'wheelchair', 'bedridden'])
  mobility?: 'independent' | 'assisted' | 'wheelchair' | 'bedridden';
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() needs24hCare?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) careNeeds?: string;
  @ApiPropertyOptional({ example: 'Ăn mềm; dị ứng tôm; cần giám sát khi tắm' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  careInstructions?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() @MaxLength(UUID_LENGTH) roomId?: string;
  @ApiPropertyOptional({ example: '3' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,10}$/)
  @MaxLength(10)
  bed?: string;
  @ApiPropertyOptional({ type: SensitiveFactsDto, description: 'admin, nurse, social_worker only' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SensitiveFactsDto)
  sensitive?: SensitiveFactsDto;
}

export class AdmitResidentDto extends ResidentFieldsDto {
  @ApiProperty({ enum: AdmissionType }) @IsEnum(AdmissionType) type!: AdmissionType;
  @ApiProperty({ example: '2026-11-20' }) @IsCalendarDate() admittedOn!: string;
  @ApiPropertyOptional({ example: '245/QĐ-TTBTXH', description: 'regular: required' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  decisionNo?: string;
  @ApiPropertyOptional({ example: '2026-11-18', description: 'regular: required' })
  @IsOptional()
  @IsCalendarDate()
  decisionDate?: string;
  @ApiPropertyOptional({
    enum: DOSSIER_CODES,
    isArray: true,
    maxItems: DOSSIER_CODES.length,
    description:
      'Dossier items present (the intake record of an emergency and the voluntary contract count as present by themselves)',
  })
  @IsOptional()
  @IsArray()
  @ApiPropertyOptional({ maxItems: DOSSIER_CODES.length })
  @ArrayMaxSize(DOSSIER_CODES.length)
  @ArrayUnique()
  @IsIn(DOSSIER_CODES, { each: true })
  dossierPresent?: DossierItem[];
  @ApiPropertyOptional({ type: EmergencyIntakeDto, description: 'emergency: required' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EmergencyIntakeDto)
  emergency?: EmergencyIntakeDto;
  @ApiPropertyOptional({ type: VoluntaryContractDto, description: 'voluntary: required' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => VoluntaryContractDto)
  voluntary?: VoluntaryContractDto;
  @ApiPropertyOptional({ description: 'Admit although likely duplicates were found (audited)' })
  @IsOptional()
  @IsBoolean()
  confirmNotDuplicate?: boolean;
}
