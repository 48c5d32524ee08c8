import type { EntityManager } from 'typeorm';
import { Page, paginate } from '../common/http/pagination';
import { AuditLog } from './audit-log.entity';
import type { AuditQuery } from './audit.dto';

/** The audit trail's SQL: the facility's entries, a page. */

/** The facility's entries matching the filters, a page: newest first (by id). */
export function auditPage(
  manager: EntityManager,
  facilityId: string,
  query: AuditQuery,
): Promise<Page<AuditLog>> {
  const qb = manager
    .getRepository(AuditLog)
    .createQueryBuilder('a')
    .where('a.facilityId = :facilityId', { facilityId });
  if (query.entity) qb.andWhere('a.entity = :entity', { entity: query.entity });
  if (query.entityId) qb.andWhere('a.entityId = :entityId', { entityId: query.entityId });
  if (query.userId) qb.andWhere('a.userId = :userId', { userId: query.userId });
  if (query.action) qb.andWhere('a.action = :action', { action: query.action });
  if (query.from) qb.andWhere('a.occurredAt >= :from', { from: query.from });
  if (query.to) qb.andWhere('a.occurredAt < :to', { to: query.to });
  return paginate(qb, [{ sql: 'a.id', value: (r) => r.id }], query, 'DESC');
}
