import { forbiddenKeyPaths, jsonDepthExceeds, MAX_JSON_DEPTH } from './json-shape';

const bytes = (s: string) => Buffer.from(s, 'utf8');
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('jsonDepthExceeds', () => {
  it.each<[string, string, boolean]>([
    ['a flat object', '{"a":1,"b":[1,2]}', false],
    [`${MAX_JSON_DEPTH} levels`, nested(MAX_JSON_DEPTH), false],
    [`${MAX_JSON_DEPTH + 1} levels`, nested(MAX_JSON_DEPTH + 1), true],
    ['2,000 levels', `{"refreshToken":${nested(2000)}}`, true],
    ['brackets in a string', JSON.stringify({ a: '['.repeat(100) }), false],
    ['an escaped quote before brackets', JSON.stringify({ a: `\\"${'{'.repeat(100)}` }), false],
    ['Vietnamese text', JSON.stringify({ tên: 'Nguyễn Văn Đức [{' }), false],
    [
      'siblings, each shallow',
      `[${Array.from({ length: 100 }, () => nested(10)).join(',')}]`,
      false,
    ],
  ])('%s → %s', (_name, json, expected) => {
    expect(jsonDepthExceeds(bytes(json))).toBe(expected);
  });
});

describe('forbiddenKeyPaths', () => {
  it('finds __proto__, constructor and prototype at any depth, as JSON.parse keeps them', () => {
    const body: unknown = JSON.parse(
      '{"__proto__":{"x":1},"a":[{"constructor":{}}],"b":{"c":{"prototype":1}},"d":"__proto__"}',
    );
    expect(forbiddenKeyPaths(body)).toEqual(['__proto__', 'a.0.constructor', 'b.c.prototype']);
  });

  it('finds nothing in an ordinary body', () => {
    expect(forbiddenKeyPaths({ fullName: 'An', guardians: [{ name: 'B' }] })).toEqual([]);
    expect(forbiddenKeyPaths(null)).toEqual([]);
    expect(forbiddenKeyPaths('x')).toEqual([]);
  });
});
