/**
 * A page of a list answer (`{ items, nextCursor }`, API.md "Lists"). Several list operations do
 * not document their answer yet (their `data` is `unknown` in the generated types): `pageOf`
 * checks the envelope and types the items with the schema of the record the same API creates.
 */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function isPage(data: unknown): data is Page<unknown> {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return Array.isArray(d.items) && (d.nextCursor === null || typeof d.nextCursor === 'string');
}

/** The page, or throws (an answer that is not a page is a bug, shown as an unexpected error). */
export function pageOf<T>(data: unknown): Page<T> {
  if (!isPage(data)) throw new Error('The answer is not a page of items');
  return data as Page<T>;
}

/** TanStack Query's `getNextPageParam` for cursor pages: undefined ends the list. */
export function nextCursorOf<T>(page: Page<T>): string | undefined {
  return page.nextCursor ?? undefined;
}
