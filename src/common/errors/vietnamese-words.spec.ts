import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MEASUREMENT_FLAGS } from '../../nutrition/growth/z-scores';
import { AdmissionType, ResidentStatus } from '../../residents/model/resident.enums';

/**
 * A Vietnamese message says things in words: never a code of the API ("trạng thái discharged",
 * "acknowledged", "HEPB_BIRTH", "underweight, stunting") nor a field name ("confirmNotDuplicate").
 * This scans every string or template literal of the service that holds Vietnamese letters.
 */
const SRC = join(__dirname, '..', '..');
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
const LITERAL = /'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|"(?:[^"\\\n]|\\.)*"/g;
/** Codes that would read as English inside a Vietnamese sentence. */
const CODES = new Set<string>([
  ...Object.values(ResidentStatus),
  ...Object.values(AdmissionType),
  ...MEASUREMENT_FLAGS,
  'open',
  'acknowledged',
  'closed',
]);
/** An interpolation that puts a code in the sentence: a status, kind, term… or `… ?? code`. */
const RAW_CODE_VALUE =
  /\.(status|kind|type|term|level|shift|slot|outcome|ground|role|flags|categories)\b(\.join\([^)]*\))?\s*$|[a-z]Code\s*$|\?\?\s*[a-z]\w*\s*\)/;

/**
 * The service's sources; DTOs aside (their API descriptions are English, with Vietnamese glosses),
 * whether in a `dto/` folder or as a sub-feature's `*.dto.ts`.
 */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'dto' ? [] : sources(path);
    const scanned = e.name.endsWith('.ts') && !/\.(spec|dto)\.ts$/.test(e.name);
    return scanned ? [path] : [];
  });
}

const SQL = /\b(WITH|SELECT|INSERT INTO|UPDATE|CASE)\s/;
/** Comments aside (their apostrophes would open literals); not the `//` of an address. */
const COMMENT = /\/\*[\s\S]*?\*\/|(?<![:'"`\\])\/\/.*$/gm;

/** The literals that may be read by a person: in SQL, its own quoted strings. */
function texts(source: string): string[] {
  const code = source.replace(COMMENT, '');
  return [...code.matchAll(LITERAL)].flatMap((m) => {
    const literal = m[0];
    // The English side of a message may name a Vietnamese header.
    if (/\b(en|messageEn):\s*$/.test(code.slice(Math.max(0, m.index - 20), m.index))) return [];
    return SQL.test(literal) ? (literal.slice(1, -1).match(/'(?:[^']|'')*'/g) ?? []) : [literal];
  });
}

/** A text in Vietnamese, not an English one with a Vietnamese gloss: a quarter of its words. */
function isVietnamese(literal: string): boolean {
  const words = literal.replace(/\$\{[^}]*\}/g, ' ').match(/[\p{L}_]+/gu) ?? [];
  return words.filter((w) => VIETNAMESE.test(w)).length >= Math.max(1, words.length / 4);
}

/** `file: literal` for every Vietnamese literal that shows a code. */
function codesInVietnamese(): string[] {
  const found: string[] = [];
  for (const file of sources(SRC)) {
    for (const literal of texts(readFileSync(file, 'utf8'))) {
      if (!isVietnamese(literal)) continue;
      const values = [...literal.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1] ?? '');
      const words = literal.replace(/\$\{[^}]*\}/g, ' ').slice(1, -1);
      const identifiers = words.match(/\b[a-z]+(?:_[a-z0-9]+)+\b|\b[a-z]+[A-Z]\w*\b/g) ?? [];
      const codes = (words.match(/\b[a-z_]+\b/g) ?? []).filter((w) => CODES.has(w));
      if (identifiers.length + codes.length > 0 || values.some((v) => RAW_CODE_VALUE.test(v))) {
        found.push(`${relative(SRC, file)}: ${literal.slice(0, 120)}`);
      }
    }
  }
  return found;
}

describe('Vietnamese messages', () => {
  it('show no code nor field name of the API, only words', () => {
    expect(codesInVietnamese()).toEqual([]);
  });

  it('would notice one (the scan itself works)', () => {
    const literal = '`Đối tượng đang ở trạng thái discharged`';
    expect(
      literal
        .replace(/`/g, '')
        .split(' ')
        .some((w) => CODES.has(w)),
    ).toBe(true);
    expect(RAW_CODE_VALUE.test('resident.status')).toBe(true);
    expect(RAW_CODE_VALUE.test('dto.vaccineCode')).toBe(true);
    expect(RAW_CODE_VALUE.test('RESIDENT_STATUS_WORDS[resident.status].vi')).toBe(false);
    expect(RAW_CODE_VALUE.test('room.code')).toBe(false);
  });
});
