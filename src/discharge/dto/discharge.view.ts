import { ApiSchema } from '@nestjs/swagger';
import type { DischargeGround } from '../discharge.enums';
import type { Destination, Handover, Discharge } from '../discharge.entity';

/** Discharge as the API answers it (schema name Discharge; column bounds from the entity). */
@ApiSchema({ name: 'Discharge' })
export class DischargeView {
  id!: string;
  facilityId!: string;
  residentId!: string;
  admissionId!: string | null;
  ground!: DischargeGround;
  groundOther!: string | null;
  requestedOn!: string;
  decisionNo!: string;
  decisionDate!: string;
  /** The decision came later than 7 working days after the request; the reason is kept and reported. */
  decisionLate!: boolean;
  lateReason!: string | null;
  effectiveOn!: string;
  destination!: Destination | null;
  handover!: Handover | null;
  belongingsReturned!: string | null;
  documentsReturned!: string | null;
  allowanceMonths!: number | null;
  diedOn!: string | null;
  causeOfDeath!: string | null;
  /** 50 × the base level in force on the day of death (đồng). */
  funeralSupportVnd!: number | null;
  /** `age_limit` for someone under 22 who is still studying needs this (audited). */
  ageRuleOverrideReason!: string | null;
  notes!: string | null;
  createdBy!: string | null;
  createdAt!: Date;
}

export function toDischargeView(e: Discharge): DischargeView {
  return {
    id: e.id,
    facilityId: e.facilityId,
    residentId: e.residentId,
    admissionId: e.admissionId,
    ground: e.ground,
    groundOther: e.groundOther,
    requestedOn: e.requestedOn,
    decisionNo: e.decisionNo,
    decisionDate: e.decisionDate,
    decisionLate: e.decisionLate,
    lateReason: e.lateReason,
    effectiveOn: e.effectiveOn,
    destination: e.destination,
    handover: e.handover,
    belongingsReturned: e.belongingsReturned,
    documentsReturned: e.documentsReturned,
    allowanceMonths: e.allowanceMonths,
    diedOn: e.diedOn,
    causeOfDeath: e.causeOfDeath,
    funeralSupportVnd: e.funeralSupportVnd,
    ageRuleOverrideReason: e.ageRuleOverrideReason,
    notes: e.notes,
    createdBy: e.createdBy,
    createdAt: e.createdAt,
  };
}
