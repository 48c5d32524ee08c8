import type {
  OperationObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

type Schemas = Record<string, SchemaObject | ReferenceObject>;

const isRef = (s: SchemaObject | ReferenceObject | undefined): s is ReferenceObject =>
  s !== undefined && '$ref' in s;

const componentOf = (schemas: Schemas, ref: string): SchemaObject | undefined => {
  const target = schemas[ref.replace('#/components/schemas/', '')];
  return target && !isRef(target) ? target : undefined;
};

/** The `ETag` that EtagInterceptor sets from the answer's integer `version`. */
const ETAG = (required: boolean) => ({
  description: 'The version of the resource, quoted: send it back in If-Match to change it',
  required,
  schema: { type: 'string', pattern: '^"[0-9]{1,10}"$', maxLength: 12 },
});

/**
 * EtagInterceptor puts `ETag: "<version>"` on every answer whose body is an object with a numeric
 * `version`: the 2xx answers whose schema has a numeric `version` declare it, required when the
 * schema requires `version`.
 */
export function describeEtags(op: OperationObject, schemas: Schemas): void {
  for (const [status, response] of Object.entries(op.responses as Record<string, ResponseObject>)) {
    if (!status.startsWith('2')) continue;
    const declared = response.content?.['application/json']?.schema;
    const schema = isRef(declared) ? componentOf(schemas, declared.$ref) : declared;
    const version = schema?.properties?.version;
    // `version!: number` is `type: number` to the Swagger plugin; the column is an integer.
    if (!version || isRef(version) || (version.type !== 'integer' && version.type !== 'number'))
      continue;
    response.headers = {
      ...response.headers,
      ETag: ETAG(schema?.required?.includes('version') ?? false),
    };
  }
}

/**
 * `nullable: true` beside `allOf: [$ref]` does not let `null` through in OpenAPI 3.0.3 (nullable
 * only widens a `type` of the same object), so validators reject the `null` the service sends
 * (`ResidentView.room` of a resident without a room). Such properties get the referenced object
 * inline, typed and nullable.
 */
export function explicitNullableRefs(schemas: Schemas): void {
  const visit = (schema: SchemaObject): void => {
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (isRef(property)) continue;
      const only = property.allOf?.length === 1 ? property.allOf[0] : undefined;
      if (property.nullable && isRef(only)) {
        const target = componentOf(schemas, only.$ref);
        if (!target) continue;
        const { description } = property;
        schema.properties![name] = {
          ...structuredClone(target),
          ...(description ? { description } : {}),
          nullable: true,
        };
      } else {
        visit(property);
        if (property.items && !isRef(property.items)) visit(property.items);
      }
    }
  };
  for (const schema of Object.values(schemas)) if (!isRef(schema)) visit(schema);
}
