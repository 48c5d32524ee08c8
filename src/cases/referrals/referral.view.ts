import { ApiSchema } from '@nestjs/swagger';
import type { ReferralKind, ReferralOutcome } from '../case.enums';
import type { ReferralConsent, Referral } from './referral.entity';

/** Referral as the API answers it (schema name Referral; column bounds from the entity). */
@ApiSchema({ name: 'Referral' })
export class ReferralView {
  id!: string;
  facilityId!: string;
  residentId!: string;
  caseId!: string;
  referredOn!: string;
  kind!: ReferralKind;
  organisation!: string;
  contactName!: string | null;
  contactPhone!: string | null;
  reason!: string;
  sharesPersonalData!: boolean;
  consent!: ReferralConsent | null;
  consentOverrideReason!: string | null;
  consentOverriddenBy!: string | null;
  outcome!: ReferralOutcome;
  outcomeOn!: string | null;
  outcomeNote!: string | null;
  createdBy!: string;
  version!: number;
  createdAt!: Date;
  updatedAt!: Date;
}

export function toReferralView(e: Referral): ReferralView {
  return {
    id: e.id,
    facilityId: e.facilityId,
    residentId: e.residentId,
    caseId: e.caseId,
    referredOn: e.referredOn,
    kind: e.kind,
    organisation: e.organisation,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    reason: e.reason,
    sharesPersonalData: e.sharesPersonalData,
    consent: e.consent,
    consentOverrideReason: e.consentOverrideReason,
    consentOverriddenBy: e.consentOverriddenBy,
    outcome: e.outcome,
    outcomeOn: e.outcomeOn,
    outcomeNote: e.outcomeNote,
    createdBy: e.createdBy,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
