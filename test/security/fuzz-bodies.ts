/**
 * fast-check arbitraries that build request bodies from an OpenAPI request schema: a base body
 * from the schema's own examples, enums and bounds, then mutations. `malformed` always applies at
 * least one mutation that no validator may accept; `extreme` applies only values that may be
 * valid (long strings within maxLength, bounds, unicode, far dates, SQL/script text).
 */
import fc from 'fast-check';
import type { Schema } from './security-app';

export type Body = Record<string, unknown>;

const DATE_LIKE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (s: Schema) => typeof s.example === 'string' && DATE_LIKE.test(s.example);

/** Characters that survive NFC as they are: a string of n of them is n or more UTF-16 units. */
const EDGE_UNITS = [
  '\u200B', // zero-width space
  '\u200C',
  '\u200D',
  '\uFEFF',
  '\u202E', // right-to-left override
  'q\u0301\u0323', // combining marks with no precomposed form
  'ệ',
  'Ư',
  '🙂',
  '\u0000',
  "'",
  '"',
  '\\',
  '<',
  'A',
];

const edgeString = (minLength: number, maxLength: number) =>
  fc.array(fc.constantFrom(...EDGE_UNITS), { minLength, maxLength }).map((parts) => parts.join(''));

export const INJECTIONS = [
  "'; DROP TABLE resident; --",
  "' OR '1'='1",
  '1; SELECT pg_sleep(10)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}}${7*7}',
  '=HYPERLINK("http://evil")',
  '../../etc/passwd',
  'Nguyễn Văn A\u0000',
];

export function sample(schema: Schema | undefined): unknown {
  if (!schema) return 'x';
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  if (schema.example !== undefined) return schema.example;
  if (schema.allOf?.[0]) return sample(schema.allOf[0]);
  switch (schema.type) {
    case 'string':
      return schema.format === 'uuid' ? '3f6c1f9e-2b7a-4c1d-9e8f-0a1b2c3d4e5f' : 'Thử nghiệm';
    case 'number':
    case 'integer':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object':
      return baseBody(schema);
    default:
      return 'x';
  }
}

/** The required fields, from the schema's examples. */
export function baseBody(schema: Schema | undefined): Body {
  const props = schema?.properties ?? {};
  return Object.fromEntries((schema?.required ?? []).map((k) => [k, sample(props[k])]));
}

/** Values no validator of this schema may accept. */
function wrongValue(schema: Schema, required: boolean): fc.Arbitrary<unknown> {
  const s = schema.allOf?.[0] ?? schema;
  const choices: fc.Arbitrary<unknown>[] = [fc.constant({ nested: { deeper: [1, { x: 'y' }] } })];
  // null is not here: a field the document lists as required may still be @IsOptional() (the
  // document's `required` is not always the validator's, e.g. ReadmitDto.categories).
  void required;
  switch (s.type) {
    case 'string': {
      choices.push(
        fc.integer(),
        fc.boolean(),
        fc.array(fc.string(), { minLength: 1, maxLength: 3 }),
      );
      if (s.maxLength !== undefined)
        choices.push(
          edgeString(s.maxLength + 1, s.maxLength + 40).map((v) => v.padEnd(s.maxLength! + 1, 'Đ')),
        );
      if (s.enum)
        choices.push(fc.constantFrom(...s.enum.map((e) => `${String(e)}\u200B`), 'KHÔNG_CÓ'));
      if (s.format === 'uuid')
        choices.push(
          fc.constantFrom('not-a-uuid', '3f6c1f9e-2b7a-4c1d-9e8f-0a1b2c3d4e5', "' OR 1=1 --"),
        );
      if (isDate(s))
        choices.push(
          fc.constantFrom(
            '2026-02-30',
            '2025-02-29',
            '2026-13-01',
            '2026-00-10',
            '26-01-01',
            '２０２６-01-01',
            '2026-1-1',
            '2026-01-01T00:00:00Z',
            '0001-01-01',
            '9999-12-31',
            '2200-01-01',
          ),
        );
      break;
    }
    case 'number':
    case 'integer':
      choices.push(fc.constantFrom('12', '', 'NaN'), fc.boolean(), fc.constant([1]));
      if (s.minimum !== undefined)
        choices.push(
          fc.double({ max: s.minimum - 0.001, noNaN: true, min: Math.min(s.minimum - 1e6, -1e12) }),
        );
      if (s.maximum !== undefined)
        choices.push(
          fc.double({ min: s.maximum + 0.001, noNaN: true, max: Math.max(s.maximum + 1e6, 1e12) }),
        );
      if (s.type === 'integer') choices.push(fc.constant(1.5));
      break;
    case 'boolean':
      choices.push(fc.constantFrom('true', 1, 0, 'có'));
      break;
    case 'array':
      choices.push(fc.string(), fc.integer(), fc.constant({ 0: 'a' }));
      if (s.maxItems !== undefined)
        choices.push(fc.constant(Array.from({ length: s.maxItems + 1 }, () => sample(s.items))));
      break;
    case 'object':
    default:
      choices.push(fc.string(), fc.integer(), fc.constant([{}]));
  }
  return fc.oneof(...choices);
}

