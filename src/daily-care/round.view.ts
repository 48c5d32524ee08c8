import type { Allergy } from '../nutrition/nutrition-plan.entity';
import { SHIFTS, type Shift } from './care.enums';
import type { RoundResidentRow } from './daily-care.queries';
import type { DailyRecordView } from './daily-record.view';

/** What the caretaker needs to know at the bedside: the diet and allergies, not their reason. */
export interface RoundDiet {
  dietType: string;
  texture: string;
  allergies: Allergy[];
  mealsPerDay: number;
}

export interface RoundItem {
  residentId: string;
  code: string;
  fullName: string;
  preferredName: string | null;
  roomCode: string | null;
  bed: string | null;
  mobility: string;
  careInstructions: string | null;
  diet: RoundDiet | null;
  /** The records of the day for the requested shift(s)… */
  records: DailyRecordView[];
  /** …and the shifts that still have none (the gaps of the round). */
  missing: Shift[];
}

export interface RoundView {
  date: string;
  shifts: Shift[];
  roomId: string | null;
  items: RoundItem[];
}

export interface RoundSaved {
  recordDate: string;
  shift: Shift;
  saved: number;
  records: DailyRecordView[];
}

/** One resident of the round with their records of the day, in shift order, and the gaps. */
export function roundItem(r: RoundResidentRow, own: DailyRecordView[], shifts: Shift[]): RoundItem {
  const order = (s: Shift) => SHIFTS.indexOf(s);
  own.sort((a, b) => order(a.shift) - order(b.shift));
  return {
    residentId: r.id,
    code: r.code,
    fullName: r.full_name,
    preferredName: r.preferred_name,
    roomCode: r.room_code,
    bed: r.bed,
    mobility: r.mobility,
    careInstructions: r.care_instructions,
    diet:
      r.diet_type && r.texture && r.meals_per_day !== null
        ? {
            dietType: r.diet_type,
            texture: r.texture,
            allergies: r.allergies ?? [],
            mealsPerDay: r.meals_per_day,
          }
        : null,
    records: own,
    missing: shifts.filter((s) => !own.some((rec) => rec.shift === s)),
  };
}
