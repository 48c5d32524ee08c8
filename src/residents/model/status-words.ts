import { AdmissionType, ResidentStatus } from './resident.enums';

/**
 * A resident's status in words, as messages say it ("Đối tượng đã thôi trợ giúp"): a message never
 * shows the code (`discharged`).
 */
export const RESIDENT_STATUS_WORDS: Record<ResidentStatus, { vi: string; en: string }> = {
  [ResidentStatus.Active]: { vi: 'đang được chăm sóc tại cơ sở', en: 'is in care' },
  [ResidentStatus.OnLeave]: { vi: 'đang nghỉ phép', en: 'is on leave' },
  [ResidentStatus.Discharged]: { vi: 'đã thôi trợ giúp', en: 'has been discharged' },
  [ResidentStatus.Transferred]: { vi: 'đã chuyển cơ sở khác', en: 'has been transferred' },
  [ResidentStatus.Deceased]: { vi: 'đã mất', en: 'has died' },
};

/** The status as a name ("Nghỉ phép"), for "from … to …". */
export const RESIDENT_STATUS_LABELS: Record<ResidentStatus, { vi: string; en: string }> = {
  [ResidentStatus.Active]: { vi: 'đang chăm sóc', en: 'in care' },
  [ResidentStatus.OnLeave]: { vi: 'nghỉ phép', en: 'on leave' },
  [ResidentStatus.Discharged]: { vi: 'thôi trợ giúp', en: 'discharged' },
  [ResidentStatus.Transferred]: { vi: 'chuyển cơ sở', en: 'transferred' },
  [ResidentStatus.Deceased]: { vi: 'đã mất', en: 'deceased' },
};

/** The admission path in words, as a message says it ("Bắt buộc khi tiếp nhận khẩn cấp"). */
export const ADMISSION_TYPE_WORDS: Record<AdmissionType, { vi: string; en: string }> = {
  [AdmissionType.Regular]: { vi: 'tiếp nhận theo hồ sơ', en: 'a regular admission' },
  [AdmissionType.Emergency]: { vi: 'tiếp nhận khẩn cấp', en: 'an emergency admission' },
  [AdmissionType.Voluntary]: { vi: 'tiếp nhận tự nguyện (hợp đồng)', en: 'a voluntary admission' },
};
