import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AlertsService } from '../alerts/alerts.service';
import { AuditService } from '../audit/audit.service';
import type { FacilityActor } from '../identity/actor';
import { FieldError, invalid } from '../common/errors/problem.exception';
import {
  createInFacility,
  facilityToday,
  findInFacility,
  updateInFacility,
} from '../database/facility-scope';
import { Discharge } from './discharge.entity';
import { CreateFollowUpDto, UpdateFollowUpDto } from './dto/discharge.dto';
import { FollowUp } from './follow-up.entity';
import { FollowUpView, toFollowUpView } from './dto/follow-up.view';

const DISCHARGE = { vi: 'Không tìm thấy quyết định cho ra', en: 'Discharge not found' };
const FOLLOW_UP = { vi: 'Không tìm thấy lần theo dõi', en: 'Follow-up not found' };

@Injectable()
export class FollowUpsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly alerts: AlertsService,
  ) {}

  async list(actor: FacilityActor, dischargeId: string): Promise<FollowUpView[]> {
    await findInFacility(this.dataSource.manager, Discharge, actor, dischargeId, {
      what: DISCHARGE,
    });
    const rows = await this.dataSource
      .getRepository(FollowUp)
      .find({ where: { dischargeId, facilityId: actor.facilityId }, order: { dueOn: 'ASC' } });
    return rows.map(toFollowUpView);
  }

  async create(
    actor: FacilityActor,
    dischargeId: string,
    dto: CreateFollowUpDto,
  ): Promise<FollowUpView> {
    return this.dataSource.transaction(async (manager) => {
      const discharge = await findInFacility(manager, Discharge, actor, dischargeId, {
        what: DISCHARGE,
      });
      if (dto.dueOn <= discharge.effectiveOn) {
        throw invalid([
          {
            field: 'dueOn',
            code: 'beforeDischarge',
            text: {
              vi: 'Ngày theo dõi phải sau ngày ra',
              en: 'The follow-up must be after the discharge',
            },
          },
        ]);
      }
      const saved = await createInFacility(
        { manager, actor, audit: this.audit },
        FollowUp,
        'follow_up',
        {
          dischargeId,
          residentId: discharge.residentId,
          dueOn: dto.dueOn,
          notes: dto.notes ?? null,
        },
      );
      return toFollowUpView(saved);
    });
  }

  /** Records the visit or call; a done follow-up's alert closes. */
  async update(
    actor: FacilityActor,
    id: string,
    version: number,
    dto: UpdateFollowUpDto,
  ): Promise<FollowUpView> {
    return this.dataSource.transaction(async (manager) => {
      const { after } = await updateInFacility(
        { manager, actor, audit: this.audit },
        FollowUp,
        'follow_up',
        id,
        version,
        async (before) => {
          const discharge = await manager.findOneByOrFail(Discharge, { id: before.dischargeId });
          const errors: FieldError[] = [];
          if (dto.doneOn && dto.doneOn < discharge.effectiveOn) {
            errors.push({
              field: 'doneOn',
              code: 'beforeDischarge',
              text: {
                vi: 'Ngày theo dõi trước ngày ra',
                en: 'Follow-up date before the discharge',
              },
            });
          }
          if (dto.doneOn && dto.doneOn > (await facilityToday(manager, actor))) {
            errors.push({
              field: 'doneOn',
              code: 'futureDate',
              text: { vi: 'Ngày theo dõi ở tương lai', en: 'Follow-up date in the future' },
            });
          }
          if (dto.dueOn && dto.dueOn <= discharge.effectiveOn) {
            errors.push({
              field: 'dueOn',
              code: 'beforeDischarge',
              text: { vi: 'Ngày hẹn phải sau ngày ra', en: 'Due date must be after the discharge' },
            });
          }
          if (errors.length > 0) throw invalid(errors);
          return dto;
        },
        { what: FOLLOW_UP },
      );
      if (after.doneOn) await this.alerts.closeForSource(manager, 'follow_up', id);
      return toFollowUpView(after);
    });
  }
}
