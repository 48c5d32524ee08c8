/**
 * The column layout of a register import (CSV or XLSX). Row 1 holds the headers: either the
 * Vietnamese header or the key. Dates as YYYY-MM-DD or DD/MM/YYYY; lists separated by ";".
 * Sensitive facts (HIV status, abuse history…) are not imported: a nurse or social worker
 * records them afterwards, so they never travel in a spreadsheet.
 */
export interface ImportColumn {
  key: string;
  header: string;
  note: string;
  kind: 'text' | 'date' | 'int' | 'bool' | 'list';
}

export const IMPORT_COLUMNS: ImportColumn[] = [
  {
    key: 'type',
    header: 'Hình thức tiếp nhận',
    note: 'regular | emergency | voluntary',
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
    note: '01 Kinh … 54 Rơ Măm, 55 nước ngoài',
    kind: 'text',
  },
  { key: 'religion', header: 'Tôn giáo', note: '', kind: 'text' },
  { key: 'hometownProvince', header: 'Tỉnh quê quán', note: '', kind: 'text' },
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
    note: 'mã, cách nhau bởi ; (k1_child_orphan; k1_child_hiv)',
    kind: 'list',
  },
  { key: 'emergencyKind', header: 'Loại bảo vệ khẩn cấp', note: 'với k2_emergency', kind: 'text' },
  { key: 'disabilityKind', header: 'Dạng khuyết tật', note: '', kind: 'text' },
  {
    key: 'disabilityLevel',
    header: 'Mức độ khuyết tật',
    note: 'mild | severe | extreme',
    kind: 'text',
  },
  {
    key: 'mobility',
    header: 'Vận động',
    note: 'independent | assisted | wheelchair | bedridden',
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
  { key: 'dossierPresent', header: 'Hồ sơ đã có', note: 'mã, cách nhau bởi ;', kind: 'list' },
  { key: 'foundAt', header: 'Nơi phát hiện', note: 'emergency', kind: 'text' },
  { key: 'foundOn', header: 'Ngày phát hiện', note: 'emergency', kind: 'date' },
  { key: 'foundBy', header: 'Người/cơ quan phát hiện', note: 'emergency', kind: 'text' },
  { key: 'contractNo', header: 'Số hợp đồng', note: 'voluntary', kind: 'text' },
  { key: 'contractStartsOn', header: 'Hợp đồng từ ngày', note: 'voluntary', kind: 'date' },
  { key: 'contractEndsOn', header: 'Hợp đồng đến ngày', note: 'voluntary', kind: 'date' },
  { key: 'payer', header: 'Người chi trả', note: 'voluntary', kind: 'text' },
  {
    key: 'confirmNotDuplicate',
    header: 'Xác nhận không trùng',
    note: 'x nếu đã kiểm tra',
    kind: 'bool',
  },
];

export const MAX_IMPORT_ROWS = 2000;
