import { fieldError, FieldError } from '../common/errors/problem.exception';
import { DOSE_TIME } from './medication.enums';

/** The facts of a prescription that its rules look at (a create, or a row merged with a change). */
export interface PrescriptionFacts {
  medicineName: string;
  times: readonly string[];
  asNeeded: boolean;
  prnReason: string | null;
  maxPer24h: number | null;
  startDate: string;
  endDate: string | null;
  sensitive: boolean;
  caretakerLabel: string | null;
}

/** Times of day sorted and without repeats (validation has already checked their form). */
export const normalizeTimes = (times: readonly string[]): string[] => [...new Set(times)].sort();

/**
 * The rules between fields: a scheduled prescription has times and no PRN facts; an as-needed one
 * has its reason and maximum and no times; the end is not before the start; a sensitive medicine
 * has a label for caretakers that does not name it.
 */
export function prescriptionErrors(p: PrescriptionFacts): FieldError[] {
  const errors: FieldError[] = [];
  if (p.asNeeded) {
    if (p.times.length > 0)
      errors.push(
        fieldError(
          'times',
          'notForAsNeeded',
          'Thuốc dùng khi cần không có giờ cố định',
          'An as-needed prescription has no fixed times',
        ),
      );
    if (!p.prnReason?.trim())
      errors.push(
        fieldError(
          'prnReason',
          'isDefined',
          'Cần ghi khi nào được dùng thuốc (khi cần)',
          'Say when the as-needed medicine may be given',
        ),
      );
    if (p.maxPer24h === null)
      errors.push(
        fieldError(
          'maxPer24h',
          'isDefined',
          'Cần số liều tối đa trong 24 giờ',
          'The maximum doses in 24 hours is required',
        ),
      );
  } else {
    if (p.times.length === 0)
      errors.push(
        fieldError(
          'times',
          'isDefined',
          'Cần ít nhất một giờ dùng thuốc, hoặc chọn "khi cần"',
          'At least one time of day, or mark it as needed',
        ),
      );
    if (p.prnReason !== null)
      errors.push(
        fieldError(
          'prnReason',
          'onlyAsNeeded',
          'Chỉ thuốc dùng khi cần mới có lý do dùng',
          'Only an as-needed prescription has a reason for use',
        ),
      );
    if (p.maxPer24h !== null)
      errors.push(
        fieldError(
          'maxPer24h',
          'onlyAsNeeded',
          'Chỉ thuốc dùng khi cần mới có số liều tối đa',
          'Only an as-needed prescription has a maximum',
        ),
      );
  }
  p.times.forEach((t, i) => {
    if (!DOSE_TIME.test(t))
      errors.push(fieldError(`times.${i}`, 'isTime', 'Giờ phải dạng HH:MM', 'A time is HH:MM'));
  });
  if (p.endDate !== null && p.endDate < p.startDate)
    errors.push(
      fieldError(
        'endDate',
        'beforeStart',
        'Ngày kết thúc trước ngày bắt đầu',
        'The end date is before the start date',
      ),
    );
  if (p.sensitive) {
    const label = p.caretakerLabel?.trim() ?? '';
    if (!label)
      errors.push(
        fieldError(
          'caretakerLabel',
          'isDefined',
          'Thuốc nhạy cảm cần tên hiển thị cho nhân viên chăm sóc',
          'A sensitive medicine needs the label caretakers see',
        ),
      );
    else if (label.toLocaleLowerCase('vi').includes(p.medicineName.trim().toLocaleLowerCase('vi')))
      errors.push(
        fieldError(
          'caretakerLabel',
          'namesMedicine',
          'Tên hiển thị không được nêu tên thuốc nhạy cảm',
          'The label must not name the sensitive medicine',
        ),
      );
  }
  return errors;
}

/** Whether a prescription is in force on a date (its stop is checked against each dose's time). */
export function inForceOn(p: { startDate: string; endDate: string | null }, date: string): boolean {
  return p.startDate <= date && (p.endDate === null || p.endDate >= date);
}
