import type { Shift } from '../daily-care/care.enums';
import type { MonthMovements } from '../discharge/movements.service';
import type { StaffRoleFigures } from '../staffing/staff-by-role';

export type { StaffRoleFigures, StaffRoleRow } from '../staffing/staff-by-role';

/** What "not recorded by the system" looks like in the figures: never an invented zero. */
export type Recorded<T> = { recorded: true; value: T } | { recorded: false; note: string };

export interface CompositionFigures {
  total: number;
  byCategory: Record<string, number>;
  bySex: { male: number; female: number };
  byAgeBand: Record<string, number>;
  ethnicMinority: number;
  disabled: number;
  /** Children (under 16) with HIV: a count only, never who. */
  childrenWithHiv: number;
}

export interface AllowanceFigures {
  /** The base level in force on the 1st of the month (đồng). */
  baseLevel: number | null;
  entitled: number;
  /** Residents under 4 on the 1st of the month: coefficient 5.0. */
  coefficient5: number;
  /** 4 or older: coefficient 4.0. */
  coefficient4: number;
  totalVnd: number | null;
  funeralSupportVnd: number;
  deathsWithFuneralSupport: number;
  /** Reports made before the medication module hold `recorded: false` here. */
  commonMedicine: Recorded<CommonMedicineFigures>;
}

/**
 * Common medicines (ND 20/2021 Điều 25: actual cost, at most 100,000 đ a person a month): the
 * purchases of the period against the residents present in each of its months.
 */
export interface CommonMedicineFigures {
  totalVnd: number;
  /** Residents present in the month; over a longer period, the sum of each month's (person-months). */
  residentMonths: number;
  /** totalVnd / residentMonths, rounded to the đồng: the actual cost per person per month. */
  perResidentMonthVnd: number;
  ceilingVnd: number;
  /** Months of the period whose cost per person was over the ceiling (0 or 1 in a monthly report). */
  monthsOverCeiling: number;
  months: number;
}

/** A shift that had a rota and fewer caretakers than TT 33/2017 Điều 5 requires. */
export interface ShortShiftRow {
  date: string;
  shift: Shift;
  requiredCarers: number;
  assignedCarers: number;
}

/**
 * Caretakers against TT 33/2017 Điều 5 over the period: shifts of days with a rota that were short
 * (a day without a rota is counted apart, not as short nor as covered).
 */
export interface StaffingFigures {
  days: number;
  daysWithRota: number;
  shortShifts: number;
  shortByShift: Record<Shift, number>;
  /** Caretakers missing, added over the short shifts. */
  carersMissing: number;
  /** Monthly report: each short shift. Longer periods: empty (see byMonth). */
  short: ShortShiftRow[];
  /** Six-monthly and annual reports: short shifts month by month. */
  byMonth?: { month: string; daysWithRota: number; shortShifts: number; carersMissing: number }[];
}

export interface HealthFigures {
  examsDone: number;
  examsDueInMonth: number;
  overdueAtMonthEnd: number;
  vaccinationsGiven: number;
  hospitalReferrals: number;
  growthFlags: Recorded<number>;
  seriousIncidents: Recorded<number>;
}

export interface AnnexRow {
  movement: 'admission' | 'discharge';
  code: string;
  birthYear: number | null;
  categories: string[];
  date: string;
  detail: string;
}

/** Incidents of the period (daily-care records), counted by kind and by severity; no one named. */
export interface IncidentFigures {
  total: number;
  byKind: Record<string, number>;
  bySeverity: Record<string, number>;
}

/** One month of a six-monthly or annual report's movements. */
export interface MonthMovementRow {
  month: string;
  admitted: number;
  left: number;
  atEnd: number;
}

export interface MonthlyFigures {
  month: string;
  census: MonthMovements;
  composition: CompositionFigures;
  allowance: AllowanceFigures;
  health: HealthFigures;
  nutrition: Recorded<{ mealsServed: number; mealsRefused: number; specialDiets: number }>;
  schooling: Recorded<Record<string, number>>;
  socialWork: {
    followUpsDone: number;
    counselling: Recorded<{ sessions: number; people: number }>;
    casesOpened: Recorded<number>;
    casesClosed: Recorded<number>;
    emergencyAdmissions: number;
  };
  incidents: IncidentFigures;
  /** Six-monthly and annual reports: the period's movements month by month; absent in a monthly one. */
  byMonth?: MonthMovementRow[];
  /** Absent in reports made before the staffing module. */
  staffing?: StaffingFigures;
  /** Absent in reports made before the staff history. */
  staffByRole?: StaffRoleFigures;
  annex: AnnexRow[];
}
