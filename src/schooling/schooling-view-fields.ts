import { DATE_LENGTH, TIMESTAMP_LENGTH, UUID_LENGTH } from '../common/http/validators';
import { columnLength } from '../database/columns';

// String lengths are those of the columns the values come from (columnLength) or of what the
// input accepts for values kept in JSON; 36 for ids, 10 for dates, 24 for instants.
export const ID = { format: 'uuid', maxLength: UUID_LENGTH } as const;
export const NULLABLE_ID = { nullable: true, type: String, ...ID } as const;
export const DATE = { format: 'date', maxLength: DATE_LENGTH } as const;
export const NULLABLE_DATE = { nullable: true, type: String, ...DATE } as const;
export const INSTANT = { type: Date, maxLength: TIMESTAMP_LENGTH } as const;
/** A nullable text column of `entity`. */
export const nullableText = <T>(
  entity: abstract new (...args: never[]) => T,
  property: keyof T & string,
) => ({ nullable: true, type: String, maxLength: columnLength(entity, property) }) as const;
