import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DossierItem, EmergencyKind, ResidentCategory } from '../categories';
import type { EmergencyIntake, VoluntaryContract } from '../admission.entity';
import type { GuardianContact } from '../resident.entity';
import type { HivStatus } from '../resident-sensitive.entity';
import { AdmissionType, ResidentStatus } from '../resident.enums';
import type { Sex } from '../resident.enums';

export class RoomRef {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

/** A row of the register list: no sensitive facts, ever. */
export class ResidentSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'DB-2026-0042' }) code!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ nullable: true, type: String }) preferredName!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) dateOfBirth!: string | null;
  @ApiProperty({ nullable: true, type: Number }) birthYear!: number | null;
  @ApiProperty() birthDateEstimated!: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'Age today in the facility time zone' })
  age!: number | null;
  @ApiProperty({ enum: ['male', 'female'] }) sex!: Sex;
  @ApiProperty() ethnicityCode!: string;
  @ApiProperty() ethnicityName!: string;
  @ApiProperty({ isArray: true, type: String }) categories!: ResidentCategory[];
  @ApiProperty({ enum: ResidentStatus }) status!: ResidentStatus;
  @ApiProperty({ enum: AdmissionType }) admissionType!: AdmissionType;
  @ApiProperty({ format: 'date' }) admittedOn!: string;
  @ApiProperty({ type: RoomRef, nullable: true }) room!: RoomRef | null;
  @ApiProperty({ nullable: true, type: String }) bed!: string | null;
  @ApiProperty({ nullable: true, type: String }) careInstructions!: string | null;
  @ApiProperty() version!: number;
}

export class AdmissionView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: AdmissionType }) type!: AdmissionType;
  @ApiProperty({ format: 'date' }) admittedOn!: string;
  @ApiProperty({ nullable: true, type: String }) decisionNo!: string | null;
  @ApiProperty({ nullable: true, type: String }) decisionDate!: string | null;
  @ApiProperty({ description: 'Dossier items present and missing (regular admission)' })
  dossier!: { present: DossierItem[]; missing: DossierItem[] };
  @ApiProperty({ nullable: true, type: Object }) emergency!: EmergencyIntake | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Emergency: dossier complete by (10 working days)',
  })
  dossierDueOn!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Emergency protection: the 3-month stay ends',
  })
  stayEndsOn!: string | null;
  @ApiProperty({ nullable: true, type: Object }) voluntary!: VoluntaryContract | null;
  @ApiProperty() confirmedNotDuplicate!: boolean;
}

export class SensitiveFactsView {
  @ApiProperty({ enum: ['negative', 'positive', 'unknown'] }) hivStatus!: HivStatus;
  @ApiProperty({ nullable: true, type: String }) hivConfirmedOn!: string | null;
  @ApiProperty({ nullable: true, type: String }) abuseHistory!: string | null;
  @ApiProperty({ nullable: true, type: String }) traffickingHistory!: string | null;
  @ApiProperty({ nullable: true, type: String }) psychiatricDiagnosis!: string | null;
}

/** One resident. `sensitive` is present only for admin, nurse and social_worker. */
export class ResidentView extends ResidentSummaryView {
  @ApiProperty({ nullable: true, type: String }) religion!: string | null;
  @ApiProperty({ nullable: true, type: String }) hometownProvince!: string | null;
  @ApiProperty({ nullable: true, type: String }) hometownCommune!: string | null;
  @ApiProperty({ nullable: true, type: String }) placeOfOrigin!: string | null;
  @ApiProperty({ nullable: true, type: String }) personalId!: string | null;
  @ApiProperty({ nullable: true, type: String }) healthInsuranceNumber!: string | null;
  @ApiProperty({ nullable: true, type: String }) photoRef!: string | null;
  @ApiProperty({ type: [Object] }) guardians!: GuardianContact[];
  @ApiProperty({ nullable: true, type: String }) emergencyKind!: EmergencyKind | null;
  @ApiProperty({ nullable: true, type: String }) disabilityKind!: string | null;
  @ApiProperty({ nullable: true, type: String }) disabilityLevel!: string | null;
  @ApiProperty() mobility!: string;
  @ApiProperty() needs24hCare!: boolean;
  @ApiProperty({ nullable: true, type: String }) careNeeds!: string | null;
  @ApiProperty({ type: AdmissionView, nullable: true }) admission!: AdmissionView | null;
  @ApiPropertyOptional({ type: SensitiveFactsView }) sensitive?: SensitiveFactsView;
}

export class DuplicateCandidateView {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ nullable: true, type: String }) dateOfBirth!: string | null;
  @ApiProperty({ nullable: true, type: Number }) birthYear!: number | null;
  @ApiProperty({ enum: ResidentStatus }) status!: ResidentStatus;
  @ApiProperty({ enum: ['personal_id', 'name_and_birth'] }) reason!:
    'personal_id' | 'name_and_birth';
}
