import type { OpenAPIObject } from '@nestjs/swagger';
import { OpenApiResponseChecker } from '../support/openapi-responses';

/**
 * The checker that test-app.ts runs on every answer of the e2e suite must find what a validating
 * proxy finds: a checker that never complains would prove nothing.
 */
const problem = { 'application/problem+json': { schema: { type: 'object' } } };
const DOC = {
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths: {
    '/api/v1/things/{id}': {
      get: {
        responses: {
          '200': {
            description: '',
            headers: {
              ETag: { required: true, schema: { type: 'string', pattern: '^"[0-9]+"$' } },
            },
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
          },
          '404': { description: '', content: problem },
        },
      },
    },
  },
  components: {
    schemas: {
      Ref: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
      Thing: {
        type: 'object',
        required: ['version', 'room', 'owner'],
        properties: {
          version: { type: 'integer' },
          // OAS 3.0.3: nullable beside a bare allOf does not admit null.
          room: { nullable: true, allOf: [{ $ref: '#/components/schemas/Ref' }] },
          owner: { type: 'object', nullable: true, properties: { id: { type: 'string' } } },
        },
      },
    },
  },
} as unknown as OpenAPIObject;

const json = { 'content-type': 'application/json; charset=utf-8', etag: '"3"' };
const thing = { version: 3, room: { id: 'r' }, owner: null };

describe('OpenAPI response checker', () => {
  const checker = new OpenApiResponseChecker(DOC);
  const check = (status: number, headers: Record<string, string>, body: unknown) =>
    checker.check('GET', 'http://127.0.0.1:1/api/v1/things/1?x=1', {
      status,
      headers,
      body,
      text: JSON.stringify(body),
    });

  it('accepts an answer the document describes', () => {
    expect(check(200, json, thing)).toEqual([]);
  });

  it('finds an undocumented status, a wrong media type, a missing or malformed ETag', () => {
    expect(check(409, { 'content-type': 'application/problem+json' }, {})).toEqual([
      expect.stringContaining('status not documented'),
    ]);
    expect(check(404, json, {})).toEqual([
      expect.stringContaining('Content-Type application/json'),
    ]);
    expect(check(200, { ...json, etag: undefined } as never, thing)).toEqual([
      expect.stringContaining('required header ETag missing'),
    ]);
    expect(check(200, { ...json, etag: 'W/"1a-xyz"' }, thing)).toEqual([
      expect.stringContaining('header ETag'),
    ]);
  });

  it('finds a field the schema does not name, and null where the schema does not admit it', () => {
    expect(check(200, json, { ...thing, secret: 1 })).toEqual([
      expect.stringContaining('unevaluated properties (secret)'),
    ]);
    expect(check(200, json, { ...thing, room: null })).toEqual([
      expect.stringContaining('body/room must be object'),
    ]);
  });

  it('wants the 404 problem for a path the document lacks, and ignores the web app', () => {
    const other = (status: number, url: string) =>
      checker.check('GET', url, { status, headers: { 'content-type': 'text/html' }, body: {} });
    expect(other(200, '/api/v1/nothing')).toEqual([expect.stringContaining('no operation')]);
    expect(other(200, '/residents/123')).toEqual([]);
  });
});
