import { addMonths } from '../../calendar/dates';
import { addWorkingDays, type HolidayCalendar } from '../../calendar/working-days';
import type { ResidentCategory } from '../model/categories';

/** Working days to complete an emergency admission's dossier (ND 20/2021 Điều 28). */
export const EMERGENCY_DOSSIER_WORKING_DAYS = 10;
/** Longest emergency-protection stay (ND 20/2021 Điều 24 khoản 4). */
export const EMERGENCY_STAY_MONTHS = 3;

export interface AdmissionDeadlines {
  dossierDueOn: string | null;
  dossierWarnOn: string | null;
  stayEndsOn: string | null;
}

/**
 * The legal deadlines an admission starts: an emergency intake's dossier is due 10 working days
 * after the admission (`calendar`: the facility's working days, given for an emergency intake
 * only), with a warning `warnWorkingDays` before; a khoản 2 stay ends after 3 months.
 */
export function admissionDeadlines(
  admittedOn: string,
  categories: ResidentCategory[],
  calendar: HolidayCalendar | null,
  warnWorkingDays: number,
): AdmissionDeadlines {
  const dossierDueOn = calendar
    ? addWorkingDays(admittedOn, EMERGENCY_DOSSIER_WORKING_DAYS, calendar)
    : null;
  return {
    dossierDueOn,
    dossierWarnOn:
      calendar && dossierDueOn ? addWorkingDays(dossierDueOn, -warnWorkingDays, calendar) : null,
    stayEndsOn: categories.includes('k2_emergency')
      ? addMonths(admittedOn, EMERGENCY_STAY_MONTHS)
      : null,
  };
}
