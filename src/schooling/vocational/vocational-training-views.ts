import type { VocationalTraining } from './vocational-training.entity';
import type { VocationalTrainingView } from './vocational-training.view';

export const TRAINING_NOT_FOUND = {
  vi: 'Không tìm thấy khóa học nghề',
  en: 'Vocational training not found',
};

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
