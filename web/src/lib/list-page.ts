/**
 * A page of a list the API documents without a body schema (its `data` is `unknown` in the
 * generated types): `{ items, nextCursor }` per docs/API.md, checked here before a screen uses it.
 * When the controller declares its answer, the typed data passes through the same check.
 */
export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The page, with only the items that look like `T` (the guard checks the fields a screen reads). */
export function asListPage<T>(data: unknown, isItem: (item: unknown) => item is T): ListPage<T> {
  if (!isRecord(data) || !Array.isArray(data.items)) return { items: [], nextCursor: null };
  return {
    items: data.items.filter(isItem),
    nextCursor: typeof data.nextCursor === 'string' ? data.nextCursor : null,
  };
}

/** True when every named field of `value` is a string (a small structural guard). */
export function hasStrings(value: unknown, ...fields: string[]): value is Record<string, unknown> {
  return isRecord(value) && fields.every((f) => typeof value[f] === 'string');
}
