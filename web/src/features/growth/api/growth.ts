import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api, unwrap } from '../../../lib/api';

export type Measurement = components['schemas']['Measurement'];
export type GrowthFlag = Measurement['flags'][number];

/** The z-scores of a child's measurement (src/nutrition/growth/z-scores.ts ChildGrowth). */
export interface ChildGrowth {
  kind: 'child';
  reference: string;
  ageMonths: number;
  zScores: { weightForAge: number | null; heightForAge: number | null };
}

const isNumberOrNull = (v: unknown): v is number | null => v === null || typeof v === 'number';

/**
 * `growth` is typed as an empty object in the generated schema (a JSON column): a child's
 * assessment is recognised here, an adult's (BMI only) is not one.
 */
export function childGrowth(m: Measurement): ChildGrowth | null {
  const g: unknown = m.growth;
  if (typeof g !== 'object' || g === null) return null;
  const r = g as Record<string, unknown>;
  if (r.kind !== 'child' || typeof r.zScores !== 'object' || r.zScores === null) return null;
  const z = r.zScores as Record<string, unknown>;
  if (!isNumberOrNull(z.weightForAge) || !isNumberOrNull(z.heightForAge)) return null;
  return {
    kind: 'child',
    reference: typeof r.reference === 'string' ? r.reference : '',
    ageMonths: typeof r.ageMonths === 'number' ? r.ageMonths : m.ageDays / 30.4375,
    zScores: { weightForAge: z.weightForAge, heightForAge: z.heightForAge },
  };
}

interface MeasurementPage {
  items: Measurement[];
  nextCursor: string | null;
}

/** GET /residents/:id/measurements documents no response schema yet: checked before use. */
function isMeasurementPage(v: unknown): v is MeasurementPage {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    Array.isArray(r.items) &&
    r.items.every(
      (m: unknown) =>
        typeof m === 'object' &&
        m !== null &&
        typeof (m as Record<string, unknown>).id === 'string' &&
        typeof (m as Record<string, unknown>).measuredOn === 'string' &&
        Array.isArray((m as Record<string, unknown>).flags),
    ) &&
    (r.nextCursor === null || typeof r.nextCursor === 'string')
  );
}

export const growthKeys = {
  all: ['growth'] as const,
  resident: (id: string) => [...growthKeys.all, 'resident', id] as const,
  measurements: (id: string) => [...growthKeys.all, 'measurements', id] as const,
};

export const residentQuery = (id: string) =>
  queryOptions({
    queryKey: growthKeys.resident(id),
    queryFn: () => unwrap(api.GET('/api/v1/residents/{id}', { params: { path: { id } } })),
  });

/** A resident's measurements, newest first, 200 a page (the API's cursor for older ones). */
export const measurementsQuery = (id: string) =>
  infiniteQueryOptions({
    queryKey: growthKeys.measurements(id),
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam }): Promise<MeasurementPage> => {
      const data = await unwrap<unknown>(
        api.GET('/api/v1/residents/{id}/measurements', {
          params: {
            path: { id },
            query: { limit: 200, ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      );
      if (!isMeasurementPage(data)) throw new Error('Unexpected measurements answer');
      return data;
    },
    getNextPageParam: (last) => last.nextCursor,
    // Measurements are recorded from the worklist too: read them again on every visit.
    refetchOnMount: 'always',
  });
