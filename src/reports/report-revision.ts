/** How a regenerated version differs from the one it replaces, in data and in words. */

/** The figures that differ between two versions, as dotted paths ("census.atEnd"). */
export function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  // Key order is not a change: the archived data comes back from jsonb with its keys reordered.
  if (canonical(before) === canonical(after)) return [];
  const isObj = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObj(before) || !isObj(after)) return [prefix || '(all)'];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].flatMap((k) => changedPaths(before[k], after[k], prefix ? `${prefix}.${k}` : k));
}

/** JSON with object keys sorted, so that equal data compares equal whatever its key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export interface CorrectedRecord {
  /** The resident's code (a report names nobody). */
  code: string;
  what: 'stay' | 'facts';
}

const CORRECTION_LABEL: Record<CorrectedRecord['what'], string> = {
  stay: 'tiếp nhận, thôi trợ giúp',
  facts: 'diện đối tượng, phòng, trạng thái',
};

/**
 * The document's words for a section whose figures changed (the archived `changedFigures` keep the
 * exact figures, for the API): a department reads "Cơ cấu đối tượng", not composition.bySex.female.
 */
const SECTION_WORDS: Record<string, string> = {
  month: 'kỳ báo cáo',
  census: 'Số lượng đối tượng',
  composition: 'Cơ cấu đối tượng',
  allowance: 'Kinh phí trợ cấp nuôi dưỡng',
  health: 'Chăm sóc sức khỏe',
  incidents: 'Sự cố',
  nutrition: 'Dinh dưỡng',
  schooling: 'Học tập, học nghề',
  socialWork: 'Công tác xã hội',
  staffing: 'Nhân viên chăm sóc theo định mức',
  staffByRole: 'Nhân sự theo vị trí so với định mức',
  byMonth: 'Biến động đối tượng theo tháng',
  annex: 'phụ lục danh sách đối tượng',
};

/** What a regenerated version says: what it replaces, why, which figures and records changed. */
export function revisionNote(
  version: number,
  reason: string | null,
  changed: string[] | null,
  corrected: CorrectedRecord[] | null,
): string | null {
  if (version === 1) return null;
  const sections = [
    ...new Set((changed ?? []).map((c) => SECTION_WORDS[c.split('.')[0] ?? ''] ?? 'số liệu khác')),
  ];
  const figures =
    sections.length > 0
      ? `Số liệu đã điều chỉnh ở các mục: ${sections.join(', ')}.`
      : 'Số liệu không thay đổi.';
  const records =
    corrected && corrected.length > 0
      ? ` Hồ sơ của kỳ được ghi hoặc sửa sau phiên bản ${version - 1}: ${corrected
          .slice(0, 20)
          .map((c) => `${c.code} (${CORRECTION_LABEL[c.what]})`)
          .join(', ')}${corrected.length > 20 ? ` và ${corrected.length - 20} hồ sơ khác` : ''}.`
      : '';
  return `Phiên bản ${version} thay thế phiên bản ${version - 1}. Lý do: ${reason}. ${figures}${records}`;
}
