import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { assumedBirthDate, birthDateSql } from './birth-date';

const SRC = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the birth date of a person whose day and month are unknown', () => {
  it('is 1 January of the birth year; a known date is kept', () => {
    expect(assumedBirthDate(null, 1948)).toBe('1948-01-01');
    expect(assumedBirthDate('2019-03-08', 2019)).toBe('2019-03-08');
    expect(assumedBirthDate(null, null)).toBeNull();
    expect(birthDateSql('r')).toBe('coalesce(r.date_of_birth, make_date(r.birth_year, 1, 1))');
  });

  it('is assumed in birth-date.ts only: no module keeps a convention of its own', () => {
    const own = /make_date\([\w.]*birth_year|birthYear\s*\?\?\s*\d+\}-|birthYear\}-\d\d-\d\d/;
    const found = sources(SRC)
      .filter((path) => !path.endsWith('birth-date.ts'))
      .filter((path) => own.test(readFileSync(path, 'utf8')))
      .map((path) => relative(SRC, path));
    expect(found).toEqual([]);
  });
});
