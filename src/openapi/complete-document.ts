import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  ParameterObject,
  ResponseObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { PROBLEM_SCHEMA } from '../common/errors/problem.schema';
import { describeStoredLengths } from './stored-lengths';

/**
 * What the application does for every route but no controller declares, written into the
 * document from the code that does it: the RFC 9457 error answers (ProblemFilter), the rate-limit
 * headers and 429 (ApiRateLimitGuard, on every route), the 401 of secured routes (AccessGuard),
 * the UUID path ids (UuidParam is the only path parameter), and the stored lengths of entity
 * fields (the database columns).
 */
export function completeDocument(doc: OpenAPIObject): OpenAPIObject {
  doc.components ??= {};
  doc.components.schemas ??= {};
  doc.components.schemas.Problem = PROBLEM_SCHEMA;
  describeStoredLengths(doc.components.schemas);
  const tags = new Set<string>();
  for (const item of Object.values(doc.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const op = item[method];
      if (!op) continue;
      for (const tag of op.tags ?? []) tags.add(tag);
      describePathIds(op);
      describeErrors(op, doc.security !== undefined || (op.security?.length ?? 0) > 0);
    }
  }
  doc.tags = [...tags].sort().map((name) => ({ name }));
  return doc;
}

/** Whole seconds or counts, as the guard and the filter write them. */
const count = (maximum: number) => ({ type: 'integer', format: 'int32', minimum: 0, maximum });

/** On every answer: the rate limit (ApiRateLimitGuard) and CORS (CORS_ORIGINS). */
const COMMON_HEADERS = {
  'X-RateLimit-Limit': {
    description: 'Requests allowed in the window (API_RATE_LIMIT; login and refresh: stricter)',
    schema: count(1_000_000),
  },
  'X-RateLimit-Remaining': {
    description: 'Requests left in the window',
    schema: count(1_000_000),
  },
  'X-RateLimit-Reset': {
    description: 'Seconds until the window ends',
    schema: count(3600),
  },
  'Access-Control-Allow-Origin': {
    description: "Only when the request's Origin is one of CORS_ORIGINS (none by default)",
    schema: { type: 'string', format: 'uri', maxLength: 2048 },
  },
};

const RETRY_AFTER = (description: string) => ({
  'Retry-After': { description, schema: count(3600) },
});

const problem = (description: string, extraHeaders = {}): ResponseObject => ({
  description,
  headers: { ...COMMON_HEADERS, ...extraHeaders },
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** Every path parameter is read by `@UuidParam()`: a UUID, else 400. */
function describePathIds(op: OperationObject): void {
  for (const param of (op.parameters ?? []) as ParameterObject[]) {
    if (param.in !== 'path') continue;
    param.schema = {
      type: 'string',
      format: 'uuid',
      maxLength: 36,
      pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
    };
  }
}

function describeErrors(op: OperationObject, secured: boolean): void {
  const responses = op.responses as Record<string, ResponseObject>;
  const hasInput = (op.parameters?.length ?? 0) > 0 || op.requestBody !== undefined;
  const wanted: Record<string, ResponseObject> = {
    ...(hasInput
      ? { '400': problem('Malformed input: `errors` names each field and what is wrong') }
      : {}),
    ...(secured ? { '401': problem('No, expired or invalid token') } : {}),
    '429': problem('Too many requests', RETRY_AFTER('Seconds to wait before the next request')),
    '500': problem('Unexpected error (logged with the request id; nothing is half-written)'),
    '503': problem(
      'The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — ' +
        'it stopped answering while saving, the change may be stored: check before retrying',
      RETRY_AFTER('Seconds to wait before retrying'),
    ),
  };
  for (const [status, response] of Object.entries(wanted)) {
    const declared = responses[status];
    // A controller's own description is more precise; the shape and headers are the filter's.
    responses[status] = declared?.description
      ? { ...response, description: declared.description }
      : response;
  }
  for (const [status, response] of Object.entries(responses)) {
    if (/^4/.test(status) && !response.content) {
      responses[status] = problem(response.description, response.headers);
    } else {
      response.headers = { ...COMMON_HEADERS, ...response.headers };
    }
  }
}
