import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { PROBLEM_TITLES, ProblemCode } from './messages';

/** Bounds of a problem document; `renderProblem` clips to them, the OpenAPI schema states them. */
export const PROBLEM_LIMITS = {
  detail: 2000,
  errors: 200,
  field: 200,
  code: 60,
  message: 500,
} as const;

const codes = Object.keys(PROBLEM_TITLES) as ProblemCode[];
const titles = codes.flatMap((c) => [PROBLEM_TITLES[c].vi, PROBLEM_TITLES[c].en]);

/** The RFC 9457 problem document every error answer is (ProblemFilter). */
export const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['type', 'title', 'status', 'requestId'],
  properties: {
    type: { type: 'string', enum: codes.map((c) => `urn:mai-am:problem:${c}`) },
    title: {
      type: 'string',
      description: 'In Vietnamese, or English with Accept-Language: en',
      enum: titles,
    },
    status: { type: 'integer', format: 'int32', minimum: 400, maximum: 599 },
    detail: { type: 'string', maxLength: PROBLEM_LIMITS.detail },
    requestId: {
      type: 'string',
      description: 'Also in the X-Request-Id header; quote it when reporting a problem',
      pattern: '^[A-Za-z0-9._-]{8,64}$',
      maxLength: 64,
    },
    errorsTotal: {
      type: 'integer',
      format: 'int32',
      minimum: 0,
      maximum: 1_000_000,
      description: 'Only when `errors` was cut to its first 200: how many there were',
    },
    errors: {
      type: 'array',
      description: 'For 400: one entry per field that is wrong (the first 200)',
      maxItems: PROBLEM_LIMITS.errors,
      items: {
        type: 'object',
        required: ['field', 'code', 'message'],
        properties: {
          field: {
            type: 'string',
            maxLength: PROBLEM_LIMITS.field,
            example: 'guardians.0.phone',
          },
          code: { type: 'string', maxLength: PROBLEM_LIMITS.code, example: 'isPhone' },
          message: { type: 'string', maxLength: PROBLEM_LIMITS.message },
        },
      },
    },
  },
};

/** `text` cut to `max` characters (the last one an ellipsis), whole code points. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
