import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { preProcessFile } from 'typescript';

/**
 * The layers of src/ (docs/development.md), lowest first. A file may import its own layer and
 * the layers below it, never one above. A folder is matched by its first segment under src/; a
 * file named in `files` (without `.ts`) belongs to that layer whatever its folder.
 */
const LAYERS: { name: string; folders: string[]; files?: string[] }[] = [
  { name: 'base', folders: ['identity', 'common', 'calendar', 'config', 'database'] },
  {
    name: 'shared services',
    folders: ['audit', 'auth', 'jobs', 'alerts'],
    // The two tables auth reads to sign in: below auth, the rest of users/ and facilities/ are features.
    files: ['users/user.entity', 'facilities/facility.entity'],
  },
  { name: 'features', folders: [] }, // every other folder
  {
    name: 'app wiring',
    folders: ['openapi', 'seed', 'probes', 'web-app'],
    files: ['main', 'bootstrap', 'app.module', 'app.setup'],
  },
];
const FEATURES = LAYERS.findIndex((l) => l.name === 'features');

const SRC = __dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    // Unit tests sit above what they test (a scan test imports every feature's texts).
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** src-relative, forward slashes, without `.ts`: `calendar/dates`. */
const key = (path: string): string => relative(SRC, path).split(sep).join('/').replace(/\.ts$/, '');

export function layerOf(path: string): number {
  const k = key(path);
  const byFile = LAYERS.findIndex((l) => l.files?.includes(k));
  if (byFile >= 0) return byFile;
  const folder = k.split('/')[0];
  const byFolder = LAYERS.findIndex((l) => l.folders.includes(folder));
  return byFolder >= 0 ? byFolder : FEATURES;
}

/** The relative imports of a file (static, `export … from`, `import()`), resolved under src/. */
export function importsOf(file: string, text: string): string[] {
  return preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => resolve(dirname(file), spec))
    .filter((target) => !relative(SRC, target).startsWith('..'));
}

/** Every import that runs from a lower layer to a higher one, as `from -> to (layers)`. */
export function upwardImports(files: { path: string; text: string }[]): string[] {
  const offenders: string[] = [];
  for (const { path, text } of files) {
    const from = layerOf(path);
    for (const target of importsOf(path, text)) {
      const to = layerOf(target);
      if (to > from)
        offenders.push(
          `${key(path)} (${LAYERS[from].name}) imports ${key(target)} (${LAYERS[to].name})`,
        );
    }
  }
  return offenders;
}

describe('the layers of src/', () => {
  it('no import runs from a lower layer to a higher one', () => {
    const files = sourceFiles(SRC).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    expect(files.length).toBeGreaterThan(100);
    expect(upwardImports(files)).toEqual([]);
  });

  it('finds an upward import (the check itself)', () => {
    const file = join(SRC, 'database', 'example.ts');
    const text = [
      "import { AuditService } from '../audit/audit.service';",
      "export { todayIn } from '../calendar/dates';",
      "const load = () => import('../residents/model/resident.entity');",
    ].join('\n');
    expect(upwardImports([{ path: file, text }])).toEqual([
      'database/example (base) imports audit/audit.service (shared services)',
      'database/example (base) imports residents/model/resident.entity (features)',
    ]);
    expect(layerOf(join(SRC, 'users', 'user.entity.ts'))).toBe(1);
    expect(layerOf(join(SRC, 'users', 'users.service.ts'))).toBe(FEATURES);
  });
});
