import type { SchoolResult } from './school-result.entity';
import type { SchoolResultView } from './school-result.view';

export const RESULT_NOT_FOUND = {
  vi: 'Không tìm thấy kết quả học tập',
  en: 'School result not found',
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
