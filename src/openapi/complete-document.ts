import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  ParameterObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { PROBLEM_SCHEMA } from '../common/errors/problem.schema';
import { DUPLICATE_CANDIDATES } from '../residents/duplicates/duplicates.queries';
import { describeEtags, explicitNullableRefs } from './resource-schemas';
import { restrictsRoles, RouteFacts } from './route-facts';
import { describeStoredLengths } from './stored-lengths';

/**
 * What the application does for every route but no controller declares, written into the
 * document from the code that does it: the RFC 9457 error answers (ProblemFilter) and which of
 * them a route can give (its parameters, `@Roles`/`@Public`, `If-Match`, `Idempotency-Key`), the
 * rate-limit headers and 429 (ApiRateLimitGuard, on every route), the `security` of each route
 * (AccessGuard), the UUID path ids (UuidParam is the only path parameter), the `ETag` of answers
 * that are one versioned resource (EtagInterceptor), and the stored lengths and nullability of
 * entity fields (the database columns).
 */
export function completeDocument(
  doc: OpenAPIObject,
  facts: ReadonlyMap<string, RouteFacts>,
): OpenAPIObject {
  doc.components ??= {};
  doc.components.schemas ??= {};
  doc.components.schemas.Problem = withExtensions(PROBLEM_SCHEMA);
  const schemas = doc.components.schemas;
  describeStoredLengths(schemas);
  explicitNullableRefs(schemas);
  const tags = new Set<string>();
  for (const item of Object.values(doc.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const op = item[method];
      if (!op) continue;
      const route = facts.get(op.operationId ?? '');
      if (!route) throw new Error(`OpenAPI: no controller method for ${op.operationId ?? '?'}`);
      // Public routes say so: no security requirement (the document-wide default is none, but
      // a linter cannot tell "forgotten" from "public").
      if (route.public) op.security = [];
      for (const tag of op.tags ?? []) tags.add(tag);
      describePathIds(op);
      describeErrors(op, route, method);
      describeEtags(op, schemas);
    }
  }
  doc.tags = [...tags].sort().map((name) => ({ name }));
  dropUnusedSchemas(doc);
  return doc;
}

/** Schemas nothing refers to any more (inlined nullable references, the PDF's Buffer). */
function dropUnusedSchemas(doc: OpenAPIObject): void {
  const schemas = doc.components?.schemas ?? {};
  const refsOf = (value: unknown): string[] =>
    [...JSON.stringify(value).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
  const used = new Set<string>();
  const queue = refsOf(doc.paths);
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (used.has(name)) continue;
    used.add(name);
    queue.push(...refsOf(schemas[name]));
  }
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
}

const uuid = (description: string): SchemaObject => ({
  type: 'string',
  format: 'uuid',
  maxLength: 36,
  description,
});

/**
 * The extension members services add to a problem (`conflict(detail, extensions)`), so a client
 * can act on a 409 without parsing `detail`.
 */
function withExtensions(schema: SchemaObject): SchemaObject {
  return {
    ...schema,
    properties: {
      ...schema.properties,
      duplicates: {
        type: 'array',
        description: '409 of an admission or a personal ID change: the likely duplicates',
        maxItems: DUPLICATE_CANDIDATES,
        items: { $ref: '#/components/schemas/DuplicateCandidateView' },
      },
      existingId: uuid('409 of a daily record: the record already kept for that date and shift'),
      existingVersion: {
        type: 'integer',
        format: 'int32',
        minimum: 1,
        maximum: 2_147_483_647,
        description: '409 of a daily record: the version of that record',
      },
      existingEnrollmentId: uuid("409 of an enrolment: the resident's enrolment of that year"),
      existingResultId: uuid('409 of a result: the result already recorded for that term'),
    },
  };
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

const BODY_METHODS = new Set(['post', 'put', 'patch']);

const header = (op: OperationObject, name: string): ParameterObject | undefined =>
  (op.parameters as ParameterObject[] | undefined)?.find(
    (p) => p.in === 'header' && p.name.toLowerCase() === name.toLowerCase(),
  );

/** The error answers a route can give, from what it declares and reads. */
function wantedErrors(
  op: OperationObject,
  route: RouteFacts,
  method: string,
): Record<string, ResponseObject> {
  const params = (op.parameters ?? []) as ParameterObject[];
  const hasInput = params.length > 0 || op.requestBody !== undefined;
  const ifMatch = header(op, 'If-Match');
  const idempotent = header(op, 'Idempotency-Key') !== undefined;
  return {
    ...(hasInput
      ? { '400': problem('Malformed input: `errors` names each field and what is wrong') }
      : {}),
    ...(route.public ? {} : { '401': problem('No, expired or invalid token') }),
    ...(restrictsRoles(route)
      ? { '403': problem(`Allowed roles: ${route.roles.join(', ')}`) }
      : {}),
    // UuidParam ids are looked up in the caller's facility (findInFacility): absent and
    // another facility's record give the same answer.
    ...(params.some((p) => p.in === 'path')
      ? { '404': problem('No such record in your facility (absent or of another facility)') }
      : {}),
    ...(idempotent
      ? {
          '409': problem(
            'The Idempotency-Key was used with another body, or its first request is still running',
          ),
        }
      : {}),
    // IfMatchVersion / OptionalIfMatchVersion and updateVersioned.
    ...(ifMatch
      ? { '412': problem('If-Match names a stale version; `detail` gives the current one') }
      : {}),
    // OptionalIfMatchVersion (a PUT that may create) needs it once the resource exists.
    ...(ifMatch
      ? {
          '428': problem(
            ifMatch.required
              ? 'If-Match is missing'
              : 'If-Match is missing and the resource exists',
          ),
        }
      : {}),
    // configureBodyParsing, before any route: on every POST, PUT and PATCH that has a body.
    ...(BODY_METHODS.has(method)
      ? {
          '413': problem('The body is larger than BODY_LIMIT'),
          '415': problem('The body is not JSON (or, for a file upload, multipart/form-data)'),
        }
      : {}),
    '429': problem('Too many requests', RETRY_AFTER('Seconds to wait before the next request')),
    '500': problem('Unexpected error (logged with the request id; nothing is half-written)'),
    '503': problem(
      'The database is not answering: `unavailable` — nothing was saved, retry; `outcomeUnknown` — ' +
        'it stopped answering while saving, the change may be stored: check before retrying',
      RETRY_AFTER('Seconds to wait before retrying'),
    ),
  };
}

function describeErrors(op: OperationObject, route: RouteFacts, method: string): void {
  const responses = op.responses as Record<string, ResponseObject>;
  for (const [status, response] of Object.entries(wantedErrors(op, route, method))) {
    const declared = responses[status]?.description;
    // A controller's own description is more precise (both, when the 409 is also the key's).
    const description =
      !declared || declared === response.description
        ? response.description
        : status === '409' && header(op, 'Idempotency-Key')
          ? `${declared}; or: ${response.description}`
          : declared;
    responses[status] = { ...response, description };
  }
  for (const [status, response] of Object.entries(responses)) {
    if (/^4/.test(status) && !response.content) {
      responses[status] = problem(response.description, response.headers);
    } else {
      response.headers = { ...COMMON_HEADERS, ...response.headers };
    }
  }
}
