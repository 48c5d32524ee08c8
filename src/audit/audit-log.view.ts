import { ApiSchema } from '@nestjs/swagger';
import type { AuditAction, AuditLog, FieldChanges } from './audit-log.entity';

/** AuditLog as the API answers it (schema name AuditLog; column bounds from the entity). */
@ApiSchema({ name: 'AuditLog' })
export class AuditLogView {
  id!: string;
  occurredAt!: Date;
  userId!: string | null;
  facilityId!: string | null;
  action!: AuditAction;
  entity!: string;
  entityId!: string | null;
  changes!: FieldChanges | null;
  requestId!: string | null;
  ip!: string | null;
}

export function toAuditLogView(e: AuditLog): AuditLogView {
  return {
    id: e.id,
    occurredAt: e.occurredAt,
    userId: e.userId,
    facilityId: e.facilityId,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    changes: e.changes,
    requestId: e.requestId,
    ip: e.ip,
  };
}
