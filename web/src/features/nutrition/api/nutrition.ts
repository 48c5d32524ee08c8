import { queryOptions } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api, ifMatch, unwrap } from '../../../lib/api';
import { isApiProblem } from '../../../lib/problem';

export type NutritionPlan = components['schemas']['NutritionPlan'];
export type PutNutritionPlan = components['schemas']['PutNutritionPlanDto'];
export type AllergyInput = components['schemas']['AllergyDto'];
export type DietType = PutNutritionPlan['dietType'];
export type Texture = PutNutritionPlan['texture'];

export const DIET_TYPES = [
  'normal',
  'soft',
  'pureed',
  'liquid',
  'diabetic',
  'low_salt',
  'infant_formula',
  'religious_vegetarian',
  'high_energy',
] as const satisfies readonly DietType[];
export const TEXTURES = [
  'regular',
  'soft',
  'minced',
  'pureed',
  'liquid',
] as const satisfies readonly Texture[];
export const ALLERGY_KINDS = [
  'allergy',
  'intolerance',
] as const satisfies readonly AllergyInput['kind'][];
export const SEVERITIES = ['mild', 'moderate', 'severe'] as const satisfies readonly NonNullable<
  AllergyInput['severity']
>[];

/** An allergy as a plan stores it (typed as an empty object in the generated schema: jsonb). */
export interface Allergy {
  substance: string;
  kind: AllergyInput['kind'];
  severity: AllergyInput['severity'] | null;
  reaction: string | null;
}

const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);

/**
 * The plan's allergies, read field by field. One the app cannot read is kept as it is written,
 * never dropped: a caretaker must go on seeing every allergy.
 */
export function allergiesOf(plan: NutritionPlan): Allergy[] {
  return plan.allergies.map((a: unknown): Allergy => {
    const r = typeof a === 'object' && a !== null ? (a as Record<string, unknown>) : {};
    return {
      substance: typeof r.substance === 'string' ? r.substance : JSON.stringify(a),
      kind: oneOf(ALLERGY_KINDS, r.kind) ? r.kind : 'allergy',
      severity: oneOf(SEVERITIES, r.severity) ? r.severity : null,
      reaction: typeof r.reaction === 'string' ? r.reaction : null,
    };
  });
}

export const nutritionKeys = {
  all: ['nutrition'] as const,
  plan: (residentId: string) => [...nutritionKeys.all, 'plan', residentId] as const,
  resident: (residentId: string) => [...nutritionKeys.all, 'resident', residentId] as const,
};

export const residentQuery = (id: string) =>
  queryOptions({
    queryKey: nutritionKeys.resident(id),
    queryFn: () => unwrap(api.GET('/api/v1/residents/{id}', { params: { path: { id } } })),
  });

/** The current plan, or null when the resident has none yet (the API answers 404). */
export const planQuery = (residentId: string) =>
  queryOptions({
    queryKey: nutritionKeys.plan(residentId),
    queryFn: async (): Promise<NutritionPlan | null> => {
      try {
        return await unwrap(
          api.GET('/api/v1/residents/{id}/nutrition-plan', {
            params: { path: { id: residentId } },
          }),
        );
      } catch (error) {
        if (isApiProblem(error) && error.status === 404) return null;
        throw error;
      }
    },
  });

/** Writes the next version; `version` is the one the form was read at (null: the first plan). */
export function putPlan(residentId: string, version: number | null, body: PutNutritionPlan) {
  return unwrap(
    api.PUT('/api/v1/residents/{id}/nutrition-plan', {
      params: { path: { id: residentId }, header: version === null ? {} : ifMatch(version) },
      body,
    }),
  );
}
