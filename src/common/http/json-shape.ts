/**
 * Checks on a JSON body that class-validator cannot make: how deeply it nests (looked at in the
 * raw bytes, before JSON.parse and class-transformer recurse into it) and keys that name
 * JavaScript's prototype machinery.
 */

/** Deeper than any body of this API (a resident with guardians is 3 levels). */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x5b, 0x7b]); // [ {
const CLOSERS = new Set([0x5d, 0x7d]); // ] }

/**
 * Whether the bytes nest arrays and objects deeper than `max`. One pass, no allocation; bytes
 * inside strings do not count. UTF-8 continuation bytes are never ASCII, so a byte scan is exact.
 * Malformed JSON is left to JSON.parse.
 */
export function jsonDepthExceeds(bytes: Uint8Array, max: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) inString = false;
    } else if (b === QUOTE) {
      inString = true;
    } else if (b !== undefined && OPENERS.has(b)) {
      if (++depth > max) return true;
    } else if (b !== undefined && CLOSERS.has(b)) {
      depth--;
    }
  }
  return false;
}

/**
 * Keys no body may have: JSON.parse keeps `__proto__` as an own key, and class-transformer or a
 * spread can turn it (or `constructor.prototype`) into prototype pollution, while whitelisting
 * may drop it silently. They are refused like any unknown field.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Paths (`guardians.0.__proto__`, as validation errors name fields) of forbidden keys. */
export function forbiddenKeyPaths(value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  const out: string[] = [];
  for (const key of Object.keys(value)) {
    const child = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) out.push(child);
    else out.push(...forbiddenKeyPaths((value as Record<string, unknown>)[key], child));
  }
  return out;
}
