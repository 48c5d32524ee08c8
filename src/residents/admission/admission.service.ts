import { recordResidentFacts } from '../../reports/history/resident-facts';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService, diffFields } from '../../audit/audit.service';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { facilityToday } from '../../database/facility-scope';
import type { FacilityActor } from '../../identity/actor';
import { CalendarService } from '../../holidays/holidays.service';
import {
  conflict,
  type FieldError,
  forbidden,
  invalid,
} from '../../common/errors/problem.exception';
import { Facility } from '../../facilities/facility.entity';
import { Admission } from '../model/admission.entity';
import { admissionDeadlines } from './admission-deadlines';
import { AdmissionQueries } from './admission.queries';
import { AdmitResidentDto } from './admit-resident.dto';
import { DuplicatesService, probeOf } from '../duplicates/duplicates.service';
import { EmergencyDeadlineQueries } from './emergency-deadlines.queries';
import { Ethnicity } from '../model/ethnicity.entity';
import { foldName, sortNameOf } from '../model/identifiers';
import { OccupancyService } from '../occupancy/occupancy.service';
import { ResidentEvent } from '../model/resident-event.entity';
import { checkAdmissionPath, checkPerson, SENSITIVE_ROLES } from '../model/resident-rules';
import { ResidentSensitive } from '../model/resident-sensitive.entity';
import { Resident } from '../model/resident.entity';
import { AdmissionType, ResidentStatus } from '../model/resident.enums';
import { SENSITIVE_AUDIT_FIELDS } from '../register/resident-views';

/** A resident just admitted (or readmitted): what the new stay's other effects start from. */
export interface Admitted {
  resident: Resident;
  sensitive: ResidentSensitive;
}

/** What an admission row is made of, from an admission or a readmission. */
export type AdmissionInput = Pick<
  AdmitResidentDto,
  | 'type'
  | 'admittedOn'
  | 'decisionNo'
  | 'decisionDate'
  | 'dossierPresent'
  | 'emergency'
  | 'voluntary'
  | 'confirmNotDuplicate'
  | 'categories'
>;

@Injectable()
export class AdmissionService {
  constructor(
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly calendar: CalendarService,
    private readonly duplicates: DuplicatesService,
    private readonly occupancy: OccupancyService,
  ) {}

  /** Locks the caller's facility row: admissions of one facility are serialized. */
  lockFacility(manager: EntityManager, actor: FacilityActor): Promise<Facility> {
    return AdmissionQueries.lockFacility(manager, actor.facilityId);
  }

