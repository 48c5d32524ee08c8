import { ApiSchema } from '@nestjs/swagger';
import type { AlertKind } from './alert-kinds';
import type { AlertStatus, Alert } from './alert.entity';

/** Alert as the API answers it (schema name Alert; column bounds from the entity). */
@ApiSchema({ name: 'Alert' })
export class AlertView {
  id!: string;
  facilityId!: string;
  residentId!: string | null;
  kind!: AlertKind;
  severity!: 'info' | 'warning' | 'critical';
  sourceKey!: string;
  sourceType!: string;
  sourceId!: string | null;
  dueOn!: string | null;
  /** What the alert says, in Vietnamese and English; never a sensitive fact. */
  message!: string;
  messageEn!: string;
  status!: AlertStatus;
  raisedAt!: Date;
  acknowledgedBy!: string | null;
  acknowledgedAt!: Date | null;
  acknowledgeNote!: string | null;
  closedAt!: Date | null;
  version!: number;
}

export function toAlertView(e: Alert): AlertView {
  return {
    id: e.id,
    facilityId: e.facilityId,
    residentId: e.residentId,
    kind: e.kind,
    severity: e.severity,
    sourceKey: e.sourceKey,
    sourceType: e.sourceType,
    sourceId: e.sourceId,
    dueOn: e.dueOn,
    message: e.message,
    messageEn: e.messageEn,
    status: e.status,
    raisedAt: e.raisedAt,
    acknowledgedBy: e.acknowledgedBy,
    acknowledgedAt: e.acknowledgedAt,
    acknowledgeNote: e.acknowledgeNote,
    closedAt: e.closedAt,
    version: e.version,
  };
}
