/**
 * fast-check arbitraries that build query strings from an operation's OpenAPI query parameters:
 * the required parameters from the document's examples, then mutations. A query is a list of
 * `name=value` pairs already percent-encoded, so invalid encodings (`%zz`, a lone surrogate
 * `%ED%A0%80`, `%00`) and repeated names can be sent as they are.
 *
 * `malformedQuery` always applies at least one mutation no validator may accept (→ 400);
 * `edgeQuery` applies values that may be valid (bounds, far dates, unicode, SQL/script text,
 * LIKE wildcards, odd but decodable encodings) and must never be a 5xx.
 */
import fc from 'fast-check';
import { INJECTIONS } from './fuzz-bodies';
import type { Operation, Schema } from './security-app';

/** One `name=value` pair as it goes on the wire (both percent-encoded). */
export type Pair = readonly [name: string, value: string];

/** Percent-encodes every byte of the UTF-8 form except the unreserved characters. */
export function enc(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

export const toQueryString = (pairs: readonly Pair[]): string =>
  pairs.map(([k, v]) => `${k}=${v}`).join('&');

const DATE_LIKE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_LIKE = /^\d{4}-\d{2}$/;
const SCHOOL_YEAR = /^\d{4}-\d{4}$/;
/** Parameters that hold a calendar date or an instant although the document gives no example. */
const DATE_NAMES = ['date', 'from', 'to'];

type Kind = 'number' | 'boolean' | 'enum' | 'uuid' | 'date' | 'month' | 'schoolYear' | 'cursor';
type ParamKind = Kind | 'text';

export function kindOf(name: string, s: Schema): ParamKind {
  const example = typeof s.example === 'string' ? s.example : '';
  if (s.type === 'number' || s.type === 'integer') return 'number';
  if (s.type === 'boolean') return 'boolean';
  if (s.enum) return 'enum';
  if (s.format === 'uuid') return 'uuid';
  if (name === 'cursor') return 'cursor';
  if (s.pattern || MONTH_LIKE.test(example)) return 'month';
  if (SCHOOL_YEAR.test(example)) return 'schoolYear';
  if (DATE_LIKE.test(example) || DATE_NAMES.includes(name)) return 'date';
  return 'text';
}

/** The required parameters, from the document's own examples. */
export function baseQuery(op: Operation): Pair[] {
  return op.query
    .filter((q) => q.required)
    .map((q) => [q.name, enc(typeof q.schema.example === 'string' ? q.schema.example : '1')]);
}

const ZW = '\u200B';
const cursorOf = (json: string) => Buffer.from(json).toString('base64url');

/** Encoded values no validator of this parameter may accept. */
function wrongValue(name: string, s: Schema): fc.Arbitrary<string> {
  const k = kindOf(name, s);
  const plain = (...values: string[]) => fc.constantFrom(...values.map(enc));
  const overLength =
    s.maxLength !== undefined
      ? [
          fc.constant(enc('Đ'.repeat(s.maxLength + 1))),
          fc.constant(enc(ZW.repeat(s.maxLength + 1))),
        ]
      : [];
  switch (k) {
    case 'number': {
      const bounds = [
        ...(s.minimum !== undefined ? [String(s.minimum - 1)] : []),
        ...(s.maximum !== undefined ? [String(s.maximum + 1), '2147483648'] : []),
      ];
      return plain('abc', '1.5', '1,5', 'NaN', 'Infinity', '１０', '5 OR 1=1', '[]', ...bounds);
    }
    case 'boolean':
      return plain('yes', '1', 'TRUE', 'có', '', 'null', `true${ZW}`);
    case 'enum': {
      const values = (s.enum ?? []).map(String);
      const upper = values.map((v) => v.toUpperCase()).filter((v) => !values.includes(v));
      return fc.oneof(
        plain('KHÔNG_CÓ', '', "open' OR '1'='1", ...upper.slice(0, 3)),
        fc.constantFrom(...values).map((v) => enc(`${v}${ZW}`)),
        // an undecodable escape glued to a valid value stays in the value as text
        fc.constantFrom(...values).map((v) => `${enc(v)}%zz`),
        fc.constantFrom(...values).map((v) => `${enc(v)}%ED%A0%80`),
      );
    }
    case 'uuid':
      return plain(
        'not-a-uuid',
        '3f6c1f9e-2b7a-4c1d-9e8f-0a1b2c3d4e5',
        '3f6c1f9e-2b7a-4c1d-9e8f-0a1b2c3d4e5fz',
        "' OR 1=1 --",
        '',
      );
    case 'date':
      return plain(
        '2026-02-30',
        '2025-02-29',
        '2026-13-01',
        '2026-00-10',
        '26-01-01',
        '２０２６-01-01',
        '2026-1-1',
        'hôm qua',
        '2026-02-30T00:00:00Z',
        '',
      );
    case 'month': {
      // `period` takes `2026` and `2026-H1` too: only what the documented pattern refuses
      const pattern = s.pattern ? new RegExp(s.pattern) : undefined;
      const wrong = [
        '2026-13',
        '2026-00',
        '2026-1',
        '26-01',
        '２０２６-01',
        '2026-01-01',
        '2026',
        '',
      ];
      return plain(...wrong.filter((v) => !pattern?.test(v)));
    }
    case 'schoolYear':
      return plain('2026-2028', '2027-2026', '2026', '2026/2027', 'abcd-efgh', '');
    case 'cursor':
      return fc.oneof(
        plain('not a cursor', '%%%', "' OR 1=1 --"),
        fc.constantFrom('[]', '{"a":1}', 'null', '[[1]]', '"x"').map((j) => enc(cursorOf(j))),
        fc.constant(enc('A'.repeat(513))),
      );
    case 'text':
    default:
      return overLength.length > 0 ? fc.oneof(...overLength) : plain(`x${ZW}`);
  }
}

/** Encoded values that may be valid: bounds, far dates, unicode, SQL/script text, odd encodings. */
function edgeValue(name: string, s: Schema): fc.Arbitrary<string> {
  const plain = (...values: string[]) => fc.constantFrom(...values.map(enc));
  switch (kindOf(name, s)) {
    case 'number':
      return plain(
        ...[s.minimum, s.maximum].filter((v) => v !== undefined).map(String),
        '0',
        '1e2',
        '0x10',
        ' 5',
        '',
        '-0',
        '007',
      );
    case 'boolean':
      return plain('true', 'false');
    case 'enum':
      return fc.constantFrom(...(s.enum ?? []).map((v) => enc(String(v))));
    case 'uuid':
      return fc.oneof(
        fc.uuid().map(enc),
        plain('00000000-0000-0000-0000-000000000000', '3F6C1F9E-2B7A-4C1D-9E8F-0A1B2C3D4E5F'),
      );
    case 'date':
      return plain(
        '0001-01-01',
        '0000-01-01',
        '9999-12-31',
        '1900-02-28',
        '2024-02-29',
        '2100-01-01',
        '0001-01-01T00:00:00Z',
        '9999-12-31T23:59:59+14:00',
        '2026-11-01T00:00:00.123456789-12:00',
        '2026-11-01',
      );
    case 'month':
      return plain('0000-01', '0001-01', '1900-01', '2199-12', '9999-12', '2026-02', '2026-H1');
    case 'schoolYear':
      return plain('0000-0001', '0001-0002', '1899-1900', '9998-9999', '9999-10000', '2026-2027');
    case 'cursor':
      return fc.oneof(
        fc.constant(''),
        fc.string({ maxLength: 40 }).map((t) => enc(cursorOf(t))),
        fc
          .array(
            fc.oneof(
              fc.constantFrom<string | number>(1e308, -1, 0.5, 2147483648, '', 'Đ', '\u0000'),
              fc.uuid(),
              fc.string({ maxLength: 10 }),
            ),
            { minLength: 1, maxLength: 4 },
          )
          .map((values) => enc(cursorOf(JSON.stringify(values)))),
      );
    case 'text':
    default:
      return fc.oneof(
        plain(...INJECTIONS.filter((t) => !t.includes('\u0000'))),
        plain('%', '_', '\\', '\\%', "'", '%_\\', 'nguyen van', 'Nguyễn', 'Nguye\u0302\u0303n'),
        plain('\u200B\u200C\u200D\uFEFF', '\u202Eabc', '🙂', 'q\u0301\u0323'),
        // odd encodings that still decode to some text
        fc.constantFrom(
          '%zz',
          '%',
          '%C3',
          '%FF%FE',
          '%ED%A0%80',
          '%C0%AF',
          '+',
          '%2B',
          '%E2%80%AE',
        ),
        s.maxLength !== undefined ? fc.constant(enc('Đ'.repeat(s.maxLength))) : plain('Đ'),
      );
  }
}

/**
 * Refused by the validation pipe (forbidNonWhitelisted). Not `constructor` nor `__proto__`:
 * class-transformer drops those before validation, so they are ignored (the fixed cases send them).
 */
const UNKNOWN_NAMES = ['isAdmin', 'facilityId', 'sort', 'orderBy', 'q%E2%80%8B'];

/** A query that must be refused with 400: at least one mutation no validator may accept. */
export function malformedQuery(op: Operation): fc.Arbitrary<Pair[]> {
  type Mutation = (pairs: Pair[]) => Pair[];
  const set =
    (name: string, value: string): Mutation =>
    (pairs) => [...pairs.filter(([k]) => k !== name), [name, value]];
  const wrong = fc
    .constantFrom(...op.query)
    .chain((q) => wrongValue(q.name, q.schema).map((v) => set(q.name, v)));
  // a scalar repeated: an array where a scalar belongs
  const repeated = fc
    .constantFrom(...op.query)
    .chain((q) =>
      fc
        .tuple(edgeValue(q.name, q.schema), edgeValue(q.name, q.schema))
        .map(([a, b]): Mutation => (pairs) => [
          ...pairs.filter(([k]) => k !== q.name),
          [q.name, a],
          [q.name, b],
        ]),
    );
  const unknown = fc
    .tuple(fc.constantFrom(...UNKNOWN_NAMES), fc.constantFrom('1', 'true', enc('Đ')))
    .map(([k, v]): Mutation => (pairs) => [...pairs, [k, v]]);
  const nul = fc.constantFrom(...op.query).map((q): Mutation => {
    const example = typeof q.schema.example === 'string' ? q.schema.example : 'a';
    return set(q.name, `${enc(example)}%00`);
  });
  // A valid value for another parameter may come on top.
  const extra = fc
    .constantFrom(...op.query)
    .chain((q) => edgeValue(q.name, q.schema).map((v) => set(q.name, v)));
  return fc
    .tuple(
      fc.oneof(
        { weight: 6, arbitrary: wrong },
        { weight: 2, arbitrary: repeated },
        { weight: 1, arbitrary: unknown },
        { weight: 1, arbitrary: nul },
      ),
      fc.array(extra, { maxLength: 2 }),
      fc.boolean(),
    )
    .map(([bad, more, badLast]) => {
      // the bad mutation last, so an edge value of the same name cannot overwrite it
      const ms = badLast ? [...more, bad] : [bad];
      return ms.reduce((pairs, m) => m(pairs), baseQuery(op));
    });
}

/** A query that may be valid: the required parameters and edge values in some. Never a 5xx. */
export function edgeQuery(op: Operation): fc.Arbitrary<Pair[]> {
  return fc
    .array(
      fc
        .constantFrom(...op.query)
        .chain((q) => edgeValue(q.name, q.schema).map((v): Pair => [q.name, v])),
      { minLength: 1, maxLength: 4 },
    )
    .map((entries) => {
      const named = new Map<string, string>(baseQuery(op));
      for (const [k, v] of entries) named.set(k, v);
      return [...named];
    });
}
