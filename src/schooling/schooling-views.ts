import type {
  EnrollmentView,
  SchoolResultView,
  VocationalTrainingView,
} from './dto/schooling.view';
import type { Enrollment } from './enrollment.entity';
import { scaleFor } from './rating-scales';
import type { SchoolResult } from './school-result.entity';
import type { VocationalTraining } from './vocational-training.entity';

export const ENROLLMENT_NOT_FOUND = {
  vi: 'Không tìm thấy hồ sơ học tập',
  en: 'Enrolment not found',
};
export const RESULT_NOT_FOUND = {
  vi: 'Không tìm thấy kết quả học tập',
  en: 'School result not found',
};
export const TRAINING_NOT_FOUND = {
  vi: 'Không tìm thấy khóa học nghề',
  en: 'Vocational training not found',
};

export function toResultView(r: SchoolResult): SchoolResultView {
  return {
    id: r.id,
    enrollmentId: r.enrollmentId,
    residentId: r.residentId,
    term: r.term,
    scale: r.scale,
    rating: r.rating,
    learningRating: r.learningRating,
    conductRating: r.conductRating,
    qualitiesRating: r.qualitiesRating,
    subjects: r.subjects,
    daysAbsent: r.daysAbsent,
    awards: r.awards,
    teacherRemarks: r.teacherRemarks,
    promotion: r.promotion,
    promotionReason: r.promotionReason,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

const TERM_ORDER = { HK1: 0, HK2: 1, year: 2 } as const;

export function toEnrollmentView(e: Enrollment, results: SchoolResult[]): EnrollmentView {
  return {
    id: e.id,
    residentId: e.residentId,
    schoolYear: e.schoolYear,
    level: e.level,
    grade: e.grade,
    notEnrolledReason: e.notEnrolledReason,
    schoolName: e.schoolName,
    schoolCommune: e.schoolCommune,
    className: e.className,
    startDate: e.startDate,
    endDate: e.endDate,
    boardingType: e.boardingType,
    status: e.status,
    statusNote: e.statusNote,
    ratingScale: scaleFor(e.level, e.schoolYear),
    rolledOverFromId: e.rolledOverFromId,
    voided: e.voidedAt !== null,
    voidReason: e.voidReason,
    results: results
      .filter((r) => r.enrollmentId === e.id)
      .sort((a, b) => TERM_ORDER[a.term] - TERM_ORDER[b.term])
      .map(toResultView),
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

export function toTrainingView(v: VocationalTraining): VocationalTrainingView {
  return {
    id: v.id,
    residentId: v.residentId,
    course: v.course,
    institution: v.institution,
    trade: v.trade,
    programmeLevel: v.programmeLevel,
    startDate: v.startDate,
    endDate: v.endDate,
    status: v.status,
    certificateObtained: v.certificateObtained,
    certificateName: v.certificateName,
    employer: v.employer,
    jobTitle: v.jobTitle,
    jobStartedOn: v.jobStartedOn,
    monthlyIncomeVnd: v.monthlyIncomeVnd,
    notes: v.notes,
    version: v.version,
  };
}
