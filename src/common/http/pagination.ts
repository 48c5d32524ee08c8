import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  QueryFailedError,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
  type SelectQueryBuilder,
} from 'typeorm';
import { invalid } from '../errors/problem.exception';

/** A cursor is the base64url of a few key values; longer text is not one of ours. */
export const CURSOR_MAX_LENGTH = 512;

export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({
    description: 'nextCursor of the previous page',
    maxLength: CURSOR_MAX_LENGTH,
  })
  @IsOptional()
  @IsString()
  @MaxLength(CURSOR_MAX_LENGTH)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface KeysetColumn<T> {
  /** SQL expression, e.g. `u.username` */
  sql: string;
  /** The entity property holding the same value, to build the next cursor. */
  value: (row: T) => string | number | null;
}

const invalidCursor = () => invalid([{ field: 'cursor', code: 'invalidCursor' }]);

/** PostgreSQL "data exception" (class 22): a cursor value the key column cannot hold. */
const isDataException = (err: unknown): boolean =>
  err instanceof QueryFailedError &&
  /^22/.test(String((err.driverError as { code?: unknown } | undefined)?.code));

function decodeCursor(cursor: string, size: number): (string | number)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === size &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values;
    }
  } catch {
    // fall through to the field error
  }
  throw invalidCursor();
}

/**
 * Keyset pagination in a stable order: the last column must be unique (an id). The cursor is
 * opaque to clients (base64url of the last row's key values).
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  keys: KeysetColumn<T>[],
  page: PageQuery,
  direction: 'ASC' | 'DESC' = 'ASC',
): Promise<Page<T>> {
  const limit = page.limit ?? 50;
  if (page.cursor) {
    const values = decodeCursor(page.cursor, keys.length);
    const params = Object.fromEntries(values.map((v, i) => [`cursor${i}`, v]));
    const op = direction === 'ASC' ? '>' : '<';
    qb.andWhere(
      `(${keys.map((k) => k.sql).join(', ')}) ${op} (${keys.map((_, i) => `:cursor${i}`).join(', ')})`,
      params,
    );
  }
  keys.forEach((k, i) =>
    i === 0 ? qb.orderBy(k.sql, direction) : qb.addOrderBy(k.sql, direction),
  );
  const rows = await qb
    .take(limit + 1)
    .getMany()
    .catch((err: unknown) => {
      // A well-formed cursor with a value of the wrong type (not a UUID, not a number).
      throw page.cursor && isDataException(err) ? invalidCursor() : err;
    });
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor =
    rows.length > limit && last
      ? Buffer.from(JSON.stringify(keys.map((k) => k.value(last)))).toString('base64url')
      : null;
  return { items, nextCursor };
}

/** The same page with each item mapped (an entity page into its view page). */
export function mapPage<T, U>(page: Page<T>, toView: (item: T) => U): Page<U> {
  return { items: page.items.map(toView), nextCursor: page.nextCursor };
}

/**
 * A facility's rows of one entity that match `where` (one resident's, one plan's), a page newest
 * first: ordered by the `by` column, then by id, descending (the shape of the resident tabs'
 * lists). A `Date` key goes into the cursor as its ISO text.
 */
export function newestFirstPage<T extends { id: string; facilityId: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  facilityId: string,
  where: { [K in keyof T]?: string },
  by: keyof T & string,
  page: PageQuery,
): Promise<Page<T>> {
  const qb = manager
    .getRepository(entity)
    .createQueryBuilder('t')
    .where('t.facilityId = :facilityId', { facilityId });
  for (const [column, value] of Object.entries<string | undefined>(where)) {
    qb.andWhere(`t.${column} = :${column}`, { [column]: value });
  }
  const key = (row: T): string | number | null => {
    const value: unknown = row[by];
    return value instanceof Date ? value.toISOString() : (value as string | number | null);
  };
  return paginate(
    qb,
    [
      { sql: `t.${by}`, value: key },
      { sql: 't.id', value: (row) => row.id },
    ],
    page,
    'DESC',
  );
}
