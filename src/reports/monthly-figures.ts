import type { MonthMovements } from '../discharge/movements.service';

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
  commonMedicine: Recorded<number>;
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
  // The medication module fills allowance.commonMedicine (the medicine cost line); the staffing
  // module will add `staffing` here (staff by role against the TT 33/2017 ratios) and its section
  // in the PDF (see STAFFING_SECTION in pdf/monthly-report.pdf.ts).
  annex: AnnexRow[];
}
