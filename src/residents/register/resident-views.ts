import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { FacilityActor } from '../../identity/actor';
import { ageOn, IsoDate, vnDate } from '../../calendar/dates';
import { notFound } from '../../common/errors/problem.exception';
import { Admission } from '../model/admission.entity';
import { type DossierItem, SENSITIVE_DOSSIER_ITEMS, shownCategories } from '../model/categories';
import { dossierChecklist, dossierStatus } from '../model/dossier';
import {
  AdmissionView,
  PassedDeadlineView,
  ResidentSummaryView,
  ResidentView,
  SensitiveFactsView,
} from './resident.view';
import { SENSITIVE_ROLES } from '../model/resident-rules';
import { RegisterQueries } from './register.queries';
import { ResidentSensitive } from '../model/resident-sensitive.entity';
import { Resident } from '../model/resident.entity';

export const SENSITIVE_AUDIT_FIELDS = [
  'hivStatus',
  'hivConfirmedOn',
  'abuseHistory',
  'traffickingHistory',
  'psychiatricDiagnosis',
] as const;

export const RESIDENT_NOT_FOUND = { vi: 'Không tìm thấy đối tượng', en: 'Resident not found' };

export function ageOf(
  r: { dateOfBirth: string | null; birthYear: number | null },
  today: string,
): number | null {
  if (r.dateOfBirth) return ageOn(r.dateOfBirth, today);
  return r.birthYear === null ? null : Number(today.slice(0, 4)) - r.birthYear;
}

/** `seesSensitive`: the caller may see sensitive facts (and the categories that disclose them). */
export function toSummary(r: Resident, today: string, seesSensitive: boolean): ResidentSummaryView {
  return {
    id: r.id,
    code: r.code,
    fullName: r.fullName,
    preferredName: r.preferredName,
    dateOfBirth: r.dateOfBirth,
    birthYear: r.birthYear,
    birthDateEstimated: r.birthDateEstimated,
    age: ageOf(r, today),
    sex: r.sex,
    ethnicityCode: r.ethnicityCode,
    ethnicityName: r.ethnicity?.name ?? r.ethnicityCode,
    categories: shownCategories(r.categories, seesSensitive),
    status: r.status,
    admissionType: r.admissionType,
    admittedOn: r.admittedOn,
    room: r.room ? { id: r.room.id, code: r.room.code, name: r.room.name } : null,
    bed: r.bed,
    careInstructions: r.careInstructions,
    version: r.version,
  };
}

/**
 * The checklist lists only the papers that apply to the person's categories and admission type
 * (`dossierChecklist`). `seesSensitive`: else the dossier items that disclose a sensitive fact
 * are left out; `hivPositive` is only known to such a caller.
 */
function toAdmissionView(
  a: Admission,
  r: Resident,
  seesSensitive: boolean,
  hivPositive: boolean,
  today: string,
): AdmissionView {
  const shown = (c: DossierItem) => seesSensitive || !SENSITIVE_DOSSIER_ITEMS.includes(c);
  const checklist = dossierChecklist({
    type: a.type,
    categories: r.categories,
    disabled:
      r.categories.includes('k1_disabled_severe') ||
      r.disabilityKind !== null ||
      r.disabilityLevel !== null,
    hivPositive: r.categories.includes('k1_child_hiv') || hivPositive,
  });
  const derived: DossierItem[] = [
    ...(a.emergency ? (['intake_record'] as const) : []),
    ...(a.voluntary ? (['care_contract_mau08'] as const) : []),
  ];
  const dossier = dossierStatus(checklist, a.dossierPresent, derived);
  const missing = dossier.missing.filter(shown);
  return {
    id: a.id,
    type: a.type,
    admittedOn: a.admittedOn,
    decisionNo: a.decisionNo,
    decisionDate: a.decisionDate,
    dossier: {
      present: dossier.present.filter(shown),
      missing,
    },
    emergency: a.emergency,
    dossierDueOn: a.dossierDueOn,
    stayEndsOn: a.stayEndsOn,
    passedDeadlines: passedDeadlines(a, missing.length > 0, today),
    voluntary: a.voluntary,
    confirmedNotDuplicate: a.confirmedNotDuplicate,
    version: a.version,
  };
}

