import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor, FacilityActor } from '../identity/actor';
import { mapPage, Page } from '../common/http/pagination';
import type { FieldChanges } from '../database/record-changes';
import { AuditAction, AuditLog } from './audit-log.entity';
import { AuditLogView, toAuditLogView } from './audit-log.view';
import { auditPage } from './audit.queries';
import { AuditQuery } from './audit.dto';

export { diffFields } from '../database/record-changes';

export interface AuditEntry {
  action: AuditAction;
  entity: string;
  entityId: string | null;
  changes?: FieldChanges | null;
  /** Defaults to the actor's facility. */
  facilityId?: string | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes one entry with the caller's transaction: the change and its trail commit together. */
  async record(manager: EntityManager, actor: Actor | null, entry: AuditEntry): Promise<void> {
    await this.recordMany(manager, actor, [entry]);
  }

  /** Several entries of one request saved together (a batch of records written at once). */
  async recordMany(
    manager: EntityManager,
    actor: Actor | null,
    entries: AuditEntry[],
  ): Promise<void> {
    if (entries.length === 0) return;
    const rows = entries.map((entry) =>
      manager.create(AuditLog, {
        userId: actor?.id ?? null,
        facilityId: entry.facilityId !== undefined ? entry.facilityId : (actor?.facilityId ?? null),
        action: entry.action,
        entity: entry.entity,
        entityId: entry.entityId,
        changes: entry.changes ?? null,
        requestId: actor?.requestId ?? null,
        ip: actor?.ip ?? null,
      }),
    );
    await manager.save(AuditLog, rows, { reload: false });
  }

  /** A read of a sensitive record (HIV status, abuse history, case notes) is itself audited. */
  async recordRead(
    actor: FacilityActor,
    entity: string,
    entityId: string,
    fields: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await this.record(manager, actor, {
      action: 'read',
      entity,
      entityId,
      changes: Object.fromEntries(fields.map((f) => [f, { before: null, after: 'read' }])),
    });
  }

  async list(actor: FacilityActor, query: AuditQuery): Promise<Page<AuditLogView>> {
    const page = await auditPage(this.dataSource.manager, actor.facilityId, query);
    return mapPage(page, toAuditLogView);
  }
}
