import { fieldError, type FieldError } from '../../common/errors/problem.exception';
import type { Text } from '../../common/errors/messages';
import { Role } from '../../identity/role';
import type { EmergencyKind, ResidentCategory } from './categories';
import { checkCccd, type CccdProblem } from './identifiers';
import { AdmissionType, ResidentStatus, type Sex } from './resident.enums';
import { ADMISSION_TYPE_WORDS } from './status-words';

/** Roles that may read and write HIV status, abuse and trafficking history, psychiatric diagnosis. */
export const SENSITIVE_ROLES: readonly Role[] = [Role.Admin, Role.Nurse, Role.SocialWorker];

/** Residents who occupy a bed and count against capacity. */
export const PRESENT_STATUSES: readonly ResidentStatus[] = [
  ResidentStatus.Active,
  ResidentStatus.OnLeave,
];

export interface PersonFacts {
  fullName: string;
  dateOfBirth: string | null;
  birthYear: number | null;
  sex: Sex;
  personalId: string | null;
  categories: ResidentCategory[];
  emergencyKind: EmergencyKind | null;
}

const CCCD_TEXT: Record<CccdProblem, Text> = {
  format: { vi: 'Số CCCD phải gồm 12 chữ số', en: 'A CCCD has 12 digits' },
  sex: {
    vi: 'Chữ số thứ 4 của CCCD không khớp giới tính',
    en: "The CCCD's 4th digit contradicts the sex",
  },
  century: {
    vi: 'Chữ số thứ 4 của CCCD không khớp thế kỷ sinh',
    en: "The CCCD's 4th digit contradicts the birth century",
  },
  birthYear: {
    vi: 'Chữ số 5–6 của CCCD không khớp năm sinh',
    en: "The CCCD's 5th-6th digits contradict the birth year",
  },
};

/** The year of birth, from the date if known. */
export function birthYearOf(p: {
  dateOfBirth: string | null;
  birthYear: number | null;
}): number | null {
  return p.dateOfBirth ? Number(p.dateOfBirth.slice(0, 4)) : p.birthYear;
}

/** Rules about the person that span fields; each broken rule names its field. */
export function checkPerson(
  p: PersonFacts,
  today: string,
  admittedOn: string | null,
): FieldError[] {
  const errors: FieldError[] = [];
  if (p.fullName.trim().length === 0)
    errors.push(
      fieldError('fullName', 'isNotEmpty', 'Họ tên không được để trống', 'Name must not be blank'),
    );
  if (!p.dateOfBirth && p.birthYear === null) {
    errors.push(
      fieldError(
        'dateOfBirth',
        'isDefined',
        'Cần ngày sinh hoặc năm sinh',
        'A birth date or a birth year is required',
      ),
    );
  }
  if (p.dateOfBirth && p.birthYear !== null && Number(p.dateOfBirth.slice(0, 4)) !== p.birthYear) {
    errors.push(
      fieldError(
        'birthYear',
        'birthYearMismatch',
        'Năm sinh khác năm của ngày sinh',
        'birthYear differs from the year of dateOfBirth',
      ),
    );
  }
  if (p.dateOfBirth && p.dateOfBirth > today) {
    errors.push(
      fieldError(
        'dateOfBirth',
        'futureDate',
        'Ngày sinh ở tương lai',
        'Birth date is in the future',
      ),
    );
  }
  const year = birthYearOf(p);
  if (year !== null && year > Number(today.slice(0, 4))) {
    errors.push(
      fieldError('birthYear', 'futureDate', 'Năm sinh ở tương lai', 'Birth year is in the future'),
    );
  }
  if (admittedOn) {
    if (admittedOn > today) {
      errors.push(
        fieldError(
          'admittedOn',
          'futureDate',
          'Ngày tiếp nhận ở tương lai',
          'Admission date is in the future',
        ),
      );
    }
    const born = p.dateOfBirth ?? (year !== null ? `${year}-01-01` : null);
    if (born && admittedOn < born) {
      errors.push(
        fieldError(
          'admittedOn',
          'beforeBirth',
          'Ngày tiếp nhận trước ngày sinh',
          'Admission date is before the birth',
        ),
      );
    }
  }
  if (p.personalId) {
    const problem = checkCccd(p.personalId, p.sex, year);
    if (problem)
      errors.push({ field: 'personalId', code: 'invalidCccd', text: CCCD_TEXT[problem] });
  }
  errors.push(...checkEmergencyKind(p.categories, p.emergencyKind));
  return errors;
}

