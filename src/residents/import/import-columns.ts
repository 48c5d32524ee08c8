/**
 * The column layout of a register import (CSV or XLSX). Row 1 holds the headers: the Vietnamese
 * header, one of its aliases (the register export's wording) or the key. Dates as YYYY-MM-DD or
 * DD/MM/YYYY; lists separated by ";". Coded columns take the code or its Vietnamese words
 * (import-words.ts).
 * Sensitive facts (HIV status, abuse history…) are not imported: a nurse or social worker
 * records them afterwards, so they never travel in a spreadsheet.
 */
export interface ImportColumn {
  key: string;
  header: string;
  note: string;
  kind: 'text' | 'date' | 'int' | 'bool' | 'list';
  /** Other headers read as this column (the register export's). */
  aliases?: string[];
}

export const IMPORT_COLUMNS: ImportColumn[] = [
  {
    key: 'type',
    header: 'Hình thức tiếp nhận',
    note: 'thường xuyên | khẩn cấp | tự nguyện',
    kind: 'text',
  },
  { key: 'admittedOn', header: 'Ngày tiếp nhận', note: 'YYYY-MM-DD hoặc DD/MM/YYYY', kind: 'date' },
  { key: 'fullName', header: 'Họ và tên', note: 'bắt buộc, tối đa 200 ký tự', kind: 'text' },
  { key: 'preferredName', header: 'Tên thường gọi', note: '', kind: 'text' },
  { key: 'dateOfBirth', header: 'Ngày sinh', note: 'để trống nếu chỉ biết năm sinh', kind: 'date' },
  { key: 'birthYear', header: 'Năm sinh', note: 'khi không biết ngày sinh', kind: 'int' },
  { key: 'birthDateEstimated', header: 'Năm sinh ước tính', note: 'x hoặc để trống', kind: 'bool' },
  { key: 'sex', header: 'Giới tính', note: 'nam | nữ (male | female)', kind: 'text' },
  {
    key: 'ethnicityCode',
    header: 'Mã dân tộc',
    note: 'mã (01 Kinh … 54 Rơ Măm, 55 nước ngoài) hoặc tên dân tộc',
    kind: 'text',
    aliases: ['Dân tộc'],
  },
  { key: 'religion', header: 'Tôn giáo', note: '', kind: 'text' },
  {
    key: 'hometownProvince',
    header: 'Tỉnh quê quán',
    note: '',
    kind: 'text',
    aliases: ['Quê quán (tỉnh)'],
  },
  { key: 'hometownCommune', header: 'Xã quê quán', note: '', kind: 'text' },
  { key: 'placeOfOrigin', header: 'Nơi xuất thân', note: '', kind: 'text' },
  { key: 'personalId', header: 'Số CCCD', note: '12 chữ số', kind: 'text' },
  {
    key: 'healthInsuranceNumber',
    header: 'Số thẻ BHYT',
    note: '10 chữ số hoặc mã 15 ký tự',
    kind: 'text',
  },
  {
    key: 'categories',
    header: 'Diện đối tượng',
    note: 'tên diện hoặc mã, cách nhau bởi ; (Trẻ em mồ côi cả cha và mẹ; k1_child_hiv)',
    kind: 'list',
  },
  {
    key: 'emergencyKind',
    header: 'Loại bảo vệ khẩn cấp',
    note: 'với diện cần bảo vệ khẩn cấp: Bạo lực gia đình | Xâm hại tình dục | Mua bán người | Cưỡng bức lao động | Lang thang | Khác',
    kind: 'text',
  },
  { key: 'disabilityKind', header: 'Dạng khuyết tật', note: '', kind: 'text' },
  {
    key: 'disabilityLevel',
    header: 'Mức độ khuyết tật',
    note: 'nhẹ | nặng | đặc biệt nặng (mild | severe | extreme)',
    kind: 'text',
  },
  {
    key: 'mobility',
    header: 'Vận động',
    note: 'tự đi lại | cần người hỗ trợ | xe lăn | nằm một chỗ',
    kind: 'text',
  },
  { key: 'needs24hCare', header: 'Cần chăm sóc 24/24', note: 'x hoặc để trống', kind: 'bool' },
  { key: 'careInstructions', header: 'Lưu ý chăm sóc', note: '', kind: 'text' },
  { key: 'roomCode', header: 'Phòng', note: 'mã phòng, ví dụ A201', kind: 'text' },
  { key: 'bed', header: 'Giường', note: '', kind: 'text' },
  {
    key: 'decisionNo',
    header: 'Số quyết định tiếp nhận',
    note: 'bắt buộc khi tiếp nhận theo hồ sơ',
    kind: 'text',
  },
  {
    key: 'decisionDate',
    header: 'Ngày quyết định',
    note: 'bắt buộc khi tiếp nhận theo hồ sơ',
    kind: 'date',
  },
  {
    key: 'dossierPresent',
    header: 'Hồ sơ đã có',
    note: 'tên giấy tờ hoặc mã, cách nhau bởi ;',
    kind: 'list',
  },
  { key: 'foundAt', header: 'Nơi phát hiện', note: 'khi tiếp nhận khẩn cấp', kind: 'text' },
  { key: 'foundOn', header: 'Ngày phát hiện', note: 'khi tiếp nhận khẩn cấp', kind: 'date' },
  {
    key: 'foundBy',
    header: 'Người/cơ quan phát hiện',
    note: 'khi tiếp nhận khẩn cấp',
    kind: 'text',
  },
  { key: 'contractNo', header: 'Số hợp đồng', note: 'khi tiếp nhận tự nguyện', kind: 'text' },
  {
    key: 'contractStartsOn',
    header: 'Hợp đồng từ ngày',
    note: 'khi tiếp nhận tự nguyện',
    kind: 'date',
  },
  {
    key: 'contractEndsOn',
    header: 'Hợp đồng đến ngày',
    note: 'khi tiếp nhận tự nguyện',
    kind: 'date',
  },
  { key: 'payer', header: 'Người chi trả', note: 'khi tiếp nhận tự nguyện', kind: 'text' },
  {
    key: 'confirmNotDuplicate',
    header: 'Xác nhận không trùng',
    note: 'x nếu đã kiểm tra',
    kind: 'bool',
  },
];

/**
 * Columns of the register export (src/reports/exports.service.ts) that the import reads too, so
 * that an export imports as it is: the resident's code (kept when given; blank: the next code)
 * and the status (a person no longer in care is not imported: the answer lists the row as skipped).
 */
export const REGISTER_COLUMNS: ImportColumn[] = [
  {
    key: 'code',
    header: 'Mã đối tượng',
    note: 'DB-năm-số, để trống để hệ thống cấp',
    kind: 'text',
  },
  {
    key: 'status',
    header: 'Trạng thái',
    note: 'Đang nuôi dưỡng | Tạm vắng | Đã thôi…',
    kind: 'text',
  },
];

export const MAX_IMPORT_ROWS = 2000;
