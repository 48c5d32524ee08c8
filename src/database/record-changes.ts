/** The fields of a record that changed, with their values before and after (the audit trail's `changes`). */
export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

/** Never copied into the audit trail, whatever entity they belong to. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash']);
const NOT_TRACKED = new Set(['version', 'createdAt', 'updatedAt']);

function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value;
}

/**
 * The fields that differ between two states of a record, with before and after values.
 * Pass `before = null` for a creation. Secret fields appear as changed, never with values.
 */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  /** Fields recorded as changed without their values (sensitive facts). */
  redact: readonly string[] = [],
): FieldChanges {
  const changes: FieldChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  for (const key of keys) {
    if (NOT_TRACKED.has(key)) continue;
    const b = comparable(before?.[key] ?? null);
    const a = comparable(after[key] ?? null);
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    changes[key] =
      SECRET_FIELDS.has(key) || redact.includes(key)
        ? { before: '[redacted]', after: '[redacted]' }
        : { before: b, after: a };
  }
  return changes;
}
