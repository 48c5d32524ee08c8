import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Tinos (data/fonts/tinos): metric-compatible with Times New Roman, the font of administrative
 * documents (ND 30/2020 Phụ lục I), with every Vietnamese letter. Found from this file upwards,
 * so it works from src/ (ts) and dist/ (js).
 */
function fontDir(start: string = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'data', 'fonts', 'tinos');
    if (existsSync(join(candidate, 'Tinos-Regular.ttf'))) return candidate;
    if (dirname(dir) === dir) throw new Error('report fonts not found (data/fonts/tinos)');
  }
}

const dir = fontDir();
export const FONT_REGULAR = join(dir, 'Tinos-Regular.ttf');
export const FONT_BOLD = join(dir, 'Tinos-Bold.ttf');
export const FONT_ITALIC = join(dir, 'Tinos-Italic.ttf');
export const FONT_BOLD_ITALIC = join(dir, 'Tinos-BoldItalic.ttf');
