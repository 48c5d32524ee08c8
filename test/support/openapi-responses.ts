import Ajv2019, { type ValidateFunction } from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  HeaderObject,
  OperationObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/**
 * Checks answers of the service against the OpenAPI document it serves, as a validating proxy
 * would: the status must be documented for the operation, the Content-Type must be one the
 * answer declares, the body must match the declared schema (no property the schema does not
 * name), and every header declared `required` must be there and every declared header that is
 * there must match its schema. `test-app.ts` runs it on every answer of the e2e suite.
 */

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
type Method = (typeof METHODS)[number];

/** What the harness saw: a supertest response, reduced to what is checked. */
export interface SeenResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  text?: string;
}

interface Route {
  template: string;
  regex: RegExp;
  /** Literal segments first: `/residents/check-duplicates` before `/residents/{id}`. */
  params: number;
  item: Partial<Record<Method, OperationObject>>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * OpenAPI 3.0 schema → JSON Schema (2019-09), by the letter of OAS 3.0.3: `nullable` adds `null`
 * only to a `type` (and an `enum`) of the same schema object, so `nullable` beside a bare
 * `allOf: [$ref]` still refuses `null`; `$ref`s point into the components added to Ajv; an object
 * that names its properties and says nothing of others allows no others (the document must name
 * every field the service sends).
 */
function toJsonSchema(node: Json, components: Record<string, Json> = {}): Json {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n, components));
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node.allOf)) node = mergeAllOf(node, components);
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable' || key === 'example' || key === 'examples') continue;
    if (key === 'properties' && value && typeof value === 'object' && !Array.isArray(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, toJsonSchema(v, components)]),
      );
    } else if (key === '$ref' && typeof value === 'string') {
      out[key] = value.replace('#/components/schemas/', 'openapi:components/');
    } else {
      out[key] = toJsonSchema(value, components);
    }
  }
  if (node.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  const typed = out.type === 'object' || (Array.isArray(out.type) && out.type.includes('object'));
  if (typed && out.properties !== undefined && out.additionalProperties === undefined) {
    out.unevaluatedProperties = false;
  }
  return out;
}

type JsonObject = { [key: string]: Json };
const isObject = (v: Json | undefined): v is JsonObject =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * `allOf` of object schemas (an entity plus the fields an answer adds) as one object schema, so
 * that "no property the schema does not name" sees the properties of every member. The type of
 * `nullable` counts only when the node has a `type` of its own (OAS 3.0.3), so `nullable` beside a
 * bare `allOf` still refuses `null`.
 */
function mergeAllOf(node: JsonObject, components: Record<string, Json>): JsonObject {
  const members = (node.allOf as Json[]).map((m) => {
    const ref = isObject(m) && typeof m.$ref === 'string' ? m.$ref : undefined;
    const target = ref ? components[ref.replace('#/components/schemas/', '')] : m;
    return isObject(target) && Array.isArray(target.allOf)
      ? mergeAllOf(target, components)
      : target;
  });
  if (!members.every((m) => isObject(m) && isObject(m.properties))) return node;
  // OAS 3.0.3: `nullable` without a `type` of its own widens nothing.
  const { allOf: _allOf, nullable, ...rest } = node;
  const objects = members as JsonObject[];
  return {
    ...rest,
    ...(node.type === undefined ? {} : { nullable }),
    type: 'object',
    properties: Object.assign({}, ...objects.map((m) => m.properties as JsonObject)) as JsonObject,
    required: [...new Set(objects.flatMap((m) => (m.required as string[] | undefined) ?? []))],
  };
}

const headerValue = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value.join(', ') : value;

export class OpenApiResponseChecker {
  private readonly ajv = new Ajv2019({ allErrors: true, strict: false });
  private readonly routes: Route[];
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly components: Record<string, Json>;

