import type { EntityManager } from 'typeorm';
import { Page, paginate } from '../common/http/pagination';
import type { AlertKind } from './alert-kinds';
import { Alert } from './alert.entity';
import type { AlertQuery } from './alert.dto';

/** Alerts' SQL: raising once, closing by source or resident, the list, the counts, the lock. */

/** An alert to raise (AlertsService.raise). */
export interface NewAlert {
  facilityId: string;
  residentId: string | null;
  kind: AlertKind;
  severity?: Alert['severity'];
  sourceType: string;
  sourceId: string | null;
  dueOn: string | null;
  message: string;
  messageEn: string;
}

/** Inserts an alert unless one of the same kind, source and due date exists; whether it did. */
export async function insertAlertOnce(manager: EntityManager, alert: NewAlert): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO alert (facility_id, resident_id, kind, severity, source_key, source_type, source_id, due_on, message, message_en, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1)
     ON CONFLICT (facility_id, kind, source_key) DO NOTHING
     RETURNING id`,
    [
      alert.facilityId,
      alert.residentId,
      alert.kind,
      alert.severity ?? 'warning',
      sourceKey(alert.sourceType, alert.sourceId, alert.dueOn),
      alert.sourceType,
      alert.sourceId,
      alert.dueOn,
      alert.message.slice(0, 500),
      alert.messageEn.slice(0, 500),
    ],
  );
  return rows.length > 0;
}

/** The key that makes an alert unique per kind: its source and due date. */
export function sourceKey(
  sourceType: string,
  sourceId: string | null,
  dueOn: string | null,
): string {
  return `${sourceType}:${sourceId ?? '-'}:${dueOn ?? '-'}`;
}

/** Closes the open alerts of a source (of one kind, when given); returns how many. */
export async function closeAlertsOfSource(
  manager: EntityManager,
  sourceType: string,
  sourceId: string,
  kind?: AlertKind,
): Promise<number> {
  const result: [unknown[], number] = await manager.query(
    `UPDATE alert SET status = 'closed', closed_at = now(), version = version + 1
      WHERE source_type = $1 AND source_id = $2 AND status <> 'closed'
        AND ($3::text IS NULL OR kind = $3)`,
    [sourceType, sourceId, kind ?? null],
  );
  return result[1];
}

/** Closes every open alert of a resident; returns how many. */
export async function closeAlertsOfResident(
  manager: EntityManager,
  residentId: string,
): Promise<number> {
  const result: [unknown[], number] = await manager.query(
    `UPDATE alert SET status = 'closed', closed_at = now(), version = version + 1
      WHERE resident_id = $1 AND status <> 'closed'`,
    [residentId],
  );
  return result[1];
}

/** A page of the facility's alerts of the given kinds (the query's kind, status, resident): newest first. */
export function alertsPage(
  manager: EntityManager,
  facilityId: string,
  kinds: AlertKind[],
  query: AlertQuery,
): Promise<Page<Alert>> {
  const qb = manager
    .getRepository(Alert)
    .createQueryBuilder('a')
    .where('a.facilityId = :f', { f: facilityId })
    .andWhere('a.kind IN (:...kinds)', { kinds: query.kind ? [query.kind] : kinds })
    .andWhere('a.status = :status', { status: query.status ?? 'open' });
  if (query.residentId) qb.andWhere('a.residentId = :r', { r: query.residentId });
  return paginate(
    qb,
    [
      // The cursor carries a JS Date (milliseconds) while raised_at keeps microseconds: key on
      // the millisecond so that alerts raised by one statement (same now()) are not skipped.
      {
        sql: "date_trunc('milliseconds', a.raisedAt)",
        value: (a) => a.raisedAt.toISOString(),
      },
      { sql: 'a.id', value: (a) => a.id },
    ],
    query,
    'DESC',
  );
}

/** Open alerts of these kinds in a facility, counted by kind (most first). */
export function openAlertCounts(
  manager: EntityManager,
  facilityId: string,
  kinds: AlertKind[],
): Promise<{ kind: AlertKind; count: number }[]> {
  return manager.query(
    `SELECT kind, count(*)::int AS count FROM alert
      WHERE facility_id = $1 AND status = 'open' AND kind = ANY($2)
      GROUP BY kind ORDER BY count DESC, kind`,
    [facilityId, kinds],
  );
}

/** One alert of the facility, locked (acknowledging it). */
export function lockedAlert(
  manager: EntityManager,
  facilityId: string,
  id: string,
): Promise<Alert | null> {
  return manager
    .getRepository(Alert)
    .createQueryBuilder('a')
    .setLock('pessimistic_write')
    .where('a.id = :id AND a.facilityId = :f', { id, f: facilityId })
    .getOne();
}
