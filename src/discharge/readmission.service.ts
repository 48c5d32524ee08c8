import { Injectable } from '@nestjs/common';
import { AlertsService } from '../alerts/alerts.service';
import { AuditService, diffFields } from '../audit/audit.service';
import type { FacilityActor } from '../identity/actor';
import { conflict, FieldError, invalid } from '../common/errors/problem.exception';
import { facilityToday, findInFacility } from '../database/facility-scope';
import { Admission } from '../residents/model/admission.entity';
import { type Admitted, AdmissionService } from '../residents/admission/admission.service';
import type { EntityManager } from 'typeorm';
import { OccupancyService } from '../residents/occupancy/occupancy.service';
import { ResidentEvent } from '../residents/model/resident-event.entity';
import { checkAdmissionPath, checkEmergencyKind } from '../residents/model/resident-rules';
import { ResidentSensitive } from '../residents/model/resident-sensitive.entity';
import { RESIDENT_NOT_FOUND } from '../residents/register/resident-views';
import { Resident } from '../residents/model/resident.entity';
import { ResidentQueries } from '../residents/register/resident.queries';
import { ResidentStatus } from '../residents/model/resident.enums';
import { RESIDENT_STATUS_WORDS } from '../residents/model/status-words';
import { Discharge } from './discharge.entity';
import { ReadmitDto } from './dto/discharge.dto';
import { closeFollowUpsOnReadmission } from './discharge.queries';

/** Statuses from which a person may come back. The dead do not; the present are present. */
const READMITTABLE: readonly ResidentStatus[] = [
  ResidentStatus.Discharged,
  ResidentStatus.Transferred,
];

@Injectable()
export class ReadmissionService {
  constructor(
    private readonly audit: AuditService,
    private readonly admissions: AdmissionService,
    private readonly occupancy: OccupancyService,
    private readonly alerts: AlertsService,
  ) {}

  /**
   * Reopens the same register entry (never a duplicate) with a new admission; the history keeps
   * both stays. The admission rules, capacity and room checks apply as for a first admission.
   * In the caller's transaction (StaysService), which starts the new stay's other effects.
   */
  async readmitWith(
    manager: EntityManager,
    actor: FacilityActor,
    residentId: string,
    dto: ReadmitDto,
  ): Promise<Admitted> {
    const facility = await this.admissions.lockFacility(manager, actor);
    const resident = await findInFacility(manager, Resident, actor, residentId, {
      lock: true,
      what: RESIDENT_NOT_FOUND,
    });
    if (!READMITTABLE.includes(resident.status)) {
      throw conflict({
        vi: `Không thể tiếp nhận lại: đối tượng ${RESIDENT_STATUS_WORDS[resident.status].vi}`,
        en: `A resident who ${RESIDENT_STATUS_WORDS[resident.status].en} cannot be readmitted`,
      });
    }
    const categories = dto.categories ?? resident.categories;
    // Emergency protection keeps its kind from the last stay unless the readmission names one.
    const emergencyKind =
      dto.emergencyKind ?? (categories.includes('k2_emergency') ? resident.emergencyKind : null);
    const errors: FieldError[] = [
      ...checkAdmissionPath({ ...dto, categories }),
      ...checkEmergencyKind(categories, emergencyKind),
    ];
    if (dto.admittedOn > (await facilityToday(manager, actor))) {
      errors.push({
        field: 'admittedOn',
        code: 'futureDate',
        text: { vi: 'Ngày tiếp nhận ở tương lai', en: 'Admission date is in the future' },
      });
    }
    const last = await manager.findOne(Discharge, {
      where: { residentId },
      order: { effectiveOn: 'DESC' },
    });
    if (last && dto.admittedOn < last.effectiveOn) {
      errors.push({
        field: 'admittedOn',
        code: 'beforeDischarge',
        text: {
          vi: 'Ngày tiếp nhận lại trước ngày ra lần trước',
          en: 'Readmission before the last discharge',
        },
      });
    }
    if (errors.length > 0) throw invalid(errors);
    await this.occupancy.assertFacilityHasBed(manager, facility);
    if (dto.roomId) {
      await this.occupancy.assertRoomTakes(manager, actor, dto.roomId, {
        needs24hCare: dto.needs24hCare ?? resident.needs24hCare,
        bed: dto.bed ?? null,
        excludeResidentId: residentId,
      });
    }
    const admission = await manager.save(
      manager.create(
        Admission,
        await this.admissions.admissionRecord(manager, actor, residentId, {
          ...dto,
          categories,
        }),
      ),
    );
    await ResidentQueries.markReadmitted(manager, residentId, {
      admissionType: dto.type,
      admittedOn: dto.admittedOn,
      currentAdmissionId: admission.id,
      categories,
      emergencyKind,
      roomId: dto.roomId ?? null,
      bed: dto.bed ?? null,
      needs24hCare: dto.needs24hCare ?? resident.needs24hCare,
    });
    await this.admissions.raiseDeadlineAlerts(manager, admission);
    // The last stay's visits not done are no longer due: closed, with their alerts, so the
    // follow-up job does not flag a child who is back in care.
    const closed = await closeFollowUpsOnReadmission(manager, residentId, dto.admittedOn);
    for (const { id } of closed) await this.alerts.closeForSource(manager, 'follow_up', id);
    await manager.insert(ResidentEvent, {
      facilityId: facility.id,
      residentId,
      kind: 'readmitted',
      eventDate: dto.admittedOn,
      details: { admissionId: admission.id, type: dto.type, reason: dto.reason ?? null },
      createdBy: actor.id,
    });
    const after = await manager.findOneByOrFail(Resident, { id: residentId });
    const sensitive = await manager.findOneByOrFail(ResidentSensitive, { residentId });
    await this.audit.record(manager, actor, {
      action: 'update',
      entity: 'resident',
      entityId: residentId,
      changes: {
        ...diffFields({ ...resident }, { ...after }),
        readmitted: { before: null, after: admission.id },
        followUpsClosed: { before: null, after: closed.length },
      },
    });
    return { resident: after, sensitive };
  }
}