  constructor(doc: OpenAPIObject) {
    addFormats(this.ajv);
    // OpenAPI's own formats for numbers the document uses.
    this.ajv.addFormat('int32', { type: 'number', validate: (n) => Number.isInteger(n) });
    this.components = (doc.components?.schemas ?? {}) as Record<string, Json>;
    for (const [name, schema] of Object.entries(this.components)) {
      this.ajv.addSchema(
        toJsonSchema(schema, this.components) as object,
        `openapi:components/${name}`,
      );
    }
    this.routes = Object.entries(doc.paths)
      .map(([template, item]) => ({
        template,
        item,
        params: (template.match(/\{/g) ?? []).length,
        regex: new RegExp(
          `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`,
        ),
      }))
      .sort((a, b) => a.params - b.params);
  }

  /** The violations of one answer (empty when it agrees with the document). */
  check(method: string, url: string, res: SeenResponse): string[] {
    const path = new URL(url, 'http://localhost').pathname;
    // Only the API and the probes are documented: the web app and /docs are not operations.
    if (!path.startsWith('/api/') && !/^\/health(\/|$)/.test(path)) return [];
    const m = method.toLowerCase() as Method;
    if (!METHODS.includes(m)) return [];
    // Node's HTTP server refuses a request line and headers over 16 KB before the application
    // sees the request (no body, no header of the application): not an answer of an operation.
    if (res.status === 431 && !(res.text ?? '')) return [];
    const route = this.routes.find((r) => r.regex.test(path) && r.item[m] !== undefined);
    const contentType = headerValue(res.headers['content-type'])?.split(';')[0]?.trim();
    if (!route) {
      // An unknown route or method: the filter's 404 (or 405-free 404 of Nest) is expected.
      return res.status === 404 && contentType === 'application/problem+json'
        ? []
        : [`no operation in the document for ${m.toUpperCase()} ${path}`];
    }
    const op = route.item[m]!;
    const where = `${m.toUpperCase()} ${route.template} → ${res.status}`;
    const responses = op.responses as Record<string, ResponseObject>;
    const declared =
      responses[String(res.status)] ?? responses[`${String(res.status)[0]}XX`] ?? responses.default;
    if (!declared) return [`${where}: status not documented`];
    const problems: string[] = [];
    this.checkHeaders(declared.headers as Record<string, HeaderObject> | undefined, res, problems);
    const content = declared.content ?? {};
    const types = Object.keys(content);
    const hasBody = (res.text ?? '').length > 0 || Buffer.isBuffer(res.body);
    if (types.length === 0) {
      if (hasBody) problems.push(`body of type ${contentType ?? '?'} where none is documented`);
    } else if (!contentType || !types.includes(contentType)) {
      problems.push(`Content-Type ${contentType ?? 'none'}, documented: ${types.join(', ')}`);
    } else if (/[/+]json$/.test(contentType)) {
      const schema = content[contentType]?.schema;
      if (schema) {
        const validate = this.validator(schema as SchemaObject);
        if (!validate(res.body)) {
          for (const e of validate.errors ?? []) {
            const extra =
              e.keyword === 'unevaluatedProperties'
                ? ` (${String(e.params.unevaluatedProperty)})`
                : '';
            problems.push(`body${e.instancePath} ${e.message ?? e.keyword}${extra}`);
          }
        }
      }
    }
    return [...new Set(problems)].map((p) => `${where}: ${p}`);
  }

  private checkHeaders(
    headers: Record<string, HeaderObject> | undefined,
    res: SeenResponse,
    problems: string[],
  ): void {
    for (const [name, header] of Object.entries(headers ?? {})) {
      const value = headerValue(res.headers[name.toLowerCase()]);
      if (value === undefined) {
        if (header.required) problems.push(`required header ${name} missing`);
        continue;
      }
      const schema = header.schema as SchemaObject | undefined;
      if (!schema) continue;
      const typed = schema.type === 'integer' || schema.type === 'number' ? Number(value) : value;
      const validate = this.validator(schema);
      if (!validate(typed))
        problems.push(`header ${name}: ${JSON.stringify(value)} does not match`);
    }
  }

  private validator(schema: SchemaObject): ValidateFunction {
    const id = JSON.stringify(schema);
    let validate = this.compiled.get(id);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema as Json, this.components) as object);
      this.compiled.set(id, validate);
    }
    return validate;
  }

  /** How many operations the document has (for the report). */
  get operations(): number {
    return this.routes.reduce((n, r) => n + METHODS.filter((m) => r.item[m]).length, 0);
  }
}
