import { DOSSIER_ITEMS, EMERGENCY_KINDS, RESIDENT_CATEGORIES } from '../model/categories';
import type { DossierItem, EmergencyKind, ResidentCategory } from '../model/categories';
import { foldName } from '../model/identifiers';
import { AdmissionType, ResidentStatus } from '../model/resident.enums';

/**
 * The words a register may hold instead of the codes: the template has Vietnamese headers, and a
 * centre's spreadsheet says "Nữ", "Trẻ em mồ côi cả cha và mẹ" or "Thái", not `female`,
 * `k1_child_orphan` or `03`. Each column's vocabulary maps a code, or any of its labels, to the
 * code; case, diacritics, hyphens and spaces are ignored, except where two labels of a column
 * would then read alike (such a label matches only as written).
 */
export function wordKey(text: string): string {
  return foldName(text).replace(/[\s\-'’]/g, '');
}

const asWritten = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');

export class Vocabulary<C extends string = string> {
  private readonly folded = new Map<string, C | null>();
  private readonly written = new Map<string, C>();
  private readonly labels = new Map<C, string>();

  constructor(entries: readonly (readonly [C, readonly string[]])[]) {
    for (const [code, labels] of entries) {
      this.labels.set(code, labels[0] ?? code);
      for (const label of [code, ...labels]) {
        this.written.set(asWritten(label), code);
        const key = wordKey(label);
        const seen = this.folded.get(key);
        // Two codes whose labels fold alike: neither is found by the folded form.
        this.folded.set(key, seen === undefined || seen === code ? code : null);
      }
    }
  }

  /** The first word of a code, as the register export writes it. */
  label(code: C): string {
    return this.labels.get(code) ?? code;
  }

  /** The code a cell stands for, or undefined when it names none. */
  code(text: string): C | undefined {
    return this.written.get(asWritten(text.trim())) ?? this.folded.get(wordKey(text)) ?? undefined;
  }
}

export const ADMISSION_TYPE_WORDS = new Vocabulary<AdmissionType>([
  [
    AdmissionType.Regular,
    ['Thường xuyên', 'Tiếp nhận thường xuyên', 'Thường xuyên (có quyết định)'],
  ],
  [AdmissionType.Emergency, ['Khẩn cấp', 'Tiếp nhận khẩn cấp']],
  [AdmissionType.Voluntary, ['Tự nguyện', 'Tiếp nhận tự nguyện', 'Tự nguyện (hợp đồng)']],
]);

export const SEX_WORDS = new Vocabulary<'male' | 'female'>([
  ['male', ['Nam']],
  ['female', ['Nữ']],
]);

/** The legal wording (categories.ts) and the short one of the admission form. */
const CATEGORY_SHORT: Record<ResidentCategory, string> = {
  k1_child_abandoned: 'Trẻ em bị bỏ rơi (khoản 1)',
  k1_child_orphan: 'Trẻ em mồ côi (khoản 1)',
  k1_child_other: 'Trẻ em khác (khoản 1)',
  k1_child_hiv: 'Trẻ em nhiễm HIV (khoản 1)',
  k1_elderly_alone: 'Người cao tuổi cô đơn (khoản 1)',
  k1_disabled_severe: 'Người khuyết tật đặc biệt nặng (khoản 1)',
  k2_emergency: 'Cần bảo vệ khẩn cấp (khoản 2)',
  k3_administrative: 'Đưa vào theo quyết định hành chính (khoản 3)',
  k5_voluntary: 'Tự nguyện, có đóng phí (khoản 5)',
};
export const CATEGORY_WORDS = new Vocabulary<ResidentCategory>(
  (Object.keys(RESIDENT_CATEGORIES) as ResidentCategory[]).map((c) => [
    c,
    [RESIDENT_CATEGORIES[c].vi, CATEGORY_SHORT[c]],
  ]),
);

const EMERGENCY_KIND_VI: Record<EmergencyKind, string> = {
  domestic_violence: 'Bạo lực gia đình',
  sexual_abuse: 'Xâm hại tình dục',
  trafficking: 'Mua bán người',
  forced_labour: 'Cưỡng bức lao động',
  vagrant: 'Lang thang',
  other: 'Khác',
};
export const EMERGENCY_KIND_WORDS = new Vocabulary<EmergencyKind>(
  EMERGENCY_KINDS.map((k) => [k, [EMERGENCY_KIND_VI[k]]]),
);
export const emergencyKindLabel = (k: EmergencyKind): string => EMERGENCY_KIND_VI[k];

export const DISABILITY_LEVEL_WORDS = new Vocabulary([
  ['mild', ['Nhẹ']],
  ['severe', ['Nặng']],
  ['extreme', ['Đặc biệt nặng']],
] as const);

export const MOBILITY_WORDS = new Vocabulary([
  ['independent', ['Tự đi lại']],
  ['assisted', ['Cần người hỗ trợ', 'Cần hỗ trợ', 'Cần người đỡ']],
  ['wheelchair', ['Xe lăn']],
  ['bedridden', ['Nằm một chỗ', 'Nằm tại giường', 'Nằm liệt giường']],
] as const);

/** The dossier's documents by their legal wording, with or without "(nếu có)", or as the form says. */
const DOSSIER_SHORT: Record<DossierItem, string> = {
  declaration_mau07: 'Tờ khai (mẫu 07)',
  birth_certificate: 'Giấy khai sinh',
  disability_certificate: 'Giấy xác nhận khuyết tật',
  hiv_confirmation: 'Giấy xác nhận nhiễm HIV',
  commune_request: 'Đề nghị của UBND cấp xã',
  admission_decision: 'Quyết định tiếp nhận',
  intake_record: 'Biên bản tiếp nhận',
  care_contract_mau08: 'Hợp đồng chăm sóc (mẫu 08)',
  identity_document: 'Căn cước',
};
export const DOSSIER_WORDS = new Vocabulary<DossierItem>(
  (Object.keys(DOSSIER_ITEMS) as DossierItem[]).map((d) => [
    d,
    [DOSSIER_ITEMS[d].vi, DOSSIER_ITEMS[d].vi.replace(/\s*\(nếu có\)$/, ''), DOSSIER_SHORT[d]],
  ]),
);

/** The register's statuses as the export writes them ("Trạng thái"). */
export const STATUS_LABELS: Record<ResidentStatus, string> = {
  [ResidentStatus.Active]: 'Đang nuôi dưỡng',
  [ResidentStatus.OnLeave]: 'Tạm vắng',
  [ResidentStatus.Discharged]: 'Đã thôi',
  [ResidentStatus.Deceased]: 'Đã mất',
  [ResidentStatus.Transferred]: 'Đã chuyển',
};
export const STATUS_WORDS = new Vocabulary<ResidentStatus>(
  (Object.keys(STATUS_LABELS) as ResidentStatus[]).map((s) => [s, [STATUS_LABELS[s]]]),
);

/** Yes in a tick column: "x", "có", "yes"… (anything else is an error, not a no). */
export const YES_WORDS = new Vocabulary([['yes', ['x', 'có', 'true', '1', 'đúng']]] as const);