/** Emergency protection (khoản 2) needs its kind; no other category takes one. */
export function checkEmergencyKind(
  categories: ResidentCategory[],
  emergencyKind: EmergencyKind | null | undefined,
): FieldError[] {
  const errors: FieldError[] = [];
  const emergency = categories.includes('k2_emergency');
  if (emergency && !emergencyKind) {
    errors.push(
      fieldError(
        'emergencyKind',
        'isDefined',
        'Cần loại bảo vệ khẩn cấp',
        'Emergency protection needs its kind',
      ),
    );
  }
  if (!emergency && emergencyKind) {
    errors.push(
      fieldError(
        'emergencyKind',
        'notApplicable',
        'Chỉ dùng với đối tượng cần bảo vệ khẩn cấp',
        'Only for a person in need of emergency protection',
      ),
    );
  }
  return errors;
}

export interface AdmissionFacts {
  type: AdmissionType;
  decisionNo?: string;
  decisionDate?: string;
  emergency?: object;
  voluntary?: { startsOn: string; endsOn?: string };
  categories: ResidentCategory[];
}

/** What each admission path needs (ND 20/2021 Điều 27–28). */
export function checkAdmissionPath(a: AdmissionFacts): FieldError[] {
  const errors: FieldError[] = [];
  const required = (field: string) =>
    errors.push(
      fieldError(
        field,
        'isDefined',
        `Bắt buộc khi ${ADMISSION_TYPE_WORDS[a.type].vi}`,
        `Required for ${ADMISSION_TYPE_WORDS[a.type].en}`,
      ),
    );
  switch (a.type) {
    case AdmissionType.Regular:
      if (!a.decisionNo) required('decisionNo');
      if (!a.decisionDate) required('decisionDate');
      break;
    case AdmissionType.Emergency:
      if (!a.emergency) required('emergency');
      break;
    case AdmissionType.Voluntary:
      if (!a.voluntary) required('voluntary');
      else if (a.voluntary.endsOn && a.voluntary.endsOn < a.voluntary.startsOn) {
        errors.push(
          fieldError(
            'voluntary.endsOn',
            'beforeStart',
            'Hợp đồng kết thúc trước khi bắt đầu',
            'The contract ends before it starts',
          ),
        );
      }
      if (!a.categories.includes('k5_voluntary')) {
        errors.push(
          fieldError(
            'categories',
            'voluntaryCategory',
            'Tiếp nhận tự nguyện cần đối tượng k5_voluntary',
            'A voluntary admission needs k5_voluntary',
          ),
        );
      }
      break;
  }
  return errors;
}

export type StatusMoveResult =
  { ok: true; event: 'leave_started' | 'leave_ended' | 'transferred' } | { ok: false };

/** The status machine for moves made through the register (discharge and death go through discharge). */
export function statusMove(
  from: ResidentStatus,
  to: 'on_leave' | 'active' | 'transferred',
): StatusMoveResult {
  switch (to) {
    case 'on_leave':
      return from === ResidentStatus.Active ? { ok: true, event: 'leave_started' } : { ok: false };
    case 'active':
      return from === ResidentStatus.OnLeave ? { ok: true, event: 'leave_ended' } : { ok: false };
    case 'transferred':
      return PRESENT_STATUSES.includes(from) ? { ok: true, event: 'transferred' } : { ok: false };
  }
}

/** m² a resident needs in a room (TT 33/2017): 8 for 24-hour care, else 6. */
export function areaNeeded(needs24hCare: boolean): number {
  return needs24hCare ? 8 : 6;
}