/**
 * What a back-dated intake has already missed by `today`: the dossier deadline (while the dossier
 * is incomplete, as the caller sees it) and the end of the 3-month emergency protection. The
 * deadlines count from the admission date and are not moved.
 */
function passedDeadlines(
  a: Admission,
  dossierIncomplete: boolean,
  today: string,
): PassedDeadlineView[] {
  const passed: PassedDeadlineView[] = [];
  if (a.dossierDueOn !== null && a.dossierDueOn < today && dossierIncomplete) {
    passed.push({
      deadline: 'dossier',
      dueOn: a.dossierDueOn,
      message: `Hạn hoàn thiện hồ sơ (10 ngày làm việc từ ngày tiếp nhận ${vnDate(a.admittedOn)}) đã qua ngày ${vnDate(a.dossierDueOn)}; hồ sơ còn thiếu giấy tờ`,
      messageEn: `The dossier was due on ${a.dossierDueOn} (10 working days from the admission on ${a.admittedOn}) and is still incomplete`,
    });
  }
  if (a.stayEndsOn !== null && a.stayEndsOn < today) {
    passed.push({
      deadline: 'stay',
      dueOn: a.stayEndsOn,
      message: `Thời hạn bảo vệ khẩn cấp (tối đa 3 tháng) đã hết ngày ${vnDate(a.stayEndsOn)}: cần quyết định tiếp theo cho đối tượng`,
      messageEn: `The emergency protection (at most 3 months) ended on ${a.stayEndsOn}: a decision on the person is due`,
    });
  }
  return passed;
}

function toSensitiveView(s: ResidentSensitive): SensitiveFactsView {
  return {
    hivStatus: s.hivStatus,
    hivConfirmedOn: s.hivConfirmedOn,
    abuseHistory: s.abuseHistory,
    traffickingHistory: s.traffickingHistory,
    psychiatricDiagnosis: s.psychiatricDiagnosis,
  };
}

/** Builds what each role may see of a resident; the sensitive facts only for SENSITIVE_ROLES. */
@Injectable()
export class ResidentViews {
  constructor(private readonly audit: AuditService) {}

  async detail(
    manager: EntityManager,
    actor: FacilityActor,
    id: string,
    today: IsoDate,
  ): Promise<ResidentView> {
    const r = await RegisterQueries.withRefs(manager, actor.facilityId, id);
    if (!r) throw notFound(RESIDENT_NOT_FOUND);
    const admission = r.currentAdmissionId
      ? await manager.findOneBy(Admission, { id: r.currentAdmissionId })
      : null;
    const seesSensitive = SENSITIVE_ROLES.includes(actor.role);
    const sensitive = seesSensitive
      ? await manager.findOneBy(ResidentSensitive, { residentId: r.id })
      : null;
    const view: ResidentView = {
      ...toSummary(r, today, SENSITIVE_ROLES.includes(actor.role)),
      religion: r.religion,
      hometownProvince: r.hometownProvince,
      hometownCommune: r.hometownCommune,
      placeOfOrigin: r.placeOfOrigin,
      personalId: r.personalId,
      healthInsuranceNumber: r.healthInsuranceNumber,
      photoRef: r.photoRef,
      guardians: r.guardians,
      // The kind of emergency (trafficking, sexual abuse…) is itself a protection fact.
      emergencyKind: SENSITIVE_ROLES.includes(actor.role) ? r.emergencyKind : null,
      disabilityKind: r.disabilityKind,
      disabilityLevel: r.disabilityLevel,
      mobility: r.mobility,
      needs24hCare: r.needs24hCare,
      careNeeds: r.careNeeds,
      admission: admission
        ? toAdmissionView(admission, r, seesSensitive, sensitive?.hivStatus === 'positive', today)
        : null,
    };
    if (seesSensitive) {
      if (sensitive) {
        view.sensitive = toSensitiveView(sensitive);
        // Every answer that carries the sensitive facts is a read of them, including the answer
        // to the write that changed them.
        await this.audit.recordRead(
          actor,
          'resident_sensitive',
          r.id,
          [...SENSITIVE_AUDIT_FIELDS],
          manager,
        );
      }
    }
    return view;
  }
}
