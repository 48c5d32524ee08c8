import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AlertsService } from '../alerts/alerts.service';
import { AuditService, diffFields } from '../audit/audit.service';
import type { FacilityActor } from '../identity/actor';
import { CalendarService } from '../holidays/holidays.service';
import { addMonths, ageOn } from '../calendar/dates';
import { workingDaysBetween } from '../calendar/working-days';
import { conflict, invalid } from '../common/errors/problem.exception';
import { facilityToday, findInFacility } from '../database/facility-scope';
import { SchedulesService } from '../health/schedules.service';
import { BaseLevelService, FUNERAL_SUPPORT_MULTIPLIER } from '../money/base-level.service';
import { ResidentEvent } from '../residents/model/resident-event.entity';
import { PRESENT_STATUSES } from '../residents/model/resident-rules';
import { RESIDENT_NOT_FOUND } from '../residents/register/resident-views';
import { Resident } from '../residents/model/resident.entity';
import { ResidentStatus } from '../residents/model/resident.enums';
import { Discharge } from './discharge.entity';
import {
  DECISION_WORKING_DAYS,
  DEFAULT_FOLLOW_UP_MONTHS,
  FOLLOWED_DESTINATIONS,
} from './discharge.enums';
import { DischargeDto } from './dto/discharge.dto';
import { dischargeErrors } from './discharge-rules';
import { EnrollmentQueries } from '../schooling/enrollments/enrollment.queries';
import { ResidentQueries } from '../residents/register/resident.queries';
import { FollowUp } from './follow-up.entity';
import { DischargeView, toDischargeView } from './dto/discharge.view';
import { RESIDENT_STATUS_WORDS } from '../residents/model/status-words';
import { assumedBirthDate } from '../residents/model/birth-date';

/** Residents younger than this cannot leave on `age_limit`; students may stay until 22 (Điều 30 d). */
export const AGE_LIMIT = 16;
export const STUDENT_AGE_LIMIT = 22;

/** A resident leaves once per stay: far fewer stays than this in any register. */
export const MAX_DISCHARGES_LISTED = 100;

