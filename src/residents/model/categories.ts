/**
 * Legal categories of residents, ND 20/2021 Điều 24 (several may apply to one person).
 * Codes are stable identifiers used in the API, filters and reports.
 */
export const RESIDENT_CATEGORIES = {
  k1_child_abandoned: { clause: 1, vi: 'Trẻ em bị bỏ rơi', en: 'Abandoned child' },
  k1_child_orphan: {
    clause: 1,
    vi: 'Trẻ em mồ côi cả cha và mẹ',
    en: 'Child orphaned of both parents',
  },
  k1_child_other: {
    clause: 1,
    vi: 'Trẻ em không nơi nương tựa khác (Điều 5 khoản 1 c–l)',
    en: 'Other child without carer (Art. 5(1) c–l)',
  },
  k1_child_hiv: {
    clause: 1,
    vi: 'Trẻ em nhiễm HIV thuộc hộ nghèo',
    en: 'Child with HIV of a poor household',
  },
  k1_elderly_alone: {
    clause: 1,
    vi: 'Người cao tuổi cô đơn không nơi nương tựa',
    en: 'Lonely elderly person',
  },
  k1_disabled_severe: {
    clause: 1,
    vi: 'Người khuyết tật đặc biệt nặng không nơi nương tựa',
    en: 'Severely disabled person without support',
  },
  k2_emergency: { clause: 2, vi: 'Đối tượng cần bảo vệ khẩn cấp', en: 'Emergency protection' },
  k3_administrative: {
    clause: 3,
    vi: 'Người chưa thành niên, người không còn khả năng lao động (xử lý vi phạm hành chính)',
    en: 'Minor or person unable to work, administrative placement',
  },
  k5_voluntary: {
    clause: 5,
    vi: 'Đối tượng tự nguyện (hợp đồng)',
    en: 'Voluntary, under contract',
  },
} as const;

export type ResidentCategory = keyof typeof RESIDENT_CATEGORIES;
export const CATEGORY_CODES = Object.keys(RESIDENT_CATEGORIES) as ResidentCategory[];

/**
 * The children's categories of khoản 1, which a role without HIV access sees as one: leaving the
 * HIV category out would show an HIV-positive child as a child with no category, and showing it
 * as another child category would be false. So every child of khoản 1 is `k1_child` to such a
 * role, in every view, export and report annex, whatever their categories are.
 */
export const CHILD_CATEGORIES: readonly ResidentCategory[] = [
  'k1_child_abandoned',
  'k1_child_orphan',
  'k1_child_other',
  'k1_child_hiv',
];
export const CHILD_CATEGORY = 'k1_child';
export const CHILD_CATEGORY_LABEL = {
  vi: 'Trẻ em thuộc diện nuôi dưỡng (khoản 1)',
  en: 'Child in residential care (clause 1)',
} as const;

/** A category as a view shows it: one of the codes, or `k1_child` for a role without HIV access. */
export type ShownCategory = ResidentCategory | typeof CHILD_CATEGORY;
export const SHOWN_CATEGORY_CODES: readonly ShownCategory[] = [...CATEGORY_CODES, CHILD_CATEGORY];

/** The categories `categories` as a role sees them (`seesSensitive`: it may see HIV facts). */
export function shownCategories(
  categories: readonly ResidentCategory[],
  seesSensitive: boolean,
): ShownCategory[] {
  if (seesSensitive) return [...categories];
  const shown: ShownCategory[] = [];
  for (const c of categories) {
    const s: ShownCategory = CHILD_CATEGORIES.includes(c) ? CHILD_CATEGORY : c;
    if (!shown.includes(s)) shown.push(s);
  }
  return shown;
}

/** The Vietnamese / English label of a shown category. */
export function categoryLabel(c: ShownCategory, lang: 'vi' | 'en' = 'vi'): string {
  return c === CHILD_CATEGORY ? CHILD_CATEGORY_LABEL[lang] : RESIDENT_CATEGORIES[c][lang];
}

/** Kinds of emergency protection (khoản 2). */
export const EMERGENCY_KINDS = [
  'domestic_violence',
  'sexual_abuse',
  'trafficking',
  'forced_labour',
  'vagrant',
  'other',
] as const;
export type EmergencyKind = (typeof EMERGENCY_KINDS)[number];

/**
 * Documents of an admission dossier: the regular dossier (ND 20/2021 Điều 27 khoản 1), the
 * emergency intake record and the voluntary contract's papers. Which apply to a person:
 * `dossierChecklist` (dossier.ts).
 */
export const DOSSIER_ITEMS = {
  declaration_mau07: { vi: 'Tờ khai đề nghị trợ giúp xã hội (Mẫu 07)', en: 'Declaration, form 07' },
  birth_certificate: { vi: 'Bản sao giấy khai sinh', en: 'Copy of the birth certificate' },
  disability_certificate: {
    vi: 'Giấy xác nhận khuyết tật (nếu có)',
    en: 'Disability certificate (if any)',
  },
  hiv_confirmation: { vi: 'Giấy xác nhận nhiễm HIV (nếu có)', en: 'HIV confirmation (if any)' },
  commune_request: {
    vi: 'Văn bản đề nghị của UBND cấp xã',
    en: "Commune People's Committee request",
  },
  admission_decision: {
    vi: 'Quyết định tiếp nhận của người đứng đầu cơ sở',
    en: 'Admission decision of the head',
  },
  intake_record: {
    vi: 'Biên bản tiếp nhận khẩn cấp',
    en: 'Emergency intake record',
  },
  care_contract_mau08: {
    vi: 'Hợp đồng chăm sóc tự nguyện (Mẫu 08)',
    en: 'Voluntary care contract, form 08',
  },
  identity_document: {
    vi: 'Giấy tờ tùy thân',
    en: 'Identity document',
  },
} as const;
export type DossierItem = keyof typeof DOSSIER_ITEMS;
export const DOSSIER_CODES = Object.keys(DOSSIER_ITEMS) as DossierItem[];
/**
 * Dossier items that disclose a sensitive fact by being present (or by not being missing): shown
 * only to the roles that may see sensitive facts (categories: see CHILD_CATEGORIES).
 */
export const SENSITIVE_DOSSIER_ITEMS: readonly DossierItem[] = ['hiv_confirmation'];