  /**
   * One admission inside the caller's transaction, the facility already locked (StaysService:
   * admission and import). The register row, the sensitive facts, the admission with its
   * deadlines, the event and the audit entries; the stay's other effects are the caller's.
   * `code`: the register code the person already has (the import keeps an exported one; the
   * caller checked its form and that nobody holds it), else the next one.
   */
  async admitWith(
    manager: EntityManager,
    actor: FacilityActor,
    facility: Facility,
    dto: AdmitResidentDto,
    code?: string,
  ): Promise<Admitted> {
    if (dto.sensitive && !SENSITIVE_ROLES.includes(actor.role)) throw forbidden();
    const today = await facilityToday(manager, actor);
    const errors = await this.problems(manager, dto, today);
    if (errors.length > 0) throw invalid(errors);

    const candidates = await this.duplicates.find(manager, facility.id, probeOf(dto));
    if (candidates.length > 0 && !dto.confirmNotDuplicate) {
      throw conflict(
        {
          vi: 'Có thể người này đã có trong sổ; kiểm tra danh sách, hoặc xác nhận đây là người khác rồi gửi lại',
          en: 'This person may already be in the register; check the candidates or resend with confirmNotDuplicate: true',
        },
        { duplicates: candidates },
      );
    }

    await this.occupancy.assertFacilityHasBed(manager, facility);
    if (dto.roomId) {
      await this.occupancy.assertRoomTakes(manager, actor, dto.roomId, {
        needs24hCare: dto.needs24hCare ?? false,
        bed: dto.bed ?? null,
        excludeResidentId: null,
      });
    }

    const year = Number(dto.admittedOn.slice(0, 4));
    if (code) await AdmissionQueries.keepCode(manager, facility.id, code);
    else code = await AdmissionQueries.nextCode(manager, facility.id, year);
    const resident = await manager.save(
      manager.create(Resident, {
        facilityId: facility.id,
        code,
        fullName: dto.fullName.trim(),
        preferredName: dto.preferredName ?? null,
        searchName: foldName(dto.fullName),
        sortName: sortNameOf(dto.fullName),
        dateOfBirth: dto.dateOfBirth ?? null,
        birthYear: dto.birthYear ?? (dto.dateOfBirth ? Number(dto.dateOfBirth.slice(0, 4)) : null),
        birthDateEstimated: dto.birthDateEstimated ?? false,
        sex: dto.sex,
        ethnicityCode: dto.ethnicityCode,
        religion: dto.religion ?? null,
        hometownProvince: dto.hometownProvince ?? null,
        hometownCommune: dto.hometownCommune ?? null,
        placeOfOrigin: dto.placeOfOrigin ?? null,
        personalId: dto.personalId ?? null,
        healthInsuranceNumber: dto.healthInsuranceNumber ?? null,
        photoRef: dto.photoRef ?? null,
        guardians: (dto.guardians ?? []).map((g) => ({
          name: g.name,
          relationship: g.relationship,
          phone: g.phone ?? null,
          address: g.address ?? null,
        })),
        categories: dto.categories,
        emergencyKind: dto.emergencyKind ?? null,
        disabilityKind: dto.disabilityKind ?? null,
        disabilityLevel: dto.disabilityLevel ?? null,
        mobility: dto.mobility ?? 'independent',
        needs24hCare: dto.needs24hCare ?? false,
        careNeeds: dto.careNeeds ?? null,
        careInstructions: dto.careInstructions ?? null,
        roomId: dto.roomId ?? null,
        bed: dto.bed ?? null,
        status: ResidentStatus.Active,
        admissionType: dto.type,
        admittedOn: dto.admittedOn,
        currentAdmissionId: null,
      }),
    );
    const sensitive = await manager.save(
      manager.create(ResidentSensitive, {
        residentId: resident.id,
        facilityId: facility.id,
        hivStatus: dto.sensitive?.hivStatus ?? 'unknown',
        hivConfirmedOn: dto.sensitive?.hivConfirmedOn ?? null,
        abuseHistory: dto.sensitive?.abuseHistory ?? null,
        traffickingHistory: dto.sensitive?.traffickingHistory ?? null,
        psychiatricDiagnosis: dto.sensitive?.psychiatricDiagnosis ?? null,
      }),
    );
    const admission = await manager.save(
      manager.create(Admission, await this.admissionRecord(manager, actor, resident.id, dto)),
    );
    await manager.update(Resident, { id: resident.id }, { currentAdmissionId: admission.id });
    await this.raiseDeadlineAlerts(manager, admission);
    await manager.insert(ResidentEvent, {
      facilityId: facility.id,
      residentId: resident.id,
      kind: 'admitted',
      eventDate: dto.admittedOn,
      details: { admissionId: admission.id, type: dto.type },
      createdBy: actor.id,
    });
    await recordResidentFacts(manager, resident.id, dto.admittedOn);

    await this.audit.record(manager, actor, {
      action: 'create',
      entity: 'resident',
      entityId: resident.id,
      changes: diffFields(null, { ...resident, currentAdmissionId: admission.id }),
    });
    await this.audit.record(manager, actor, {
      action: 'create',
      entity: 'resident_sensitive',
      entityId: resident.id,
      changes: diffFields(null, { ...sensitive }, SENSITIVE_AUDIT_FIELDS),
    });
    await this.audit.record(manager, actor, {
      action: 'create',
      entity: 'admission',
      entityId: admission.id,
      changes: {
        ...diffFields(null, { ...admission }),
        ...(candidates.length > 0
          ? { duplicatesOverridden: { before: null, after: candidates.map((c) => c.code) } }
          : {}),
      },
    });
    return { resident, sensitive };
  }

