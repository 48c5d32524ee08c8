import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { invalid } from '../errors/problem.exception';

/** Vietnamese typed on different systems arrives composed (NFC) or decomposed (NFD); store one form. */
export function normalizeStrings(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (depth > 20 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => normalizeStrings(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [
      k,
      normalizeStrings(v, depth + 1),
    ]),
  );
}

/** Paths (`guardians[0].name`) of the strings that hold U+0000, which PostgreSQL cannot store. */
export function nulPaths(value: unknown, path = '', depth = 0): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path || 'body'] : [];
  if (depth > 20 || value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    nulPaths(v, Array.isArray(value) ? `${path}[${k}]` : path ? `${path}.${k}` : k, depth + 1),
  );
}

@Injectable()
export class NormalizeTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' && metadata.type !== 'query') return value;
    const nul = nulPaths(value);
    if (nul.length > 0) throw invalid(nul.map((field) => ({ field, code: 'nulCharacter' })));
    return normalizeStrings(value);
  }
}
