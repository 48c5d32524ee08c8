import { scaleFor } from '../rules/rating-scales';
import type { Enrollment } from './enrollment.entity';
import type { SchoolResult } from '../results/school-result.entity';
import type { EnrollmentView } from './enrollment.view';
import { toResultView } from '../results/result-views';

export const ENROLLMENT_NOT_FOUND = {
  vi: 'Không tìm thấy hồ sơ học tập',
  en: 'Enrolment not found',
};

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
