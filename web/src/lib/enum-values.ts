/**
 * The values of an API enum as a runtime list, from a map written `{ a: true, b: true } satisfies
 * Record<Union, true>` over the generated type's union: the compiler fails when the API adds or
 * drops a value, which a hand-written array would not notice. The order is the map's.
 */
export function enumValues<K extends string>(map: Record<K, true>): readonly K[] {
  // Object.keys loses the key type; the map's keys are exactly K.
  return Object.keys(map) as K[];
}
