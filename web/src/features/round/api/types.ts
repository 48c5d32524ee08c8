import type { components } from '../../../api/schema';

/**
 * The round view's shapes (GET /api/v1/daily-records). The service documents no schema for this
 * answer yet (its `data` is typed as an empty object), so it is checked here by a small guard
 * instead of being cast; once the controller declares `@ApiOkResponse`, these can come from
 * `components['schemas']`.
 */
export type DailyRecord = components['schemas']['DailyRecord'];
export type RoundBatch = components['schemas']['RoundBatchDto'];
export type RoundRow = RoundBatch['rows'][number];
export type Shift = RoundBatch['shift'];
export type RoomView = components['schemas']['RoomView'];
export type IncidentBody = components['schemas']['CreateIncidentDto'];

export const SHIFTS = ['morning', 'afternoon', 'night'] as const satisfies readonly Shift[];

export interface Allergy {
  substance: string;
  kind: string;
  severity: string | null;
}

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
  records: DailyRecord[];
  missing: Shift[];
}

export interface RoundView {
  date: string;
  shifts: Shift[];
  roomId: string | null;
  items: RoundItem[];
}

/** What the round shows of a resident from the register: age and (collapsed) categories. */
export interface ResidentBrief {
  id: string;
  age: number | null;
  categories: string[];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

function isRoundItem(x: unknown): x is RoundItem {
  return (
    isObject(x) &&
    typeof x.residentId === 'string' &&
    typeof x.fullName === 'string' &&
    Array.isArray(x.records) &&
    Array.isArray(x.missing)
  );
}

export function isRoundView(x: unknown): x is RoundView {
  return (
    isObject(x) &&
    typeof x.date === 'string' &&
    Array.isArray(x.items) &&
    x.items.every(isRoundItem)
  );
}

/** The register's page (GET /api/v1/residents), reduced to what the round needs. */
export function residentBriefs(x: unknown): ResidentBrief[] {
  if (!isObject(x) || !Array.isArray(x.items)) return [];
  return x.items.filter(isObject).flatMap((r) =>
    typeof r.id === 'string'
      ? [
          {
            id: r.id,
            age: typeof r.age === 'number' ? r.age : null,
            categories: Array.isArray(r.categories)
              ? r.categories.filter((c): c is string => typeof c === 'string')
              : [],
          },
        ]
      : [],
  );
}
