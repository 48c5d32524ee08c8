import type { DailyRecord, RoundItem, RoundRow, Shift } from '../api/types';

export type Meal = NonNullable<RoundRow['meals']>[number]['meal'];
export type Intake = NonNullable<RoundRow['meals']>[number]['intake'];
export type Sleep = NonNullable<RoundRow['sleep']>;
export type Mood = NonNullable<RoundRow['mood']>;
export type Hygiene = NonNullable<RoundRow['hygiene']>;
/** What the medication round recorded for the shift (read only: doses are given in that round). */
export type Medication = NonNullable<DailyRecord['medicationGiven']>;

export const INTAKES = ['full', 'partial', 'refused', 'not_served'] as const satisfies Intake[];
export const SLEEPS = ['good', 'restless', 'poor', 'not_observed'] as const satisfies Sleep[];
export const MOODS = [
  'calm',
  'happy',
  'sad',
  'anxious',
  'agitated',
  'withdrawn',
] as const satisfies Mood[];
export const HYGIENES = ['independent', 'assisted', 'not_done'] as const satisfies Hygiene[];

/** The meals served in each shift (as the centres' day runs: the night serves none). */
export const SHIFT_MEALS: Record<Shift, Meal[]> = {
  morning: ['breakfast', 'lunch'],
  afternoon: ['snack', 'dinner'],
  night: [],
};

/** What a caretaker has entered for one resident in this shift (nothing is required). */
export interface Entry {
  meals: Partial<Record<Meal, Intake>>;
  sleep?: Sleep;
  mood?: Mood;
  hygiene?: Hygiene;
  /** From a saved record: what the medication round holds for the shift; never sent. */
  medicationGiven?: Medication;
  notes?: string;
  handoverMessage?: string;
}

export const EMPTY_ENTRY: Entry = { meals: {} };

export function isEmptyEntry(e: Entry): boolean {
  return (
    Object.keys(e.meals).length === 0 &&
    e.sleep === undefined &&
    e.mood === undefined &&
    e.hygiene === undefined &&
    !e.notes?.trim() &&
    !e.handoverMessage?.trim()
  );
}

/**
 * "All as usual": every meal of the shift eaten, slept well (at night), calm, washed as the
 * resident usually is (with help when they do not walk alone). Medication is not part of it: each
 * dose is recorded in the medication round. What the caretaker already chose stays.
 */
export function usualEntry(shift: Shift, item: RoundItem, current: Entry): Entry {
  const meals: Entry['meals'] = {};
  for (const meal of SHIFT_MEALS[shift]) meals[meal] = current.meals[meal] ?? 'full';
  return {
    ...current,
    meals,
    sleep: current.sleep ?? (shift === 'night' ? 'good' : 'not_observed'),
    mood: current.mood ?? 'calm',
    hygiene: current.hygiene ?? (item.mobility === 'independent' ? 'independent' : 'assisted'),
  };
}

/**
 * One row of the batch (POST /daily-records/batch). A handover message marks a handover. The
 * medication fields are never sent: the service answers them from the medication round.
 */
export function toRow(residentId: string, e: Entry): RoundRow {
  const row: RoundRow = { residentId };
  const meals = Object.entries(e.meals).map(([meal, intake]) => ({ meal: meal as Meal, intake }));
  if (meals.length > 0) row.meals = meals;
  if (e.sleep) row.sleep = e.sleep;
  if (e.mood) row.mood = e.mood;
  if (e.hygiene) row.hygiene = e.hygiene;
  if (e.notes?.trim()) row.notes = e.notes.trim();
  if (e.handoverMessage?.trim()) {
    row.handover = true;
    row.handoverMessage = e.handoverMessage.trim();
  }
  return row;
}

const MEALS: readonly string[] = ['breakfast', 'lunch', 'dinner', 'snack', 'feed'];
const isMeal = (x: unknown): x is Meal => typeof x === 'string' && MEALS.includes(x);
const isIntake = (x: unknown): x is Intake =>
  typeof x === 'string' && (INTAKES as readonly string[]).includes(x);

/** A saved record (or a row of a batch) as the entry it was made from, to show on its card. */
export function entryOf(record: {
  meals?: readonly unknown[];
  sleep?: Sleep | null;
  mood?: Mood | null;
  hygiene?: Hygiene | null;
  medicationGiven?: Medication | null;
  notes?: string | null;
  handoverMessage?: string | null;
}): Entry {
  const meals: Entry['meals'] = {};
  for (const m of record.meals ?? []) {
    if (typeof m !== 'object' || m === null) continue;
    const { meal, intake } = m as { meal?: unknown; intake?: unknown };
    if (isMeal(meal) && isIntake(intake)) meals[meal] = intake;
  }
  return {
    meals,
    sleep: record.sleep ?? undefined,
    mood: record.mood ?? undefined,
    hygiene: record.hygiene ?? undefined,
    medicationGiven: record.medicationGiven ?? undefined,
    notes: record.notes ?? undefined,
    handoverMessage: record.handoverMessage ?? undefined,
  };
}
