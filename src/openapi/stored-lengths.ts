import type {
  ReferenceObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { getMetadataArgsStorage } from 'typeorm';
import type { ColumnMetadataArgs } from 'typeorm/metadata-args/ColumnMetadataArgs';

/** What a column of this type holds when the API returns it as a string. */
function storedString(column: ColumnMetadataArgs, uuidGenerated: boolean): SchemaObject | null {
  const type = typeof column.options.type === 'string' ? column.options.type : undefined;
  if (uuidGenerated || type === 'uuid') return { format: 'uuid', maxLength: 36 };
  if (column.mode === 'createDate' || column.mode === 'updateDate' || type === 'timestamptz')
    // JSON.stringify(Date): always `2026-12-01T08:30:00.000Z`.
    return { format: 'date-time', maxLength: 24 };
  switch (type) {
    case 'varchar':
    case 'char':
      return column.options.length ? { maxLength: Number(column.options.length) } : null;
    case 'date':
      // pg returns dates as YYYY-MM-DD (the data source parses no dates).
      return { format: 'date', maxLength: 10 };
    case 'numeric':
      // pg returns numerics as strings: digits, a sign and a point.
      return column.options.precision ? { maxLength: column.options.precision + 2 } : null;
    case 'bigint':
      return { pattern: '^[0-9]+$', maxLength: 20 };
    default:
      return null;
  }
}

/**
 * The response schemas of TypeORM entities get the bounds of the columns they are read from: a
 * `varchar(200)` is a string of at most 200 characters, a `uuid` 36, and so on. A bound already
 * in the schema (enum, maxLength) is kept. A `nullable` column is nullable in the schema (it is
 * answered as `null`), and a `select: false` column (a report's PDF bytes) is never answered, so
 * it is not in the schema.
 */
export function describeStoredLengths(
  schemas: Record<string, SchemaObject | ReferenceObject>,
): void {
  const storage = getMetadataArgsStorage();
  for (const { target } of storage.tables) {
    if (typeof target !== 'function') continue;
    const schema = schemas[target.name] as SchemaObject | undefined;
    if (!schema?.properties) continue;
    for (const column of storage.filterColumns(target)) {
      const property = schema.properties[column.propertyName] as SchemaObject | undefined;
      if (!property) continue;
      if (column.options.select === false) {
        delete schema.properties[column.propertyName];
        schema.required = schema.required?.filter((name) => name !== column.propertyName);
        continue;
      }
      if (column.options.nullable && !('$ref' in property)) property.nullable = true;
      if (property.type !== 'string') continue;
      if (property.enum || property.maxLength !== undefined) continue;
      const uuid = storage.findGenerated(target, column.propertyName)?.strategy === 'uuid';
      const stored = storedString(column, uuid);
      if (stored) Object.assign(property, { ...stored, format: property.format ?? stored.format });
    }
  }
}
