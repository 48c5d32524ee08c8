import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AlertsService } from '../alerts/alerts.service';
import { AuditService } from '../audit/audit.service';
import type { FacilityActor } from '../identity/actor';
import { invalid } from '../common/errors/problem.exception';
import { createInFacility, updateInFacility } from '../database/facility-scope';
import { User } from '../users/user.entity';
import { CreateStepDto, UpdateStepDto } from './dto/discharge.dto';
import { ReintegrationStep } from './reintegration-step.entity';
import { ResidentsService } from '../residents/register/residents.service';
import { ReintegrationStepView, toReintegrationStepView } from './dto/reintegration-step.view';

const STEP = { vi: 'Không tìm thấy bước', en: 'Step not found' };

@Injectable()
export class ReintegrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly residents: ResidentsService,
    private readonly audit: AuditService,
    private readonly alerts: AlertsService,
  ) {}

  async list(actor: FacilityActor, residentId: string): Promise<ReintegrationStepView[]> {
    await this.residents.find(actor, residentId);
    const rows = await this.dataSource
      .getRepository(ReintegrationStep)
      .find({ where: { residentId, facilityId: actor.facilityId }, order: { dueOn: 'ASC' } });
    return rows.map(toReintegrationStepView);
  }

  async create(
    actor: FacilityActor,
    residentId: string,
    dto: CreateStepDto,
  ): Promise<ReintegrationStepView> {
    return this.dataSource.transaction(async (manager) => {
      await this.residents.find(actor, residentId, manager);
      await this.assertOwner(manager, actor, dto.ownerId);
      const saved = await createInFacility(
        { manager, actor, audit: this.audit },
        ReintegrationStep,
        'reintegration_step',
        {
          ...dto,
          residentId,
          doneOn: null,
          notes: null,
        },
      );
      return toReintegrationStepView(saved);
    });
  }

  async update(
    actor: FacilityActor,
    id: string,
    version: number,
    dto: UpdateStepDto,
  ): Promise<ReintegrationStepView> {
    return this.dataSource.transaction(async (manager) => {
      const { before, after } = await updateInFacility(
        { manager, actor, audit: this.audit },
        ReintegrationStep,
        'reintegration_step',
        id,
        version,
        async () => {
          if (dto.ownerId) await this.assertOwner(manager, actor, dto.ownerId);
          return dto;
        },
        { what: STEP },
      );
      if (after.doneOn || after.dueOn > before.dueOn)
        await this.alerts.closeForSource(manager, 'reintegration_step', id);
      return toReintegrationStepView(after);
    });
  }

  /** On the transaction's manager: a second pooled connection held up by the first is a deadlock under load. */
  private async assertOwner(
    manager: EntityManager,
    actor: FacilityActor,
    ownerId: string,
  ): Promise<void> {
    const ok = await manager
      .getRepository(User)
      .existsBy({ id: ownerId, facilityId: actor.facilityId, active: true });
    if (!ok)
      throw invalid([
        {
          field: 'ownerId',
          code: 'unknownReference',
          text: {
            vi: 'Không có nhân viên này trong cơ sở',
            en: 'No such staff member in this facility',
          },
        },
      ]);
  }
}
