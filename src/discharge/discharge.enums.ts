/** Grounds for leaving the facility, ND 20/2021 Điều 30 (a)–(k). */
export const DISCHARGE_GROUNDS = {
  case_closed: { vi: 'Kết thúc quản lý trường hợp (a)', en: 'Case management ended (a)' },
  family_request: {
    vi: 'Gia đình, người giám hộ đề nghị (b, Mẫu 09)',
    en: 'Family or guardian request (b)',
  },
  adopted: { vi: 'Được nhận làm con nuôi (c)', en: 'Adopted (c)' },
  age_limit: {
    vi: 'Đủ 16 tuổi; đến 22 tuổi nếu đang học (d)',
    en: 'Reached 16, or 22 while studying (d)',
  },
  cannot_serve: {
    vi: 'Cơ sở không đủ điều kiện chăm sóc (đ)',
    en: 'The facility cannot serve the person (đ)',
  },
  lost_contact: { vi: 'Không liên lạc được quá 1 tháng (e)', en: 'No contact for a month (e)' },
  own_request: { vi: 'Đối tượng tự nguyện xin ra (g)', en: 'The person asks to leave (g)' },
  death: { vi: 'Chết, mất tích (h)', en: 'Death or declared missing (h)' },
  contract_ended: { vi: 'Hết hạn hợp đồng (i)', en: 'Contract ended (i)' },
  other: { vi: 'Lý do khác (k)', en: 'Other (k)' },
} as const;
export type DischargeGround = keyof typeof DISCHARGE_GROUNDS;
export const DISCHARGE_GROUND_CODES = Object.keys(DISCHARGE_GROUNDS) as DischargeGround[];

export const DESTINATION_KINDS = ['family', 'guardian', 'facility', 'independent'] as const;
export type DestinationKind = (typeof DESTINATION_KINDS)[number];

/** Destinations after which the person is followed up (TT 02/2020: at least 6 months). */
export const FOLLOWED_DESTINATIONS: readonly DestinationKind[] = [
  'family',
  'guardian',
  'independent',
];

/** Working days within which the head decides after a request (ND 20/2021 Điều 30). */
export const DECISION_WORKING_DAYS = 7;
/** Independent living: the allowance may continue for at most this many months. */
export const MAX_ALLOWANCE_MONTHS = 24;
export const DEFAULT_FOLLOW_UP_MONTHS = [1, 3, 6];
