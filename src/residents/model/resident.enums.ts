export type Sex = 'male' | 'female';
export const SEXES: readonly Sex[] = ['male', 'female'];

export enum ResidentStatus {
  Active = 'active',
  OnLeave = 'on_leave',
  Discharged = 'discharged',
  Deceased = 'deceased',
  Transferred = 'transferred',
}

export enum AdmissionType {
  /** Tiếp nhận theo hồ sơ (ND 20/2021 Điều 27 khoản 1). */
  Regular = 'regular',
  /** Tiếp nhận khẩn cấp (Điều 28). */
  Emergency = 'emergency',
  /** Tự nguyện, hợp đồng Mẫu 08. */
  Voluntary = 'voluntary',
}
