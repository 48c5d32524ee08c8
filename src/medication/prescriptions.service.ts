import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { conflict, invalid } from '../common/errors/problem.exception';
import { nullFieldErrors } from '../common/http/validators';
import { createInFacility, findInFacility, updateInFacility } from '../database/facility-scope';
import { isPresent, notPresent } from '../daily-care/care-rules';
import type { FacilityActor } from '../identity/actor';
import { ResidentsService } from '../residents/register/residents.service';
import {
  CreatePrescriptionDto,
  PrescriptionListQuery,
  PrescriptionRevisionView,
  PrescriptionView,
  StopPrescriptionDto,
  toPrescriptionView,
  UpdatePrescriptionDto,
} from './dto/prescription.dto';
import { Prescription } from './prescription.entity';
import { PrescriptionRevision } from './prescription-revision.entity';
import { normalizeTimes, prescriptionErrors } from './prescription-rules';

/** The most prescriptions (or revisions of one) a list answers, newest first. */
export const MAX_LISTED = 500;

export const PRESCRIPTION_NOT_FOUND = {
  vi: 'Không tìm thấy y lệnh thuốc',
  en: 'Prescription not found',
};
/** Fields a change may not clear. */
const NOT_NULLABLE = [
  'medicineName',
  'form',
  'dose',
  'route',
  'times',
  'asNeeded',
  'startDate',
  'prescriber',
  'sensitive',
] as const;
const STOPPED = {
  vi: 'Y lệnh đã ngừng; hãy kê y lệnh mới',
  en: 'The prescription is stopped; write a new one',
};

