import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, diffFields } from '../audit/audit.service';
import type { FacilityActor } from '../identity/actor';
import { conflict, invalid, notFound } from '../common/errors/problem.exception';
import { Page, mapPage } from '../common/http/pagination';
import { AlertKind, kindsVisibleTo } from './alert-kinds';
import { Alert, AlertStatus } from './alert.entity';
import { AlertQuery } from './alert.dto';
import { AlertView, toAlertView } from './alert.view';
import {
  alertsPage,
  closeAlertsOfResident,
  closeAlertsOfSource,
  insertAlertOnce,
  lockedAlert,
  type NewAlert,
  openAlertCounts,
} from './alerts.queries';

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
    return insertAlertOnce(manager, alert);
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
    return closeAlertsOfSource(manager, sourceType, sourceId, kind);
  }

  /** Closes every open alert of a resident (discharge, death). */
  async closeForResident(manager: EntityManager, residentId: string): Promise<number> {
    return closeAlertsOfResident(manager, residentId);
  }

  async list(actor: FacilityActor, query: AlertQuery): Promise<Page<AlertView>> {
    const kinds = kindsVisibleTo(actor.role);
    // A role that handles no kind of alert (a caretaker today) sees an empty list.
    if (kinds.length === 0 || (query.kind && !kinds.includes(query.kind)))
      return { items: [], nextCursor: null };
    return mapPage(
      await alertsPage(this.dataSource.manager, actor.facilityId, kinds, query),
      toAlertView,
    );
  }

  /** Open alerts of the kinds the caller handles, counted by kind (most first). */
  async countOpenByKind(actor: FacilityActor): Promise<{ kind: AlertKind; count: number }[]> {
    const kinds = kindsVisibleTo(actor.role);
    if (kinds.length === 0) return [];
    return openAlertCounts(this.dataSource.manager, actor.facilityId, kinds);
  }

  /** Acknowledging needs a note; who and when are recorded. Only an open alert can be acknowledged. */
  async acknowledge(actor: FacilityActor, id: string, note: string): Promise<AlertView> {
    if (note.trim() === '')
      throw invalid([{ field: 'note', code: 'isNotEmpty', fallback: 'note must not be empty' }]);
    return this.dataSource.transaction(async (manager) => {
      const before = await lockedAlert(manager, actor.facilityId, id);
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
