import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DATE_LENGTH, UUID_LENGTH } from '../../common/http/validators';
import { columnLength } from '../../database/columns';
import { Room } from '../../facilities/room.entity';
import { Admission } from '../model/admission.entity';
import type { EmergencyIntake, VoluntaryContract } from '../model/admission.entity';
import { CATEGORY_CODES, EMERGENCY_KINDS, SHOWN_CATEGORY_CODES } from '../model/categories';
import { DOSSIER_CODES } from '../model/categories';
import type { DossierItem, EmergencyKind, ShownCategory } from '../model/categories';
import { Ethnicity } from '../model/ethnicity.entity';
import { Resident } from '../model/resident.entity';
import type { GuardianContact } from '../model/resident.entity';
import { ResidentSensitive } from '../model/resident-sensitive.entity';
import type { HivStatus } from '../model/resident-sensitive.entity';
import { AdmissionType, ResidentStatus } from '../model/resident.enums';
import type { Sex } from '../model/resident.enums';
import { MAX_GUARDIANS } from '../model/resident.entity';

// String lengths are those of the columns the values come from (columnLength), 36 for ids and
// 10 for dates; arrays are bounded by what the input accepts.

export class RoomRef {
  @ApiProperty({ format: 'uuid', maxLength: UUID_LENGTH }) id!: string;
  @ApiProperty({ maxLength: columnLength(Room, 'code') }) code!: string;
  @ApiProperty({ maxLength: columnLength(Room, 'name') }) name!: string;
}

/** A row of the register list: no sensitive facts, ever. */
export class ResidentSummaryView {
  @ApiProperty({ format: 'uuid', maxLength: UUID_LENGTH }) id!: string;
  @ApiProperty({ example: 'DB-2026-0042', maxLength: columnLength(Resident, 'code') })
  code!: string;
  @ApiProperty({ maxLength: columnLength(Resident, 'fullName') }) fullName!: string;
  @ApiProperty({ nullable: true, type: String, maxLength: columnLength(Resident, 'preferredName') })
  preferredName!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date', maxLength: DATE_LENGTH })
  dateOfBirth!: string | null;
  @ApiProperty({ nullable: true, type: Number }) birthYear!: number | null;
  @ApiProperty() birthDateEstimated!: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'Age today in the facility time zone' })
  age!: number | null;
  @ApiProperty({ enum: ['male', 'female'] }) sex!: Sex;
  @ApiProperty({ maxLength: columnLength(Resident, 'ethnicityCode') }) ethnicityCode!: string;
  @ApiProperty({ maxLength: columnLength(Ethnicity, 'name') }) ethnicityName!: string;
  @ApiProperty({
    enum: SHOWN_CATEGORY_CODES,
    isArray: true,
    maxItems: CATEGORY_CODES.length,
    description:
      'Legal categories. To a role without access to HIV facts (caretaker) the children of ' +
      'khoản 1 (k1_child_abandoned, _orphan, _other, _hiv) are all `k1_child`, so that no ' +
      'category and no missing category tells who has HIV.',
  })
  categories!: ShownCategory[];
  @ApiProperty({ enum: ResidentStatus }) status!: ResidentStatus;
  @ApiProperty({ enum: AdmissionType }) admissionType!: AdmissionType;
  @ApiProperty({ format: 'date', maxLength: DATE_LENGTH }) admittedOn!: string;
  @ApiProperty({ type: RoomRef, nullable: true }) room!: RoomRef | null;
  @ApiProperty({ nullable: true, type: String, maxLength: columnLength(Resident, 'bed') })
  bed!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    maxLength: columnLength(Resident, 'careInstructions'),
  })
  careInstructions!: string | null;
  @ApiProperty() version!: number;
}

/** A deadline of the admission that had already passed when the answer was made (a back-dated intake). */
export class PassedDeadlineView {
  @ApiProperty({ enum: ['dossier', 'stay'] }) deadline!: 'dossier' | 'stay';
  @ApiProperty({ format: 'date', maxLength: DATE_LENGTH }) dueOn!: string;
  @ApiProperty({ maxLength: 300 }) message!: string;
  @ApiProperty({ maxLength: 300 }) messageEn!: string;
}