/** Prescriptions: written by the nurse or the admin, changed with a revision kept, stopped with a reason. */
@Injectable()
export class PrescriptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly residents: ResidentsService,
  ) {}

  async list(
    actor: FacilityActor,
    residentId: string,
    query: PrescriptionListQuery,
  ): Promise<PrescriptionView[]> {
    await this.residents.find(actor, residentId);
    const rows = await this.dataSource.getRepository(Prescription).find({
      where: {
        facilityId: actor.facilityId,
        residentId,
        ...(query.status ? { status: query.status } : {}),
      },
      order: { status: 'ASC', startDate: 'DESC', createdAt: 'DESC', id: 'ASC' },
      take: MAX_LISTED,
    });
    return rows.map(toPrescriptionView);
  }

  async get(actor: FacilityActor, id: string): Promise<PrescriptionView> {
    return toPrescriptionView(await this.find(this.dataSource.manager, actor, id));
  }

  async revisions(actor: FacilityActor, id: string): Promise<PrescriptionRevisionView[]> {
    await this.find(this.dataSource.manager, actor, id);
    const rows = await this.dataSource.getRepository(PrescriptionRevision).find({
      where: { prescriptionId: id, facilityId: actor.facilityId },
      order: { version: 'DESC' },
      take: MAX_LISTED,
    });
    return rows.map((r) => ({
      version: r.version,
      state: r.state as unknown as PrescriptionView,
      replacedBy: r.replacedBy,
      replacedAt: r.replacedAt,
    }));
  }

  async create(
    actor: FacilityActor,
    residentId: string,
    dto: CreatePrescriptionDto,
  ): Promise<PrescriptionView> {
    return this.dataSource.transaction(async (manager) => {
      const resident = await this.residents.find(actor, residentId, manager);
      if (!isPresent(resident.status)) throw notPresent(resident);
      const values = {
        medicineName: dto.medicineName.trim(),
        strength: dto.strength?.trim() || null,
        form: dto.form,
        dose: dto.dose.trim(),
        route: dto.route,
        times: normalizeTimes(dto.times ?? []),
        asNeeded: dto.asNeeded ?? false,
        prnReason: dto.prnReason?.trim() || null,
        maxPer24h: dto.maxPer24h ?? null,
        startDate: dto.startDate,
        endDate: dto.endDate ?? null,
        prescriber: dto.prescriber.trim(),
        instructions: dto.instructions?.trim() || null,
        indication: dto.indication?.trim() || null,
        sensitive: dto.sensitive ?? false,
        caretakerLabel: dto.caretakerLabel?.trim() || null,
      };
      const errors = prescriptionErrors(values);
      if (errors.length > 0) throw invalid(errors);
      const saved = await createInFacility(
        { manager, actor, audit: this.audit },
        Prescription,
        'prescription',
        { ...values, residentId, status: 'active', createdBy: actor.id, updatedBy: null },
      );
      return toPrescriptionView(saved);
    });
  }

  /** A change: the rules are checked on the prescription as it would become; the old state is kept. */
  async update(
    actor: FacilityActor,
    id: string,
    version: number,
    dto: UpdatePrescriptionDto,
  ): Promise<PrescriptionView> {
    const nulls = nullFieldErrors(dto, NOT_NULLABLE);
    if (nulls.length > 0) throw invalid(nulls);
    return this.dataSource.transaction(async (manager) => {
      const { after } = await updateInFacility(
        { manager, actor, audit: this.audit },
        Prescription,
        'prescription',
        id,
        version,
        async (before) => {
          if (before.status === 'stopped') throw conflict(STOPPED);
          const changes: Partial<Prescription> = {};
          const text = (v: string | null | undefined) =>
            v === undefined ? undefined : v?.trim() || null;
          if (dto.medicineName !== undefined) changes.medicineName = dto.medicineName.trim();
          if (dto.strength !== undefined) changes.strength = text(dto.strength) ?? null;
          if (dto.form !== undefined) changes.form = dto.form;
          if (dto.dose !== undefined) changes.dose = dto.dose.trim();
          if (dto.route !== undefined) changes.route = dto.route;
          if (dto.times !== undefined) changes.times = normalizeTimes(dto.times ?? []);
          if (dto.asNeeded !== undefined) changes.asNeeded = dto.asNeeded;
          if (dto.prnReason !== undefined) changes.prnReason = text(dto.prnReason) ?? null;
          if (dto.maxPer24h !== undefined) changes.maxPer24h = dto.maxPer24h ?? null;
          if (dto.startDate !== undefined) changes.startDate = dto.startDate;
          if (dto.endDate !== undefined) changes.endDate = dto.endDate ?? null;
          if (dto.prescriber !== undefined) changes.prescriber = dto.prescriber.trim();
          if (dto.instructions !== undefined) changes.instructions = text(dto.instructions) ?? null;
          if (dto.indication !== undefined) changes.indication = text(dto.indication) ?? null;
          if (dto.sensitive !== undefined) changes.sensitive = dto.sensitive;
          if (dto.caretakerLabel !== undefined)
            changes.caretakerLabel = text(dto.caretakerLabel) ?? null;
          const errors = prescriptionErrors({ ...before, ...changes });
          if (errors.length > 0) throw invalid(errors);
          await this.keepRevision(manager, actor, before);
          return { ...changes, updatedBy: actor.id };
        },
        { what: PRESCRIPTION_NOT_FOUND },
      );
      return toPrescriptionView(after);
    });
  }

  /** Stops a prescription with a reason: its doses are no longer due from now on. */
  async stop(
    actor: FacilityActor,
    id: string,
    version: number,
    dto: StopPrescriptionDto,
  ): Promise<PrescriptionView> {
    return this.dataSource.transaction(async (manager) => {
      const { after } = await updateInFacility(
        { manager, actor, audit: this.audit },
        Prescription,
        'prescription',
        id,
        version,
        async (before) => {
          if (before.status === 'stopped') throw conflict(STOPPED);
          await this.keepRevision(manager, actor, before);
          return {
            status: 'stopped' as const,
            stoppedAt: new Date(),
            stoppedBy: actor.id,
            stopReason: dto.reason.trim(),
            updatedBy: actor.id,
          };
        },
        { what: PRESCRIPTION_NOT_FOUND },
      );
      return toPrescriptionView(after);
    });
  }

  private find(manager: EntityManager, actor: FacilityActor, id: string): Promise<Prescription> {
    return findInFacility(manager, Prescription, actor, id, { what: PRESCRIPTION_NOT_FOUND });
  }

  private async keepRevision(
    manager: EntityManager,
    actor: FacilityActor,
    before: Prescription,
  ): Promise<void> {
    await manager.save(
      manager.create(PrescriptionRevision, {
        facilityId: actor.facilityId,
        prescriptionId: before.id,
        version: before.version,
        state: JSON.parse(JSON.stringify(toPrescriptionView(before))) as Record<string, unknown>,
        replacedBy: actor.id,
      }),
    );
  }
}
