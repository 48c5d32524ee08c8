import { fieldError, type FieldError } from '../../common/errors/problem.exception';
import {
  checkGrade,
  ENDING_STATUSES,
  type EnrollmentStatus,
  type SchoolLevel,
  SCHOOL_LEVELS,
} from './levels';
import type { SchoolTerm } from './rating-scales';
import { schoolYearWindow } from './school-year';

export interface EnrollmentFacts {
  schoolYear: string;
  level: SchoolLevel;
  grade: number | null;
  notEnrolledReason: string | null;
  schoolName: string | null;
  startDate: string;
  endDate: string | null;
  status: EnrollmentStatus | null;
}

/**
 * The rules of one enrolment that span fields: the grade fits the level; a school is named unless
 * the child is `not_enrolled`, which instead needs a reason and has no status; leaving a school
 * (dropped out, transferred) needs its date; the start lies within the school year and the end
 * after the start.
 */
export function checkEnrollment(e: EnrollmentFacts): FieldError[] {
  const errors = checkGrade(e.level, e.grade);
  if (e.level === 'not_enrolled') {
    if (!e.notEnrolledReason?.trim()) {
      errors.push(
        fieldError(
          'notEnrolledReason',
          'isDefined',
          'Cần lý do không đi học',
          'The reason for not being enrolled is required',
        ),
      );
    }
    if (e.schoolName !== null) {
      errors.push(
        fieldError(
          'schoolName',
          'notApplicable',
          'Không đi học: không ghi trường',
          'Not enrolled: no school',
        ),
      );
    }
    if (e.status !== null) {
      errors.push(
        fieldError(
          'status',
          'notApplicable',
          'Không đi học: không có trạng thái học',
          'Not enrolled: no enrolment status',
        ),
      );
    }
  } else {
    if (!e.schoolName?.trim()) {
      errors.push(
        fieldError('schoolName', 'isDefined', 'Cần tên trường', 'The school name is required'),
      );
    }
    if (e.notEnrolledReason !== null) {
      errors.push(
        fieldError(
          'notEnrolledReason',
          'notApplicable',
          `Chỉ dùng với cấp "${SCHOOL_LEVELS.not_enrolled.vi}"`,
          'Only with level not_enrolled',
        ),
      );
    }
    if (e.status !== null && ENDING_STATUSES.includes(e.status) && e.endDate === null) {
      errors.push(
        fieldError(
          'endDate',
          'isDefined',
          'Bỏ học / chuyển trường cần ngày kết thúc',
          'Dropping out or transferring needs the end date',
        ),
      );
    }
  }
  const window = schoolYearWindow(e.schoolYear);
  if (e.startDate < window.from || e.startDate > window.to) {
    errors.push(
      fieldError(
        'startDate',
        'outsideSchoolYear',
        `Ngày bắt đầu phải trong năm học ${e.schoolYear} (${window.from} – ${window.to})`,
        `The start must fall in the school year ${e.schoolYear} (${window.from} – ${window.to})`,
      ),
    );
  }
  if (e.endDate !== null && e.endDate < e.startDate) {
    errors.push(
      fieldError(
        'endDate',
        'beforeStart',
        'Ngày kết thúc trước ngày bắt đầu',
        'The end is before the start',
      ),
    );
  }
  return errors;
}

/**
 * Days absent in a term above which the social worker is alerted: about 3 school days a month
 * over a semester of four and a half months, 30 for the year. Absences are recorded per term
 * result (not per month).
 */
export const ABSENCE_ALERT_DAYS: Record<SchoolTerm, number> = { HK1: 15, HK2: 15, year: 30 };

export function absenceAlertDue(term: SchoolTerm, daysAbsent: number | null): boolean {
  return daysAbsent !== null && daysAbsent > ABSENCE_ALERT_DAYS[term];
}
