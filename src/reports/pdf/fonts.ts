import { dirname, join } from 'node:path';

/** DejaVu Sans covers Vietnamese; pdfkit's built-in Helvetica does not (STACK.md). */
const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
export const FONT_REGULAR = join(dir, 'DejaVuSans.ttf');
export const FONT_BOLD = join(dir, 'DejaVuSans-Bold.ttf');
export const FONT_ITALIC = join(dir, 'DejaVuSans-Oblique.ttf');
