export enum ScheduleKind {
  PeriodicExam = 'periodic_exam',
  AnnualExam = 'annual_exam',
  HivMonitoring = 'hiv_monitoring',
  Vaccination = 'vaccination',
  GrowthCheck = 'growth_check',
  Dental = 'dental',
  Eye = 'eye',
  Other = 'other',
}

export const SCHEDULE_KIND_LABELS: Record<ScheduleKind, { vi: string; en: string }> = {
  [ScheduleKind.PeriodicExam]: { vi: 'Khám sức khỏe định kỳ 6 tháng', en: '6-monthly check-up' },
  [ScheduleKind.AnnualExam]: { vi: 'Khám sức khỏe hằng năm', en: 'Annual check-up' },
  [ScheduleKind.HivMonitoring]: { vi: 'Xét nghiệm theo dõi HIV', en: 'HIV monitoring' },
  [ScheduleKind.Vaccination]: { vi: 'Tiêm chủng', en: 'Vaccination' },
  [ScheduleKind.GrowthCheck]: { vi: 'Theo dõi tăng trưởng', en: 'Growth check' },
  [ScheduleKind.Dental]: { vi: 'Khám răng', en: 'Dental check' },
  [ScheduleKind.Eye]: { vi: 'Khám mắt', en: 'Eye check' },
  [ScheduleKind.Other]: { vi: 'Việc y tế khác', en: 'Other health task' },
};

/** Exam kinds (everything but vaccination, which has its own record). */
export const EXAM_KINDS = Object.values(ScheduleKind).filter((k) => k !== ScheduleKind.Vaccination);
