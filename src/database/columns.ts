import { getMetadataArgsStorage, ValueTransformer } from 'typeorm';

/** pg returns NUMERIC as a string; these columns hold small decimals (areas, weights). */
export const numericToNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * The declared length of an entity's varchar or char column: the `maxLength` of a response field
 * that carries the column's value, read from the entity's own @Column so the two cannot drift
 * apart. Throws at start-up for a property without a length.
 */
export function columnLength<T>(
  entity: abstract new (...args: never[]) => T,
  property: keyof T & string,
): number {
  const column = getMetadataArgsStorage()
    .filterColumns(entity)
    .find((c) => c.propertyName === property);
  const length = Number(column?.options.length);
  if (!Number.isInteger(length) || length <= 0) {
    throw new Error(`${entity.name}.${property} is not a column with a length`);
  }
  return length;
}
