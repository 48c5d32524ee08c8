import { ApiSchema } from '@nestjs/swagger';
import type { CaseStep, ClosureReason, EvaluationOutcome } from '../case.enums';
import type { CaseFile } from './case-file.entity';

/** CaseFile as the API answers it (schema name CaseFile; column bounds from the entity). */
@ApiSchema({ name: 'CaseFile' })
export class CaseFileView {
  id!: string;
  facilityId!: string;
  residentId!: string;
  admissionId!: string;
  /** The social worker in charge (cán bộ quản lý trường hợp); null only when the centre has none. */
  caseWorkerId!: string | null;
  step!: CaseStep;
  /** A protection case (emergency protection, abuse, trafficking): its case notes are sensitive. */
  protection!: boolean;
  openedOn!: string;
  planningSince!: string | null;
  implementationSince!: string | null;
  monitoringSince!: string | null;
  evaluatedOn!: string | null;
  evaluationOutcome!: EvaluationOutcome | null;
  evaluation!: string | null;
  closedOn!: string | null;
  closureReason!: ClosureReason | null;
  closureNote!: string | null;
  createdBy!: string | null;
  version!: number;
  createdAt!: Date;
  updatedAt!: Date;
}

export function toCaseFileView(e: CaseFile): CaseFileView {
  return {
    id: e.id,
    facilityId: e.facilityId,
    residentId: e.residentId,
    admissionId: e.admissionId,
    caseWorkerId: e.caseWorkerId,
    step: e.step,
    protection: e.protection,
    openedOn: e.openedOn,
    planningSince: e.planningSince,
    implementationSince: e.implementationSince,
    monitoringSince: e.monitoringSince,
    evaluatedOn: e.evaluatedOn,
    evaluationOutcome: e.evaluationOutcome,
    evaluation: e.evaluation,
    closedOn: e.closedOn,
    closureReason: e.closureReason,
    closureNote: e.closureNote,
    createdBy: e.createdBy,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