  /** Every broken admission rule of `dto` (the person, the admission path, the ethnicity code). */
  async problems(
    manager: EntityManager,
    dto: AdmitResidentDto,
    today: string,
  ): Promise<FieldError[]> {
    const errors = [
      ...checkPerson(
        {
          fullName: dto.fullName,
          dateOfBirth: dto.dateOfBirth ?? null,
          birthYear: dto.birthYear ?? null,
          sex: dto.sex,
          personalId: dto.personalId ?? null,
          categories: dto.categories,
          emergencyKind: dto.emergencyKind ?? null,
        },
        today,
        dto.admittedOn,
      ),
      ...checkAdmissionPath(dto),
    ];
    // (Undefined only for an import row whose ethnicity could not be read: its own error says so.)
    const ethnicity = dto.ethnicityCode as string | undefined;
    if (ethnicity !== undefined && !(await manager.existsBy(Ethnicity, { code: ethnicity }))) {
      errors.push({
        field: 'ethnicityCode',
        code: 'unknownCode',
        text: { vi: 'Mã dân tộc không có trong danh mục', en: 'Unknown ethnicity code' },
      });
    }
    return errors;
  }

  /**
   * The admission row for a first admission or a readmission: the emergency intake with its
   * dossier deadline (10 working days) and, for khoản 2, the 3-month stay; the voluntary contract.
   */
  async admissionRecord(
    manager: EntityManager,
    actor: FacilityActor,
    residentId: string,
    dto: AdmissionInput,
  ): Promise<Partial<Admission>> {
    const emergency = dto.type === AdmissionType.Emergency;
    const calendar = emergency ? await this.calendar.calendar(manager, actor.facilityId) : null;
    return {
      facilityId: actor.facilityId,
      residentId,
      type: dto.type,
      admittedOn: dto.admittedOn,
      decisionNo: dto.decisionNo ?? null,
      decisionDate: dto.decisionDate ?? null,
      dossierPresent: dto.dossierPresent ?? [],
      emergency: dto.emergency
        ? {
            foundAt: dto.emergency.foundAt,
            foundOn: dto.emergency.foundOn,
            foundBy: dto.emergency.foundBy,
            injuries: dto.emergency.injuries ?? null,
            intakeRecordNo: dto.emergency.intakeRecordNo ?? null,
          }
        : null,
      ...admissionDeadlines(
        dto.admittedOn,
        dto.categories,
        calendar,
        this.config.emergencyDossierWarningWorkingDays,
      ),
      voluntary: dto.voluntary
        ? {
            contractNo: dto.voluntary.contractNo,
            startsOn: dto.voluntary.startsOn,
            endsOn: dto.voluntary.endsOn ?? null,
            payer: dto.voluntary.payer,
            monthlyFee: dto.voluntary.monthlyFee ?? null,
          }
        : null,
      confirmedNotDuplicate: dto.confirmNotDuplicate ?? false,
      createdBy: actor.id,
    };
  }

  /**
   * The deadline alerts due from the admission itself, in its transaction (the resident already
   * points at it): an emergency intake without its decision gets the dossier alert at once, as
   * information; the daily job escalates it (emergency-deadlines.job.ts).
   */
  async raiseDeadlineAlerts(manager: EntityManager, admission: Admission): Promise<void> {
    if (admission.dossierDueOn === null) return;
    await EmergencyDeadlineQueries.raiseDossierAlerts(manager, admission.id);
  }
}
