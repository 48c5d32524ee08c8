import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { type AssessmentKind, NEED_DOMAINS, type RiskLevel } from '../case.enums';
import {
  type DomainAssessment,
  type Participant,
  MAX_PARTICIPANTS,
  type NeedsAssessment,
} from './needs-assessment.entity';

/** NeedsAssessment as the API answers it (schema name NeedsAssessment; column bounds from the entity). */
@ApiSchema({ name: 'NeedsAssessment' })
export class NeedsAssessmentView {
  id!: string;
  facilityId!: string;
  caseId!: string;
  residentId!: string;
  kind!: AssessmentKind;
  assessedOn!: string;
  @ApiProperty({ maxItems: NEED_DOMAINS.length })
  domains!: DomainAssessment[];
  riskLevel!: RiskLevel;
  strengths!: string | null;
  @ApiProperty({ maxItems: MAX_PARTICIPANTS })
  participants!: Participant[];
  summary!: string | null;
  assessedBy!: string;
  createdAt!: Date;
}

export function toNeedsAssessmentView(e: NeedsAssessment): NeedsAssessmentView {
  return {
    id: e.id,
    facilityId: e.facilityId,
    caseId: e.caseId,
    residentId: e.residentId,
    kind: e.kind,
    assessedOn: e.assessedOn,
    domains: e.domains,
    riskLevel: e.riskLevel,
    strengths: e.strengths,
    participants: e.participants,
    summary: e.summary,
    assessedBy: e.assessedBy,
    createdAt: e.createdAt,
  };
}
