import { fieldError, FieldError } from '../common/errors/problem.exception';
import type { Resident } from '../residents/model/resident.entity';
import { DischargeDto } from './dto/discharge.dto';

/**
 * What is wrong with a discharge request (ND 20/2021 Điều 30, TT 02/2020), every field at once:
 * the ground and its details, the dates against the stay and `today`, the follow-up length and,
 * when the decision came more than 7 working days after the request (`late`), its reason.
 */
export function dischargeErrors(
  resident: Pick<Resident, 'admittedOn'>,
  dto: DischargeDto,
  today: string,
  late: boolean,
): FieldError[] {
  const errors: FieldError[] = [];
  if (dto.ground === 'other' && !dto.groundOther)
    errors.push(
      fieldError('groundOther', 'isDefined', 'Cần nêu lý do khác', 'Say what the other ground is'),
    );
  if (dto.ground === 'death' && !dto.death)
    errors.push(
      fieldError(
        'death',
        'isDefined',
        'Cần ngày mất và nguyên nhân',
        'Date and cause of death are required',
      ),
    );
  if (dto.ground !== 'death' && dto.death)
    errors.push(
      fieldError('death', 'notApplicable', 'Chỉ dùng với lý do death', 'Only with ground death'),
    );
  if (dto.effectiveOn < resident.admittedOn)
    errors.push(
      fieldError(
        'effectiveOn',
        'beforeAdmission',
        'Ngày ra trước ngày tiếp nhận',
        'Effective date is before the admission',
      ),
    );
  if (dto.effectiveOn > today)
    errors.push(
      fieldError(
        'effectiveOn',
        'futureDate',
        'Ngày ra ở tương lai',
        'Effective date is in the future',
      ),
    );
  if (dto.decisionDate < dto.requestedOn)
    errors.push(
      fieldError(
        'decisionDate',
        'beforeRequest',
        'Quyết định trước ngày đề nghị',
        'Decision before the request',
      ),
    );
  if (dto.death && (dto.death.diedOn < resident.admittedOn || dto.death.diedOn > today)) {
    errors.push(
      fieldError(
        'death.diedOn',
        'outOfStay',
        'Ngày mất ngoài thời gian ở cơ sở',
        'Date of death outside the stay',
      ),
    );
  }
  if (dto.allowanceMonths && dto.destination?.kind !== 'independent') {
    errors.push(
      fieldError(
        'allowanceMonths',
        'notApplicable',
        'Chỉ khi ra sống độc lập',
        'Only for independent living',
      ),
    );
  }
  if (dto.followUpMonths && Math.max(...dto.followUpMonths) < 6) {
    errors.push(
      fieldError(
        'followUpMonths',
        'tooShort',
        'Theo dõi ít nhất 6 tháng (TT 02/2020)',
        'Follow up for at least 6 months (TT 02/2020)',
      ),
    );
  }
  if (late && !dto.lateReason) {
    errors.push(
      fieldError(
        'lateReason',
        'isDefined',
        'Quyết định quá 7 ngày làm việc sau đề nghị: cần nêu lý do',
        'The decision is more than 7 working days after the request: give the reason',
      ),
    );
  }
  return errors;
}
