import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, diffFields } from '../audit/audit.service';
import type { FacilityActor } from '../identity/actor';
import { conflict, invalid, notFound } from '../common/errors/problem.exception';
import { Page, paginate, mapPage } from '../common/http/pagination';
import { AlertKind, kindsVisibleTo } from './alert-kinds';
import { Alert, AlertStatus } from './alert.entity';
import { AlertQuery } from './alert.dto';
import { AlertView, toAlertView } from './alert.view';

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

const ALERT = { vi: 'Không tìm thấy cảnh báo', en: 'Alert not found' };

/** An alert's status in words: a message never shows the code (`acknowledged`). */
const ALERT_STATUS_WORDS: Record<AlertStatus, { vi: string; en: string }> = {
  open: { vi: 'đang mở', en: 'is open' },
  acknowledged: { vi: 'đã được xác nhận', en: 'has been acknowledged' },
  closed: { vi: 'đã đóng', en: 'is closed' },
};

/** The one place where every overdue or notable thing surfaces. */
@Injectable()
export class AlertsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Raises an alert once: a second raise of the same kind, source and due date does nothing. */
  async raise(manager: EntityManager, alert: NewAlert): Promise<boolean> {
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

  /**
   * Closes the open alerts of a source (its cause is gone: the exam was done, the resident left),
   * or only those of one `kind` when the source has several.
   */
  async closeForSource(
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

  /** Closes every open alert of a resident (discharge, death). */
  async closeForResident(manager: EntityManager, residentId: string): Promise<number> {
    const result: [unknown[], number] = await manager.query(
      `UPDATE alert SET status = 'closed', closed_at = now(), version = version + 1
        WHERE resident_id = $1 AND status <> 'closed'`,
      [residentId],
    );
    return result[1];
  }

  async list(actor: FacilityActor, query: AlertQuery): Promise<Page<AlertView>> {
    const kinds = kindsVisibleTo(actor.role);
    // A role that handles no kind of alert (a caretaker today) sees an empty list.
    if (kinds.length === 0 || (query.kind && !kinds.includes(query.kind)))
      return { items: [], nextCursor: null };
    const qb = this.dataSource
      .getRepository(Alert)
      .createQueryBuilder('a')
      .where('a.facilityId = :f', { f: actor.facilityId })
      .andWhere('a.kind IN (:...kinds)', { kinds: query.kind ? [query.kind] : kinds })
      .andWhere('a.status = :status', { status: query.status ?? 'open' });
    if (query.residentId) qb.andWhere('a.residentId = :r', { r: query.residentId });
    return mapPage(
      await paginate(
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
      ),
      toAlertView,
    );
  }

  /** Open alerts of the kinds the caller handles, counted by kind (most first). */
  async countOpenByKind(actor: FacilityActor): Promise<{ kind: AlertKind; count: number }[]> {
    const kinds = kindsVisibleTo(actor.role);
    if (kinds.length === 0) return [];
    const rows: { kind: AlertKind; count: number }[] = await this.dataSource.query(
      `SELECT kind, count(*)::int AS count FROM alert
        WHERE facility_id = $1 AND status = 'open' AND kind = ANY($2)
        GROUP BY kind ORDER BY count DESC, kind`,
      [actor.facilityId, kinds],
    );
    return rows;
  }

  /** Acknowledging needs a note; who and when are recorded. Only an open alert can be acknowledged. */
  async acknowledge(actor: FacilityActor, id: string, note: string): Promise<AlertView> {
    if (note.trim() === '')
      throw invalid([{ field: 'note', code: 'isNotEmpty', fallback: 'note must not be empty' }]);
    return this.dataSource.transaction(async (manager) => {
      const before = await manager
        .getRepository(Alert)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where('a.id = :id AND a.facilityId = :f', { id, f: actor.facilityId })
        .getOne();
      if (!before || !kindsVisibleTo(actor.role).includes(before.kind)) throw notFound(ALERT);
      if (before.status !== 'open') {
        throw conflict({
          vi: `Cảnh báo ${ALERT_STATUS_WORDS[before.status].vi}`,
          en: `The alert ${ALERT_STATUS_WORDS[before.status].en}`,
        });
      }
      await manager.update(
        Alert,
        { id },
        {
          status: 'acknowledged',
          acknowledgedBy: actor.id,
          acknowledgedAt: new Date(),
          acknowledgeNote: note.trim(),
        },
      );
      const after = await manager.findOneByOrFail(Alert, { id });
      await this.audit.record(manager, actor, {
        action: 'update',
        entity: 'alert',
        entityId: id,
        changes: diffFields({ ...before }, { ...after }),
      });
      return toAlertView(after);
    });
  }
}

export function sourceKey(
  sourceType: string,
  sourceId: string | null,
  dueOn: string | null,
): string {
  return `${sourceType}:${sourceId ?? '-'}:${dueOn ?? '-'}`;
}
