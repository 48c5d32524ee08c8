import { HttpStatus } from '@nestjs/common';
import { addDays, parseIsoDate } from '../calendar/dates';
import { fieldError, FieldError, ProblemException } from '../common/errors/problem.exception';
import type { Text } from '../common/errors/messages';
import { PRESENT_STATUSES } from '../residents/model/resident-rules';
import type { Resident } from '../residents/model/resident.entity';
import type { ResidentStatus } from '../residents/model/resident.enums';
import type { CareObservationDto } from './dto/daily-record.dto';
import { RESIDENT_STATUS_WORDS } from '../residents/model/status-words';

/** Meals that happen once a day; snacks and infant feeds may repeat. */
const ONCE_A_DAY = new Set(['breakfast', 'lunch', 'dinner']);

/** Rules of a record's content that class-validator cannot see; `prefix` names a batch row. */
export function observationErrors(dto: CareObservationDto, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  (dto.meals ?? []).forEach((m, i) => {
    if (ONCE_A_DAY.has(m.meal) && seen.has(m.meal))
      errors.push(
        fieldError(
          `${prefix}meals.${i}.meal`,
          'duplicateMeal',
          'Bữa ăn bị ghi hai lần',
          'Meal given twice',
        ),
      );
    seen.add(m.meal);
  });
  errors.push(...medicationWriteErrors(dto, prefix));
  if (dto.handover === true && !dto.handoverMessage?.trim())
    errors.push(
      fieldError(
        `${prefix}handoverMessage`,
        'isDefined',
        'Cần nội dung bàn giao cho ca sau',
        'A handover needs a message for the next shift',
      ),
    );
  return errors;
}

/** The daily record's fields that the medication round fills (shift-medication.ts). */
const ROUND_FIELDS = ['medicationGiven', 'medicationNote'] as const;

/**
 * Medication is recorded dose by dose in the medication round (POST /medication-round/batch);
 * the daily record only reports what the round holds, so a record naming it is refused (`null`,
 * which writes nothing, is let through).
 */
export function medicationWriteErrors(dto: CareObservationDto, prefix = ''): FieldError[] {
  return ROUND_FIELDS.filter((f) => dto[f] !== undefined && dto[f] !== null).map((f) =>
    fieldError(
      `${prefix}${f}`,
      'medicationRound',
      'Thuốc được ghi theo từng liều ở vòng phát thuốc (POST /medication-round/batch), không ghi trên phiếu theo dõi',
      'Medication is recorded dose by dose in the medication round (POST /medication-round/batch), not on the daily record',
    ),
  );
}

/** A record's date: not in the future, not before the resident's admission. */
export function recordDateErrors(
  field: string,
  date: string,
  today: string,
  admittedOn: string | null,
): FieldError[] {
  if (date > today)
    return [fieldError(field, 'futureDate', 'Ngày ghi ở tương lai', 'The date is in the future')];
  if (admittedOn && date < admittedOn)
    return [
      fieldError(field, 'beforeAdmission', 'Ngày ghi trước ngày tiếp nhận', 'Before the admission'),
    ];
  return [];
}

/** Care is recorded only for a resident who is in the facility (or on leave from it). */
export function isPresent(status: ResidentStatus): boolean {
  return PRESENT_STATUSES.includes(status);
}

export function notPresent(resident: Pick<Resident, 'status'>): ProblemException {
  const detail: Text = {
    vi: `Đối tượng không còn ở trung tâm (${RESIDENT_STATUS_WORDS[resident.status].vi})`,
    en: `The resident is no longer in the facility (${RESIDENT_STATUS_WORDS[resident.status].en})`,
  };
  return new ProblemException(HttpStatus.CONFLICT, 'conflict', detail);
}

/** Monday of the week of a date: refused meals are counted Monday to Sunday. */
export function weekStart(date: string): string {
  const day = parseIsoDate(date).getUTCDay();
  return addDays(date, -((day + 6) % 7));
}
