import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import {
  MEAL_INTAKES,
  MEALS,
  type Hygiene,
  type Medication,
  type Mood,
  type Shift,
  type SleepQuality,
  type Toileting,
} from './care.enums';
import type { DailyRecordRevision } from './daily-record-revision.entity';
import { MAX_MEALS, type DailyRecord, type MealEntry } from './daily-record.entity';
import { type DosesReader, type ShiftMedication, shiftMedication } from './shift-medication';

const MEAL_ENTRY_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['meal', 'intake', 'note'],
  properties: {
    meal: { type: 'string', enum: [...MEALS] },
    intake: { type: 'string', enum: [...MEAL_INTAKES] },
    note: { type: 'string', nullable: true, maxLength: 300 },
  },
};

/**
 * A daily record as the API answers it (schema name DailyRecord; column bounds from the entity).
 * The medication fields are not stored with the record: they report what the medication round
 * recorded for the resident in that date and shift (src/medication), the one truth of every dose.
 */
@ApiSchema({ name: 'DailyRecord' })
export class DailyRecordView {
  id!: string;
  facilityId!: string;
  residentId!: string;
  recordDate!: string;
  shift!: Shift;
  @ApiProperty({ type: 'array', maxItems: MAX_MEALS, items: MEAL_ENTRY_SCHEMA })
  meals!: MealEntry[];
  fluidsMl!: number | null;
  sleep!: SleepQuality | null;
  sleepHours!: number | null;
  mood!: Mood | null;
  hygiene!: Hygiene | null;
  toileting!: Toileting | null;
  /**
   * From the medication round, read only: `yes` every dose of the shift was given, `no` one was
   * refused, held or not available, `not_prescribed` no dose in the shift, null a dose of the
   * shift not recorded yet. Doses are recorded with `POST /medication-round/batch`.
   */
  medicationGiven!: Medication | null;
  /**
   * From the medication round, read only: the doses of the shift as `HH:MM outcome`
   * (`as_needed` before the outcome of an as-needed dose, `not_recorded` for a dose not recorded
   * yet), never the medicine.
   */
  medicationNote!: string | null;
  temperatureC!: number | null;
  behaviourNotes!: string | null;
  notes!: string | null;
  /** Something the next shift must know (bàn giao ca). */
  handover!: boolean;
  handoverMessage!: string | null;
  createdBy!: string;
  updatedBy!: string | null;
  version!: number;
  createdAt!: Date;
  updatedAt!: Date;
}

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

export function recordViewOfRow(r: DailyRecordRow, medication: ShiftMedication): DailyRecordView {
  return toDailyRecordView(
    {
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
    },
    medication,
  );
}

/** The record's own columns; the medication fields come from the round. */
export type StoredObservation = Omit<
  DailyRecord,
  'resident' | 'medicationGiven' | 'medicationNote'
>;

export function toDailyRecordView(
  d: StoredObservation,
  medication: ShiftMedication,
): DailyRecordView {
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
    medicationGiven: medication.given,
    medicationNote: medication.note,
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

/** Records read from their rows, each with the medication the round recorded for its shift. */
export async function recordViewsOfRows(
  read: DosesReader,
  facilityId: string,
  rows: DailyRecordRow[],
): Promise<DailyRecordView[]> {
  const keys = rows.map((r) => ({
    residentId: r.resident_id,
    recordDate: r.record_date,
    shift: r.shift,
  }));
  const medication = await shiftMedication(read, facilityId, keys);
  return rows.map((r, i) => recordViewOfRow(r, medication(keys[i])));
}

/** Records as the API answers them, each with the medication the round recorded for its shift. */
export async function toDailyRecordViews(
  read: DosesReader,
  facilityId: string,
  records: StoredObservation[],
): Promise<DailyRecordView[]> {
  const medication = await shiftMedication(read, facilityId, records);
  return records.map((r) => toDailyRecordView(r, medication(r)));
}

/** An earlier state of a corrected record (schema name DailyRecordRevision). */
@ApiSchema({ name: 'DailyRecordRevision' })
export class DailyRecordRevisionView {
  id!: string;
  facilityId!: string;
  dailyRecordId!: string;
  /** The version this state had. */
  version!: number;
  /**
   * The record's stored fields as they were (the medication fields are left out: they come
   * from the medication round, not from the record).
   */
  state!: Record<string, unknown>;
  replacedBy!: string;
  reason!: string | null;
  replacedAt!: Date;
}

export function toDailyRecordRevisionView(e: DailyRecordRevision): DailyRecordRevisionView {
  const { medicationGiven: _given, medicationNote: _note, ...state } = e.state;
  return {
    id: e.id,
    facilityId: e.facilityId,
    dailyRecordId: e.dailyRecordId,
    version: e.version,
    state,
    replacedBy: e.replacedBy,
    reason: e.reason,
    replacedAt: e.replacedAt,
  };
}