/** Values that may be valid but are at the edge: bounds, unicode, long text, SQL/script text. */
function extremeValue(schema: Schema): fc.Arbitrary<unknown> {
  const s = schema.allOf?.[0] ?? schema;
  if (s.enum) return fc.constantFrom(...s.enum);
  switch (s.type) {
    case 'string':
      if (s.format === 'uuid') return fc.uuid();
      if (isDate(s))
        return fc.constantFrom(
          '0001-01-01',
          '9999-12-31',
          '1900-02-28',
          '2024-02-29',
          '2100-01-01',
        );
      return fc.oneof(
        fc.constantFrom(...INJECTIONS),
        edgeString(1, Math.min(s.maxLength ?? 60, 60)),
        fc.constant('Đ'.repeat(Math.min(s.maxLength ?? 5000, 5000))),
      );
    case 'number':
    case 'integer': {
      const min = s.minimum ?? -1e15;
      const max = s.maximum ?? 1e15;
      return s.type === 'integer' || min === Math.trunc(min)
        ? fc.constantFrom(min, max, 0, Math.trunc((min + max) / 2), 2147483648)
        : fc.constantFrom(min, max);
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.constant(Array.from({ length: s.maxItems ?? 50 }, () => sample(s.items)));
    default:
      return fc.constant(sample(s));
  }
}

/** A body that must be refused (400): at least one mutation no validator may accept. */
export function malformed(schema: Schema | undefined): fc.Arbitrary<unknown> {
  const props = schema?.properties ?? {};
  const required = new Set(schema?.required ?? []);
  const names = Object.keys(props);
  type Mutation = (b: Body) => void;
  const extra = fc
    .tuple(
      fc.constantFrom('isAdmin', '__extra', 'passwordHash', 'facilityId\u200B', 'Ünïcode'),
      fc.jsonValue(),
    )
    .map(
      ([k, v]): Mutation =>
        (b) =>
          void (b[k] = v),
    );
  const wrong = fc.constantFrom(...(names.length > 0 ? names : ['__none'])).chain((k) =>
    props[k]
      ? wrongValue(props[k], required.has(k)).map(
          (v): Mutation =>
            (b) =>
              void (b[k] = v),
        )
      : extra,
  );
  // Dropping a required field is not always invalid on its own (a field required only with
  // another, e.g. by @ValidateIf): it only comes on top of a mutation that is.
  const drop =
    required.size > 0
      ? fc.constantFrom(...required).map(
          (k): Mutation =>
            (b) =>
              void delete b[k],
        )
      : extra;
  const asObject = fc
    .tuple(fc.oneof(extra, wrong, wrong), fc.array(fc.oneof(extra, wrong, drop), { maxLength: 3 }))
    .map(([first, more]) => {
      const body = baseBody(schema);
      for (const m of [first, ...more]) m(body);
      return body;
    });
  // Not an object at all: an array, a number, a deeply nested array.
  const notObject = fc.constantFrom<unknown>([], [baseBody(schema)], [[[[[[]]]]]], [null]);
  return fc.oneof({ weight: 9, arbitrary: asObject }, { weight: 1, arbitrary: notObject });
}

/** A body that may be valid: the base with edge values in some fields. Must never be a 5xx. */
export function extreme(schema: Schema | undefined): fc.Arbitrary<Body> {
  const props = schema?.properties ?? {};
  const names = Object.keys(props);
  if (names.length === 0) return fc.constant(baseBody(schema));
  return fc
    .array(
      fc.constantFrom(...names).chain((k) => extremeValue(props[k]).map((v) => [k, v] as const)),
      { minLength: 1, maxLength: 5 },
    )
    .map((entries) => ({ ...baseBody(schema), ...Object.fromEntries(entries) }));
}
