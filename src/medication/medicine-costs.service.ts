import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { createInFacility, facilityToday } from '../database/facility-scope';
import { invalid, fieldError } from '../common/errors/problem.exception';
import type { FacilityActor } from '../identity/actor';
import {
  CreateMedicinePurchaseDto,
  MedicineCostView,
  MedicinePurchasesView,
  MedicinePurchaseView,
  toPurchaseView,
} from './dto/medicine-purchase.dto';
import { MEDICINE_CEILING_VND } from './medication.enums';
import { MedicinePurchase } from './medicine-purchase.entity';
import { lastDayOf, purchasesAndResidentsOfMonth } from './medication.queries';

/** Medicine purchases and the month's cost per resident (for the monthly report). */
@Injectable()
export class MedicineCostsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: FacilityActor, month: string | undefined): Promise<MedicinePurchasesView> {
    const manager = this.dataSource.manager;
    const m = month ?? (await facilityToday(manager, actor)).slice(0, 7);
    const items = await manager.find(MedicinePurchase, {
      where: { facilityId: actor.facilityId, purchasedOn: Between(`${m}-01`, lastDayOf(m)) },
      order: { purchasedOn: 'ASC', createdAt: 'ASC', id: 'ASC' },
      take: 1000,
    });
    return {
      cost: await this.costOfMonth(manager, actor.facilityId, m),
      items: items.map(toPurchaseView),
    };
  }

  async create(
    actor: FacilityActor,
    dto: CreateMedicinePurchaseDto,
  ): Promise<MedicinePurchaseView> {
    return this.dataSource.transaction(async (manager) => {
      if (dto.purchasedOn > (await facilityToday(manager, actor)))
        throw invalid([
          fieldError(
            'purchasedOn',
            'futureDate',
            'Ngày mua ở tương lai',
            'The purchase date is in the future',
          ),
        ]);
      const saved = await createInFacility(
        { manager, actor, audit: this.audit },
        MedicinePurchase,
        'medicine_purchase',
        {
          purchasedOn: dto.purchasedOn,
          description: dto.description.trim(),
          supplier: dto.supplier?.trim() || null,
          invoiceNumber: dto.invoiceNumber?.trim() || null,
          amountVnd: dto.amountVnd,
          createdBy: actor.id,
        },
      );
      return toPurchaseView(saved);
    });
  }

  /**
   * For the monthly report (reports/ calls this): the common-medicine line of `month` (YYYY-MM):
   * the purchases of the month, the residents present in it, the cost per resident and whether
   * it is over the 100,000 đ ceiling (ND 20/2021 Điều 25). One statement.
   *
   * "Present in the month" is read from the stay history, not today's register: everyone in the
   * facility's care (or on leave) on its first day, plus everyone admitted or readmitted during
   * it. A past month keeps its count after later discharges, so a regenerated report agrees.
   */
  async costOfMonth(
    manager: EntityManager,
    facilityId: string,
    month: string,
  ): Promise<MedicineCostView> {
    const row = await purchasesAndResidentsOfMonth(manager, facilityId, month);
    const totalVnd = Number(row?.total ?? 0);
    const residents = row?.residents ?? 0;
    const perResidentVnd = residents === 0 ? 0 : Math.round(totalVnd / residents);
    return {
      month,
      totalVnd,
      residents,
      perResidentVnd,
      ceilingVnd: MEDICINE_CEILING_VND,
      overCeiling: perResidentVnd > MEDICINE_CEILING_VND,
    };
  }
}
