import { ApiSchema } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import {
  CATEGORY_CODES,
  CHILD_CATEGORIES,
  CHILD_CATEGORY,
  DOSSIER_ITEMS,
  EMERGENCY_KINDS,
  RESIDENT_CATEGORIES,
} from '../model/categories';
import type { Ethnicity } from '../model/ethnicity.entity';

const text = { type: 'string', maxLength: 200 } as const;
const labelled = (extra: Record<string, SchemaObject> = {}): SchemaObject => ({
  type: 'object',
  required: ['vi', 'en', ...Object.keys(extra)],
  properties: { ...extra, vi: text, en: text },
});
/** An object with exactly these codes as keys, each holding `value`. */
const byCode = (codes: string[], value: SchemaObject): SchemaObject => ({
  type: 'object',
  required: codes,
  properties: Object.fromEntries(codes.map((code) => [code, value])),
});

/** The answer of GET /reference/resident-categories, stated from the code lists it returns. */
export const REFERENCE_CATEGORIES_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['categories', 'shownCategories', 'emergencyKinds', 'dossierItems'],
  properties: {
    categories: byCode(
      Object.keys(RESIDENT_CATEGORIES),
      labelled({ clause: { type: 'integer', format: 'int32', minimum: 1, maximum: 9 } }),
    ),
    shownCategories: {
      ...byCode(
        [CHILD_CATEGORY],
        labelled({
          clause: { type: 'integer', format: 'int32', minimum: 1, maximum: 9 },
          standsFor: {
            type: 'array',
            maxItems: CHILD_CATEGORIES.length,
            items: { type: 'string', enum: [...CATEGORY_CODES] },
          },
        }),
      ),
      description:
        'What a role without access to HIV facts sees instead of any child category of khoản 1.',
    },
    emergencyKinds: {
      type: 'array',
      maxItems: EMERGENCY_KINDS.length,
      items: { type: 'string', enum: [...EMERGENCY_KINDS] },
    },
    dossierItems: byCode(Object.keys(DOSSIER_ITEMS), labelled()),
  },
};

/** An ethnic group as the API answers it (schema name Ethnicity; column bounds from the entity). */
@ApiSchema({ name: 'Ethnicity' })
export class EthnicityView {
  code!: string;
  name!: string;
}

export function toEthnicityView(e: Ethnicity): EthnicityView {
  return { code: e.code, name: e.name };
}
