import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, diffFields } from '../../audit/audit.service';
import { conflict, invalid } from '../../common/errors/problem.exception';
import { facilityToday, findInFacility } from '../../database/facility-scope';
import type { FacilityActor } from '../../identity/actor';
import { recordResidentFacts } from '../../reports/history/resident-facts';
import { ResidentEvent } from '../model/resident-event.entity';
import { statusMove } from '../model/resident-rules';
import { Resident } from '../model/resident.entity';
import { ResidentStatus } from '../model/resident.enums';
import { RESIDENT_STATUS_LABELS } from '../model/status-words';
import { RESIDENT_NOT_FOUND, ResidentViews } from '../register/resident-views';
import { ResidentView } from '../register/resident.view';
import { StatusChangeDto } from './status-change.dto';

/**
 * A resident's moves within a stay: on leave, back from leave, transferred out (discharge is a
 * stay's end: src/stays). The register row, the history of facts, the event and the audit entry.
 */
@Injectable()
export class StatusChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly views: ResidentViews,
  ) {}

  /** On leave, back from leave, transferred out. An impossible move is a 409. */
  async changeStatus(
    actor: FacilityActor,
    id: string,
    dto: StatusChangeDto,
  ): Promise<ResidentView> {
    return this.dataSource.transaction(async (manager) => {
      const before = await findInFacility(manager, Resident, actor, id, {
        lock: true,
        what: RESIDENT_NOT_FOUND,
      });
      const today = await facilityToday(manager, actor);
      const move = statusMove(before.status, dto.to);
      if (!move.ok) {
        throw conflict({
          vi: `Không thể chuyển từ "${RESIDENT_STATUS_LABELS[before.status].vi}" sang "${RESIDENT_STATUS_LABELS[dto.to].vi}"`,
          en: `Cannot change from "${RESIDENT_STATUS_LABELS[before.status].en}" to "${RESIDENT_STATUS_LABELS[dto.to].en}"`,
        });
      }
      const errors = [];
      if (dto.effectiveDate > today) {
        errors.push({
          field: 'effectiveDate',
          code: 'futureDate',
          text: { vi: 'Ngày hiệu lực ở tương lai', en: 'Effective date is in the future' },
        });
      }
      if (dto.effectiveDate < before.admittedOn) {
        errors.push({
          field: 'effectiveDate',
          code: 'beforeAdmission',
          text: {
            vi: 'Ngày hiệu lực trước ngày tiếp nhận',
            en: 'Effective date is before the admission',
          },
        });
      }
      if (move.event === 'transferred' && !dto.destination) {
        errors.push({
          field: 'destination',
          code: 'isDefined',
          text: { vi: 'Cần nơi chuyển đến', en: 'The destination is required' },
        });
      }
      if (dto.expectedReturn && dto.expectedReturn < dto.effectiveDate) {
        errors.push({
          field: 'expectedReturn',
          code: 'beforeStart',
          text: { vi: 'Ngày về trước ngày đi', en: 'Return before the leave starts' },
        });
      }
      if (errors.length > 0) throw invalid(errors);
      const status =
        dto.to === 'transferred' ? ResidentStatus.Transferred : (dto.to as ResidentStatus);
      const changes: Partial<Resident> = { status };
      if (move.event === 'transferred') Object.assign(changes, { roomId: null, bed: null });
      await manager.update(Resident, { id }, changes);
      await recordResidentFacts(manager, id, dto.effectiveDate);
      await manager.insert(ResidentEvent, {
        facilityId: actor.facilityId,
        residentId: id,
        kind: move.event,
        eventDate: dto.effectiveDate,
        details: {
          reason: dto.reason ?? null,
          expectedReturn: dto.expectedReturn ?? null,
          destination: dto.destination ?? null,
          roomId: before.roomId,
        },
        createdBy: actor.id,
      });
      const after = await manager.findOneByOrFail(Resident, { id });
      await this.audit.record(manager, actor, {
        action: 'update',
        entity: 'resident',
        entityId: id,
        changes: diffFields({ ...before }, { ...after }),
      });
      return this.views.detail(manager, actor, id, today);
    });
  }
}
