import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';

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

@Injectable()
export class NormalizeTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'body' || metadata.type === 'query' ? normalizeStrings(value) : value;
  }
}