export class AdmissionView {
  @ApiProperty({ format: 'uuid', maxLength: UUID_LENGTH }) id!: string;
  @ApiProperty({ enum: AdmissionType }) type!: AdmissionType;
  @ApiProperty({ format: 'date', maxLength: DATE_LENGTH }) admittedOn!: string;
  @ApiProperty({ nullable: true, type: String, maxLength: columnLength(Admission, 'decisionNo') })
  decisionNo!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date', maxLength: DATE_LENGTH })
  decisionDate!: string | null;
  @ApiProperty({
    description:
      'Dossier items present and missing: only those that apply to the admission type (regular, emergency, voluntary) and the person (disability certificate, HIV confirmation)',
    type: 'object',
    properties: {
      present: { type: 'array', items: { type: 'string', enum: DOSSIER_CODES }, maxItems: 20 },
      missing: { type: 'array', items: { type: 'string', enum: DOSSIER_CODES }, maxItems: 20 },
    },
    required: ['present', 'missing'],
  })
  dossier!: { present: DossierItem[]; missing: DossierItem[] };
  @ApiProperty({ nullable: true, type: Object }) emergency!: EmergencyIntake | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    maxLength: DATE_LENGTH,
    description: 'Emergency: dossier complete by (10 working days)',
  })
  dossierDueOn!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    maxLength: DATE_LENGTH,
    description: 'Emergency protection: the 3-month stay ends',
  })
  stayEndsOn!: string | null;
  @ApiProperty({
    type: [PassedDeadlineView],
    maxItems: 2,
    description:
      'Deadlines already passed today (a back-dated emergency intake): the dossier still incomplete after its 10 working days, the 3-month emergency protection ended. They are not moved; the emergency-deadline alerts follow them',
  })
  passedDeadlines!: PassedDeadlineView[];
  @ApiProperty({ nullable: true, type: Object }) voluntary!: VoluntaryContract | null;
  @ApiProperty() confirmedNotDuplicate!: boolean;
  @ApiProperty({ description: 'If-Match of PATCH /residents/{id}/admission' }) version!: number;
}

export class SensitiveFactsView {
  @ApiProperty({ enum: ['negative', 'positive', 'unknown'] }) hivStatus!: HivStatus;
  @ApiProperty({ nullable: true, type: String, format: 'date', maxLength: DATE_LENGTH })
  hivConfirmedOn!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    maxLength: columnLength(ResidentSensitive, 'abuseHistory'),
  })
  abuseHistory!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    maxLength: columnLength(ResidentSensitive, 'traffickingHistory'),
  })
  traffickingHistory!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    maxLength: columnLength(ResidentSensitive, 'psychiatricDiagnosis'),
  })
  psychiatricDiagnosis!: string | null;
}

/** One resident. `sensitive` is present only for admin, nurse and social_worker. */
export class ResidentView extends ResidentSummaryView {
  @ApiProperty({ nullable: true, type: String, maxLength: columnLength(Resident, 'religion') })
  religion!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    maxLength: columnLength(Resident, 'hometownProvince'),
  })
  hometownProvince!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    maxLength: columnLength(Resident, 'hometownCommune'),
  })
  hometownCommune!: string | null;
  @ApiProperty({ nullable: true, type: String, maxLength: columnLength(Resident, 'placeOfOrigin') })
  placeOfOrigin!: string | null;
  @ApiProperty({ nullable: true, type: String, maxLength: columnLength(Resident, 'personalId') })
  personalId!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    maxLength: columnLength(Resident, 'healthInsuranceNumber'),
  })
  healthInsuranceNumber!: string | null;
  @ApiProperty({ nullable: true, type: String, maxLength: columnLength(Resident, 'photoRef') })
  photoRef!: string | null;
  @ApiProperty({ type: [Object], maxItems: MAX_GUARDIANS }) guardians!: GuardianContact[];
  @ApiProperty({ nullable: true, enum: EMERGENCY_KINDS }) emergencyKind!: EmergencyKind | null;
  @ApiProperty({
    nullable: true,
    type: String,
    maxLength: columnLength(Resident, 'disabilityKind'),
  })
  disabilityKind!: string | null;
  @ApiProperty({ nullable: true, enum: ['mild', 'severe', 'extreme'] })
  disabilityLevel!: string | null;
  @ApiProperty({ enum: ['independent', 'assisted', 'wheelchair', 'bedridden'] })
  mobility!: string;
  @ApiProperty() needs24hCare!: boolean;
  @ApiProperty({ nullable: true, type: String, maxLength: columnLength(Resident, 'careNeeds') })
  careNeeds!: string | null;
  @ApiProperty({ type: AdmissionView, nullable: true }) admission!: AdmissionView | null;
  @ApiPropertyOptional({ type: SensitiveFactsView }) sensitive?: SensitiveFactsView;
}
