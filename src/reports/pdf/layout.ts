import { FONT_BOLD, FONT_REGULAR } from './fonts';

// ND 30/2020/NĐ-CP Phụ lục I: A4; margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
export const MM = 72 / 25.4;
export const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
/** Body text 13–14 pt; the heading block 12–13 pt; "Nơi nhận" 12 pt and its list 11 pt. */
export const BODY = 13;
export const HEAD = 12.5;
const TABLE = 12;
export const INDENT = 1.27 * 10 * MM;

export interface Column {
  width: number;
  align?: 'left' | 'center' | 'right';
}

/** The page geometry and the drawing steps every part of the report uses. */
export interface Writer {
  doc: PDFKit.PDFDocument;
  left: number;
  width: number;
  /** The heading block's and the signature block's two columns. */
  leftW: number;
  rightW: number;
  rx: number;
  bottom: () => number;
  paragraph: (text: string, font?: string) => void;
  heading: (text: string, keepWith?: number) => void;
  table: (header: string[], rows: string[][], columns: Column[], size?: number) => void;
  figureTable: (header: string, rows: [string, string][]) => void;
}

export function writer(doc: PDFKit.PDFDocument): Writer {
  const left = MARGINS.left;
  const width = doc.page.width - left - MARGINS.right;
  const bottom = () => doc.page.height - MARGINS.bottom;
  const leftW = width * 0.42;
  const rightW = width * 0.58;

  const paragraph = (text: string, font = FONT_REGULAR) => {
    doc
      .font(font)
      .fontSize(BODY)
      .text(text, left, doc.y, { width, align: 'justify', indent: INDENT, lineGap: 2 });
  };

  const heading = (text: string, keepWith = 90) => {
    doc.moveDown(0.5);
    if (doc.y + keepWith > bottom()) doc.addPage();
    doc.font(FONT_BOLD).fontSize(BODY).text(text, left, doc.y, { width });
    doc.moveDown(0.25);
  };

  /**
   * A table with ruled cells: its header row (bold, shaded) is drawn again at the top of every
   * page it continues on; a row never splits across pages.
   */
  const table = (header: string[], rows: string[][], columns: Column[], size = TABLE) => {
    const pad = 3;
    const total = columns.reduce((a, c) => a + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * width);
    const heightOf = (cells: string[], font: string) => {
      doc.font(font).fontSize(size);
      return (
        Math.max(
          ...cells.map((cell, i) =>
            doc.heightOfString(cell, { width: (widths[i] ?? 0) - 2 * pad }),
          ),
        ) +
        2 * pad
      );
    };
    const drawRow = (cells: string[], font: string, shade: boolean) => {
      const h = heightOf(cells, font);
      let x = left;
      const y = doc.y;
      cells.forEach((cell, i) => {
        const w = widths[i] ?? 0;
        if (shade) doc.rect(x, y, w, h).fillAndStroke('#eeeeee', '#000000');
        else doc.rect(x, y, w, h).stroke();
        doc
          .fillColor('#000000')
          .font(font)
          .fontSize(size)
          .text(cell, x + pad, y + pad, {
            width: w - 2 * pad,
            align: columns[i]?.align ?? 'left',
          });
        x += w;
      });
      doc.x = left;
      doc.y = y + h;
    };
    doc.lineWidth(0.5);
    if (
      doc.y + heightOf(header, FONT_BOLD) + heightOf(rows[0] ?? header, FONT_REGULAR) >
      bottom()
    ) {
      doc.addPage();
    }
    drawRow(header, FONT_BOLD, true);
    for (const row of rows) {
      if (doc.y + heightOf(row, FONT_REGULAR) > bottom()) {
        doc.addPage();
        drawRow(header, FONT_BOLD, true);
      }
      drawRow(row, FONT_REGULAR, false);
    }
    doc.moveDown(0.4);
  };
  const figureTable = (header: string, rows: [string, string][]) =>
    table([header, 'Số lượng'], rows, [{ width: 4 }, { width: 1.3, align: 'right' }]);

  return {
    doc,
    left,
    width,
    leftW,
    rightW,
    rx: left + leftW,
    bottom,
    paragraph,
    heading,
    table,
    figureTable,
  };
}
