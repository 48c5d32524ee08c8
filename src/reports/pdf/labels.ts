import { DISCHARGE_GROUNDS } from '../../discharge/discharge.enums';
import {
  CHILD_CATEGORY,
  CHILD_CATEGORY_LABEL,
  RESIDENT_CATEGORIES,
} from '../../residents/model/categories';
import type { Recorded } from '../monthly-figures';
import { vnNumber } from './format';

/** The words the report prints for the system's codes, and small number phrasings. */

export const AGE_BAND_LABELS: Record<string, string> = {
  under4: 'Dưới 4 tuổi',
  '4-5': 'Từ 4 đến 5 tuổi',
  '6-10': 'Từ 6 đến 10 tuổi',
  '11-15': 'Từ 11 đến 15 tuổi',
  '16-17': 'Từ 16 đến 17 tuổi',
  '18-59': 'Từ 18 đến 59 tuổi',
  '60-79': 'Từ 60 đến 79 tuổi',
  '80+': 'Từ 80 tuổi trở lên',
};

export const LEVEL_LABELS: Record<string, string> = {
  nursery: 'Mầm non',
  primary: 'Tiểu học',
  lower_secondary: 'Trung học cơ sở',
  upper_secondary: 'Trung học phổ thông',
  vocational_intermediate: 'Trung cấp nghề',
  college: 'Cao đẳng',
  university: 'Đại học',
  continuing_education: 'Giáo dục thường xuyên',
  special_education: 'Giáo dục chuyên biệt',
};

export const INCIDENT_KIND_LABELS: Record<string, string> = {
  fall: 'Té ngã',
  injury: 'Chấn thương',
  illness: 'Ốm đau đột xuất',
  aggression: 'Hành vi gây hấn',
  self_harm: 'Tự gây thương tích',
  running_away: 'Tự ý bỏ đi',
  suspected_abuse: 'Nghi bị xâm hại, bạo lực',
  death: 'Tử vong',
};

export const INCIDENT_SEVERITY_LABELS: Record<string, string> = {
  minor: 'Nhẹ',
  moderate: 'Trung bình',
  serious: 'Nghiêm trọng',
  critical: 'Đặc biệt nghiêm trọng',
};

export const SHIFT_LABELS: Record<string, string> = {
  morning: 'Ca sáng',
  afternoon: 'Ca chiều',
  night: 'Ca đêm',
};

/** The staff roles as the section names them (TT 33/2017 Điều 5 names the first three). */
export const STAFF_ROLE_LABELS: Record<string, string> = {
  caretaker: 'Nhân viên chăm sóc',
  social_worker: 'Nhân viên công tác xã hội',
  nurse: 'Nhân viên y tế',
  admin: 'Quản lý, hành chính',
};

/** 2.5 → "2,5" */
export const vnDecimal = (n: number): string => n.toFixed(1).replace('.', ',');

/** Above the requirement "+1", below it "−2", on it "0"; no requirement: a dash. */
export function againstRequired(have: number, required: number | null): string {
  if (required === null) return '—';
  const d = have - required;
  return d > 0 ? `+${vnNumber(d)}` : d < 0 ? `−${vnNumber(-d)}` : '0';
}

/** What the annex says of a movement: one phrase, no word said twice. */
const MOVEMENT_LABELS: Record<string, string> = {
  regular: 'Tiếp nhận thường xuyên',
  emergency: 'Tiếp nhận khẩn cấp',
  voluntary: 'Tiếp nhận theo hợp đồng tự nguyện',
  readmitted: 'Tiếp nhận lại',
  death: 'Chết',
  transferred: 'Chuyển cơ sở khác',
};

export const categoryLabel = (c: string): string =>
  c === CHILD_CATEGORY
    ? CHILD_CATEGORY_LABEL.vi
    : ((RESIDENT_CATEGORIES as Record<string, { vi: string }>)[c]?.vi ?? c);

export function movementLabel(movement: 'admission' | 'discharge', detail: string): string {
  if (MOVEMENT_LABELS[detail]) return MOVEMENT_LABELS[detail];
  const ground = (DISCHARGE_GROUNDS as Record<string, { vi: string }>)[detail]?.vi;
  if (movement === 'discharge') return `Thôi trợ giúp: ${ground ?? detail}`;
  return detail;
}

/** A figure the facility does not record yet: said plainly, without the system's inner words. */
export function shown<T>(r: Recorded<T>, fmt: (v: T) => string): string {
  return r.recorded ? fmt(r.value) : 'Chưa tổng hợp';
}
