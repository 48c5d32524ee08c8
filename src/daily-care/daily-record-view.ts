import type { Shift } from './care.enums';
import type { DailyRecord, MealEntry } from './daily-record.entity';

/**
 * A daily record as the API answers it: the entity's columns under the same names, never the
 * entity itself (no relation, nothing TypeORM adds).
 */
export type DailyRecordView = Omit<DailyRecord, 'resident'>;

/** A row of daily-care.queries' RECORD_COLUMNS. */
export interface DailyRecordRow {
  id: string;
  facility_id: string;
  resident_id: string;
  record_date: string;
  shift: Shift;
  meals: MealEntry[];
  fluids_ml: number | null;
  sleep: DailyRecord['sleep'];
  sleep_hours: string | null;
  mood: DailyRecord['mood'];
  hygiene: DailyRecord['hygiene'];
  toileting: DailyRecord['toileting'];
  medication_given: DailyRecord['medicationGiven'];
  medication_note: string | null;
  temperature_c: string | null;
  behaviour_notes: string | null;
  notes: string | null;
  handover: boolean;
  handover_message: string | null;
  created_by: string;
  updated_by: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const decimal = (v: string | null): number | null => (v === null ? null : Number(v));

export function recordViewOfRow(r: DailyRecordRow): DailyRecordView {
  return {
    id: r.id,
    facilityId: r.facility_id,
    residentId: r.resident_id,
    recordDate: r.record_date,
    shift: r.shift,
    meals: r.meals,
    fluidsMl: r.fluids_ml,
    sleep: r.sleep,
    sleepHours: decimal(r.sleep_hours),
    mood: r.mood,
    hygiene: r.hygiene,
    toileting: r.toileting,
    medicationGiven: r.medication_given,
    medicationNote: r.medication_note,
    temperatureC: decimal(r.temperature_c),
    behaviourNotes: r.behaviour_notes,
    notes: r.notes,
    handover: r.handover,
    handoverMessage: r.handover_message,
    createdBy: r.created_by,
    updatedBy: r.updated_by,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function recordView(d: DailyRecord): DailyRecordView {
  return {
    id: d.id,
    facilityId: d.facilityId,
    residentId: d.residentId,
    recordDate: d.recordDate,
    shift: d.shift,
    meals: d.meals,
    fluidsMl: d.fluidsMl,
    sleep: d.sleep,
    sleepHours: d.sleepHours,
    mood: d.mood,
    hygiene: d.hygiene,
    toileting: d.toileting,
    medicationGiven: d.medicationGiven,
    medicationNote: d.medicationNote,
    temperatureC: d.temperatureC,
    behaviourNotes: d.behaviourNotes,
    notes: d.notes,
    handover: d.handover,
    handoverMessage: d.handoverMessage,
    createdBy: d.createdBy,
    updatedBy: d.updatedBy,
    version: d.version,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  };
}
