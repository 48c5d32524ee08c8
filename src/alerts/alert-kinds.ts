import { Role } from '../identity/role';

/**
 * Every kind of alert and who sees it. A module that adds a kind adds it here; the list and
 * acknowledge routes show a user only the kinds of their role.
 */
export const ALERT_KINDS = {
  checkup_overdue: {
    roles: [Role.Nurse, Role.Admin],
    vi: 'Quá hạn khám sức khỏe',
    en: 'Health check overdue',
  },
  vaccination_overdue: {
    roles: [Role.Nurse, Role.Admin],
    vi: 'Quá hạn tiêm chủng',
    en: 'Vaccination overdue',
  },
  emergency_dossier_due: {
    roles: [Role.SocialWorker, Role.Admin],
    vi: 'Sắp hết hạn hoàn thiện hồ sơ tiếp nhận khẩn cấp',
    en: 'Emergency admission dossier due',
  },
  emergency_stay_ending: {
    roles: [Role.SocialWorker, Role.Admin],
    vi: 'Sắp hết thời hạn bảo vệ khẩn cấp (3 tháng)',
    en: 'Emergency protection stay ending (3 months)',
  },
  serious_incident: {
    roles: [Role.Admin, Role.Nurse],
    vi: 'Sự cố nghiêm trọng',
    en: 'Serious incident',
  },
  growth_flag: {
    roles: [Role.Nurse, Role.Admin],
    vi: 'Dấu hiệu suy dinh dưỡng',
    en: 'Growth flag',
  },
  weight_loss: {
    roles: [Role.Nurse, Role.Admin],
    vi: 'Sụt cân trên 5% trong 30 ngày',
    en: 'Weight loss over 5% in 30 days',
  },
  meals_refused: {
    roles: [Role.Nurse, Role.Admin],
    vi: 'Bỏ nhiều bữa ăn',
    en: 'Many meals refused',
  },
  vocational_referral: {
    roles: [Role.SocialWorker, Role.Admin],
    vi: 'Trẻ từ 13 tuổi không đi học: giới thiệu học nghề',
    en: 'Child 13+ not in school: refer to vocational training',
  },
  discharge_review: {
    roles: [Role.SocialWorker, Role.Admin],
    vi: 'Xem xét thôi trợ giúp',
    en: 'Discharge review',
  },
  attendance: {
    roles: [Role.SocialWorker, Role.Admin],
    vi: 'Nghỉ học nhiều',
    en: 'Many school days missed',
  },
  follow_up_overdue: {
    roles: [Role.SocialWorker, Role.Admin],
    vi: 'Quá hạn theo dõi sau hòa nhập',
    en: 'Follow-up visit overdue',
  },
  reintegration_step_overdue: {
    roles: [Role.SocialWorker, Role.Admin],
    vi: 'Quá hạn bước chuẩn bị tái hòa nhập',
    en: 'Reintegration step overdue',
  },
  plan_review_due: {
    roles: [Role.SocialWorker, Role.Admin],
    vi: 'Đến hạn rà soát kế hoạch can thiệp',
    en: 'Plan review due',
  },
  safety_assessment_missing: {
    roles: [Role.SocialWorker, Role.Admin],
    vi: 'Chưa đánh giá an toàn ban đầu (24 giờ)',
    en: 'Initial safety assessment missing (24 h)',
  },
  /** Next year's holiday decision not recorded by October (calendar: working-day deadlines). */
  holiday_decision_missing: {
    roles: [Role.Admin],
    vi: 'Chưa nhập lịch nghỉ lễ, Tết năm sau',
    en: 'Next year’s holiday decision not entered',
  },
  /** A scheduled dose with no record after the grace period (medication/medication-alerts.job.ts). */
  dose_not_recorded: {
    roles: [Role.Nurse, Role.Admin],
    vi: 'Liều thuốc chưa được ghi',
    en: 'Dose not recorded',
  },
  /** Several doses of one prescription refused in a row. */
  medication_refused: {
    roles: [Role.Nurse, Role.Admin],
    vi: 'Từ chối thuốc nhiều lần liên tiếp',
    en: 'Medication refused repeatedly',
  },
  /** A shift with fewer carers than TT 33/2017 requires (staffing/). */
  shift_short: {
    roles: [Role.Admin],
    vi: 'Ca trực thiếu nhân viên chăm sóc',
    en: 'Shift short of carers',
  },
  /** Many failed logins of one staff account (LoginThrottleService); never a resident's. */
  login_attack: {
    roles: [Role.Admin],
    vi: 'Tài khoản đang bị dò mật khẩu',
    en: 'Account under password attack',
  },
} as const satisfies Record<string, { roles: readonly Role[]; vi: string; en: string }>;

export type AlertKind = keyof typeof ALERT_KINDS;
export const ALERT_KIND_CODES = Object.keys(ALERT_KINDS) as AlertKind[];

export function kindsVisibleTo(role: Role): AlertKind[] {
  return ALERT_KIND_CODES.filter((k) => (ALERT_KINDS[k].roles as readonly Role[]).includes(role));
}
