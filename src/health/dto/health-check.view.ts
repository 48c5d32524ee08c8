import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ScheduleKind } from '../health.enums';
import { type Diagnosis, MAX_DIAGNOSES, type HealthCheck } from '../health-check.entity';

/** HealthCheck as the API answers it (schema name HealthCheck; column bounds from the entity). */
@ApiSchema({ name: 'HealthCheck' })
export class HealthCheckView {
  id!: string;
  facilityId!: string;
  residentId!: string;
  kind!: ScheduleKind;
  examinedOn!: string;
  weightKg!: number | null;
  heightCm!: number | null;
  temperatureC!: number | null;
  pulse!: number | null;
  bpSystolic!: number | null;
  bpDiastolic!: number | null;
  spo2!: number | null;
  findings!: string | null;
  @ApiProperty({ maxItems: MAX_DIAGNOSES })
  diagnoses!: Diagnosis[];
  treatment!: string | null;
  referredToHospital!: boolean;
  hospital!: string | null;
  nextDueOverride!: string | null;
  examiner!: string;
  scheduleId!: string | null;
  amendsId!: string | null;
  amendmentReason!: string | null;
  createdBy!: string | null;
  version!: number;
  createdAt!: Date;
}

export function toHealthCheckView(e: HealthCheck): HealthCheckView {
  return {
    id: e.id,
    facilityId: e.facilityId,
    residentId: e.residentId,
    kind: e.kind,
    examinedOn: e.examinedOn,
    weightKg: e.weightKg,
    heightCm: e.heightCm,
    temperatureC: e.temperatureC,
    pulse: e.pulse,
    bpSystolic: e.bpSystolic,
    bpDiastolic: e.bpDiastolic,
    spo2: e.spo2,
    findings: e.findings,
    diagnoses: e.diagnoses,
    treatment: e.treatment,
    referredToHospital: e.referredToHospital,
    hospital: e.hospital,
    nextDueOverride: e.nextDueOverride,
    examiner: e.examiner,
    scheduleId: e.scheduleId,
    amendsId: e.amendsId,
    amendmentReason: e.amendmentReason,
    createdBy: e.createdBy,
    version: e.version,
    createdAt: e.createdAt,
  };
}