@Injectable()
export class DischargeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly alerts: AlertsService,
    private readonly calendar: CalendarService,
    private readonly schedules: SchedulesService,
    private readonly baseLevels: BaseLevelService,
  ) {}

  /** A resident's discharges (one per stay that ended), newest first: the way to their follow-ups. */
  async listFor(actor: FacilityActor, residentId: string): Promise<DischargeView[]> {
    await findInFacility(this.dataSource.manager, Resident, actor, residentId, {
      what: RESIDENT_NOT_FOUND,
    });
    const rows = await this.dataSource.getRepository(Discharge).find({
      where: { residentId, facilityId: actor.facilityId },
      order: { effectiveOn: 'DESC', createdAt: 'DESC' },
      take: MAX_DISCHARGES_LISTED,
    });
    return rows.map(toDischargeView);
  }

  /**
   * Ends a stay (ND 20/2021 Điều 30) in the caller's transaction (StaysService, which closes the
   * case after it): the discharge record, the resident's status (discharged or deceased), the
   * freed bed, the stopped schedules, the closed alerts, the follow-up visits, the event for the
   * census and the audit entries.
   */
  async dischargeWith(
    manager: EntityManager,
    actor: FacilityActor,
    residentId: string,
    dto: DischargeDto,
  ): Promise<{ discharge: Discharge; followUps: FollowUp[] }> {
    const resident = await findInFacility(manager, Resident, actor, residentId, {
      lock: true,
      what: RESIDENT_NOT_FOUND,
    });
    if (!PRESENT_STATUSES.includes(resident.status)) {
      throw conflict({
        vi: `Đối tượng ${RESIDENT_STATUS_WORDS[resident.status].vi}, không thể cho ra`,
        en: `The resident ${RESIDENT_STATUS_WORDS[resident.status].en} and cannot be discharged`,
      });
    }
    const today = await facilityToday(manager, actor);
    const decisionLate = await this.validate(manager, resident, dto, today);
    await this.checkAgeRule(manager, resident, dto);

    const death = dto.ground === 'death';
    let funeralSupportVnd: number | null = null;
    if (death && dto.death) {
      const level = await this.baseLevels.inForce(manager, actor.facilityId, dto.death.diedOn);
      funeralSupportVnd = level ? level.amountVnd * FUNERAL_SUPPORT_MULTIPLIER : null;
    }
    const discharge = await manager.save(
      manager.create(Discharge, {
        facilityId: actor.facilityId,
        residentId,
        admissionId: resident.currentAdmissionId,
        ground: dto.ground,
        groundOther: dto.groundOther ?? null,
        requestedOn: dto.requestedOn,
        decisionNo: dto.decisionNo,
        decisionDate: dto.decisionDate,
        decisionLate,
        lateReason: dto.lateReason ?? null,
        effectiveOn: dto.effectiveOn,
        destination: dto.destination
          ? {
              kind: dto.destination.kind,
              name: dto.destination.name,
              relationship: dto.destination.relationship ?? null,
              address: dto.destination.address ?? null,
              phone: dto.destination.phone ?? null,
            }
          : null,
        handover: dto.handover
          ? {
              receivedBy: dto.handover.receivedBy,
              communeConfirmationNo: dto.handover.communeConfirmationNo ?? null,
              communeConfirmationDate: dto.handover.communeConfirmationDate ?? null,
            }
          : null,
        belongingsReturned: dto.belongingsReturned ?? null,
        documentsReturned: dto.documentsReturned ?? null,
        allowanceMonths: dto.allowanceMonths ?? null,
        diedOn: dto.death?.diedOn ?? null,
        causeOfDeath: dto.death?.cause ?? null,
        funeralSupportVnd,
        ageRuleOverrideReason: dto.ageRuleOverrideReason ?? null,
        notes: dto.notes ?? null,
        createdBy: actor.id,
      }),
    );
    await ResidentQueries.markLeft(
      manager,
      residentId,
      death ? ResidentStatus.Deceased : ResidentStatus.Discharged,
      death && dto.death ? dto.death.diedOn : dto.effectiveOn,
    );
    const stopped = await this.schedules.stopForResident(manager, residentId);
    const closed = await this.alerts.closeForResident(manager, residentId);
    const followUps = await this.createFollowUps(manager, discharge, dto);
    await manager.insert(ResidentEvent, {
      facilityId: actor.facilityId,
      residentId,
      kind: death ? 'died' : 'discharged',
      eventDate: death && dto.death ? dto.death.diedOn : dto.effectiveOn,
      details: { dischargeId: discharge.id, ground: dto.ground, roomId: resident.roomId },
      createdBy: actor.id,
    });
    const after = await manager.findOneByOrFail(Resident, { id: residentId });
    await this.audit.record(manager, actor, {
      action: 'create',
      entity: 'discharge',
      entityId: discharge.id,
      changes: {
        ...diffFields(null, { ...discharge }),
        schedulesStopped: { before: null, after: stopped },
        alertsClosed: { before: null, after: closed },
      },
    });
    await this.audit.record(manager, actor, {
      action: 'update',
      entity: 'resident',
      entityId: residentId,
      changes: diffFields({ ...resident }, { ...after }),
    });
    return { discharge, followUps };
  }

  /** Returns whether the decision is late (then a reason was given). */
  private async validate(
    manager: EntityManager,
    resident: Resident,
    dto: DischargeDto,
    today: string,
  ): Promise<boolean> {
    const calendar = await this.calendar.calendar(manager, resident.facilityId);
    const late =
      workingDaysBetween(dto.requestedOn, dto.decisionDate, calendar, DECISION_WORKING_DAYS) >
      DECISION_WORKING_DAYS;
    const errors = dischargeErrors(resident, dto, today, late);
    if (errors.length > 0) throw invalid(errors);
    return late;
  }

  /** `age_limit`: not before 16; not before 22 while studying, unless overridden with a reason. */
  private async checkAgeRule(
    manager: EntityManager,
    resident: Resident,
    dto: DischargeDto,
  ): Promise<void> {
    if (dto.ground !== 'age_limit') return;
    const born = assumedBirthDate(resident.dateOfBirth, resident.birthYear);
    const age = born ? ageOn(born, dto.effectiveOn) : null;
    if (age === null || age < AGE_LIMIT) {
      throw conflict({
        vi: `Chưa đủ ${AGE_LIMIT} tuổi: không thể cho ra vì lý do tuổi`,
        en: `Under ${AGE_LIMIT}: cannot leave on the age limit`,
      });
    }
    if (
      age < STUDENT_AGE_LIMIT &&
      (await EnrollmentQueries.isStudying(manager, resident.id)) &&
      !dto.ageRuleOverrideReason
    ) {
      throw conflict({
        vi: `Đang đi học và chưa đủ ${STUDENT_AGE_LIMIT} tuổi: cần ghi lý do cho ra trước tuổi`,
        en: `Still studying and under ${STUDENT_AGE_LIMIT}: an override reason (ageRuleOverrideReason) is required`,
      });
    }
  }

  private async createFollowUps(
    manager: EntityManager,
    discharge: Discharge,
    dto: DischargeDto,
  ): Promise<FollowUp[]> {
    if (!dto.destination || !FOLLOWED_DESTINATIONS.includes(dto.destination.kind)) return [];
    const months = [...(dto.followUpMonths ?? DEFAULT_FOLLOW_UP_MONTHS)].sort((a, b) => a - b);
    return manager.save(
      months.map((m) =>
        manager.create(FollowUp, {
          facilityId: discharge.facilityId,
          dischargeId: discharge.id,
          residentId: discharge.residentId,
          dueOn: addMonths(discharge.effectiveOn, m),
        }),
      ),
    );
  }
}
